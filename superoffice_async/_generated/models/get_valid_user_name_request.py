from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class GetValidUserNameRequest(Carrier):
    """The GetValidUserNameRequest carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        type_ (UserType | None):
        person_id (int | None):
        user_name (str | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    type_: UserType | None = field(name="Type", default=NOT_SET)
    person_id: int | None = field(name="PersonId", default=NOT_SET)
    user_name: str | None = field(name="UserName", default=NOT_SET)
