from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SaveExternalTokensRequest(Carrier):
    """Saves the external tokens to the DB and returns a key that can be used to retrieve them

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        token_management_info (TokenManagementInfo | None):
    """

    token_management_info: TokenManagementInfo | None = field(
        name="TokenManagementInfo", default=NOT_SET
    )


from ..models.token_management_info import TokenManagementInfo
