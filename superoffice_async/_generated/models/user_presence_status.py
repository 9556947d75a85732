from __future__ import annotations

from msgspec import field

from ..models.ej_user_status import EjUserStatus
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class UserPresenceStatus(Carrier):
    """Manage present/absent status for a Service user account (influences ticket assignments).

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        status (EjUserStatus | None): The status (enum) for this user.
        message (str | None): Comment to add for user when status is not present.
    """

    status: Open[EjUserStatus] | None = field(name="Status", default=NOT_SET)
    message: str | None = field(name="Message", default=NOT_SET)
