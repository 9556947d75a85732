from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SaveUserFromNameRequest(Carrier):
    """The SaveUserFromNameRequest carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_name (str | None):
        user (User | None):
    """

    user_name: str | None = field(name="UserName", default=NOT_SET)
    user: User | None = field(name="User", default=NOT_SET)


from ..models.user import User
