from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class CreateDefaultUserFromUserTypeRequest(Carrier):
    """Create default User providing the user type. Only System and Anonymous users can be created
    without an exsisting person. Use CreateDefaultUserFromUserTypeAndPersonId to create internal
    (i.e. Employee) or external users.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_type (UserType | None):
    """

    user_type: UserType | None = field(name="UserType", default=NOT_SET)
