from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SaveCredentialRequest(Carrier):
    """Save (adds/replaces) current credential of the same type for the user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_id (int | None):
        credential (Credential | None):
    """

    user_id: int | None = field(name="UserId", default=NOT_SET)
    credential: Credential | None = field(name="Credential", default=NOT_SET)


from ..models.credential import Credential
