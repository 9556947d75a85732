from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class CreateDefaultUserFromUserTypeAndPersonIdRequest(Carrier):
    """Create default User providing the associate type and person id. System and Anonymous users
    can be created without an exsisting person and permits person id to be 0.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_type (UserType | None):
        person_id (int | None):
    """

    user_type: UserType | None = field(name="UserType", default=NOT_SET)
    person_id: int | None = field(name="PersonId", default=NOT_SET)
