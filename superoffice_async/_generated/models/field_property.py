from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class FieldProperty(Carrier):
    """Class holding properties about a field in the carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        field_right (FieldRight | None):
        field_type (str | None): The .NET type of the field, for example System.String.
        field_length (int | None): Length of the field.
    """

    field_right: FieldRight | None = field(name="FieldRight", default=NOT_SET)
    field_type: str | None = field(name="FieldType", default=NOT_SET)
    field_length: int | None = field(name="FieldLength", default=NOT_SET)


from ..models.field_right import FieldRight
