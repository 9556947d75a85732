from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetUserFromEjUserIdRequest(Carrier):
    """Get user from ejUserId - used for eJournal Legacy Support.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        ej_user_id (int | None):
    """

    ej_user_id: int | None = field(name="EjUserId", default=NOT_SET)
