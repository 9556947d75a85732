from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetUserCommandsRequest(Carrier):
    """Get registered custom commands for a User entity.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user (User | None):
    """

    user: User | None = field(name="User", default=NOT_SET)


from ..models.user import User
