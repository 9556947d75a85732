from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class ChangeUserTypeRequest(Carrier):
    """Get a user from the user name.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user (User | None):
        user_type (UserType | None):
    """

    user: User | None = field(name="User", default=NOT_SET)
    user_type: UserType | None = field(name="UserType", default=NOT_SET)


from ..models.user import User
