from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class Credential(Carrier):
    """Credentials supported for authentication.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (CredentialType | None):
        value (str | None): The actual value of the credentials, typically the password or the SID in Active
            Directory.
        display_value (str | None): The value displayed to the user.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    type_: CredentialType | None = field(name="Type", default=NOT_SET)
    value: str | None = field(name="Value", default=NOT_SET)
    display_value: str | None = field(name="DisplayValue", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.credential_type import CredentialType
from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
