from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ProvidedCredential(Carrier):
    """Summary description for ProvidedCredential.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None):
        search_name (str | None):
        display_name (str | None):
        credential_id (int | None):
    """

    type_: str | None = field(name="Type", default=NOT_SET)
    search_name: str | None = field(name="SearchName", default=NOT_SET)
    display_name: str | None = field(name="DisplayName", default=NOT_SET)
    credential_id: int | None = field(name="CredentialId", default=NOT_SET)
