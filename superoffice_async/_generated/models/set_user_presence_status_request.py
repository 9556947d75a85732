from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SetUserPresenceStatusRequest(Carrier):
    """Set user presence status

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        user_presence_status (UserPresenceStatus | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    user_presence_status: UserPresenceStatus | None = field(
        name="UserPresenceStatus", default=NOT_SET
    )


from ..models.user_presence_status import UserPresenceStatus
