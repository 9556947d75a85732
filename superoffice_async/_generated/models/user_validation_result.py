from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class UserValidationResult(Carrier):
    """The UserValidationResult carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        reason (str | None):
        result (bool | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    reason: str | None = field(name="Reason", default=NOT_SET)
    result: bool | None = field(name="Result", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
