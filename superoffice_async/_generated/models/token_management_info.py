from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class TokenManagementInfo(Carrier):
    """Token information

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        provider (str | None): The provider the access and refresh token belong to.
        access_token (str | None): Access token (Provider)
        refresh_token (str | None): Refresh token (Provider)
        claims (str | None): JSON serialized dictionary of claims from the AG id_token
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    provider: str | None = field(name="Provider", default=NOT_SET)
    access_token: str | None = field(name="AccessToken", default=NOT_SET)
    refresh_token: str | None = field(name="RefreshToken", default=NOT_SET)
    claims: str | None = field(name="Claims", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
