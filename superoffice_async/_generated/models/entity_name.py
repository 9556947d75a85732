from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class EntityName(Carrier):
    """The EntityName carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        table_name (str | None): The name of the table in the database
        table_description (str | None): Name to be used in GUI, preferable a resource string
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    table_name: str | None = field(name="TableName", default=NOT_SET)
    table_description: str | None = field(name="TableDescription", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
