from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class DeleteCredentialRequest(Carrier):
    """Remove credential of a specific type for a user

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_id (int | None):
        credential_type (str | None):
    """

    user_id: int | None = field(name="UserId", default=NOT_SET)
    credential_type: str | None = field(name="CredentialType", default=NOT_SET)
