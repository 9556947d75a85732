from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class AccessGatewayInfo(Carrier):
    """Access gateway related data and operations

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        client_id (str | None): This is the registered client_id for AccessGateway OIDC
        redirect_uri (str | None): This is the registered redirect_uri for AccessGateway OIDC.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    client_id: str | None = field(name="ClientId", default=NOT_SET)
    redirect_uri: str | None = field(name="RedirectUri", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
