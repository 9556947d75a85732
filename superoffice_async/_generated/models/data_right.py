from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class DataRight(Carrier):
    """The DataRight carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        value (str | None):
        description (str | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    value: str | None = field(name="Value", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
