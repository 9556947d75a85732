from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class DeleteUserFromNameRequest(Carrier):
    """Delete a user, with lookup based on the user name.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_name (str | None):
    """

    user_name: str | None = field(name="UserName", default=NOT_SET)
