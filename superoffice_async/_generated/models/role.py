from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class Role(Carrier):
    """Users role for role-based security.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        id (int | None): The List Item Id
        value (str | None): The List Item Value
        tooltip (str | None): The List Item Tooltip
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    id: int | None = field(name="Id", default=NOT_SET)
    value: str | None = field(name="Value", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
