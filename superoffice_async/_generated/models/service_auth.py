from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ServiceAuth(Carrier):
    """Properties for service authentication

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        service_auth_id (int | None): The primary key
        server (str | None): The mail server
        port (int | None): The server port
        auth_type (str | None): The type of authentication, plain-text, OAuth...
        username (str | None): The username
        password (str | None): The (decrypted) password or token
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    service_auth_id: int | None = field(name="ServiceAuthId", default=NOT_SET)
    server: str | None = field(name="Server", default=NOT_SET)
    port: int | None = field(name="Port", default=NOT_SET)
    auth_type: str | None = field(name="AuthType", default=NOT_SET)
    username: str | None = field(name="Username", default=NOT_SET)
    password: str | None = field(name="Password", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
