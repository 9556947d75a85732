from __future__ import annotations

from msgspec import field

from ..models.custom_field_type import CustomFieldType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class FieldInfoBase(Carrier):
    """Abstract basic information about database fields. May be custom or user-defined fields. The
    information can be used to build a user interface. Services for the FieldInfoBase Carrier is
    available from the UserDefinedFieldInfo Agent.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        field_type (CustomFieldType | None): What sort of data does this field contain. 1 = int, 2 = short text, ...
        field_name (str | None): Database name or prog-id: 'x_foobar' or 'SuperOffice:2'.
        display_name (str | None): Label for field. May be multi-lang string encoded.
        description (str | None): Optional tooltip text for this field
        short_label (str | None): Short name to be used in Archive headings and on page 1. If blank, the
            fieldLabel will be used everywhere.
        hide_label (bool | None): Hide the label if 1
        hide_field (bool | None): Hide the field from the UI. Only allow API access.
        is_indexed (bool | None): Is this field indexed? 0 if no, index no. if yes
        is_mandatory (bool | None): 0 = no, 1 = yes (field must be filled out)
        is_read_only (bool | None): 0 = read/write, 1 = readonly (don't combine with mandatory 8-) )
        is_external (bool | None): Should this field be shown to external users via customer center?
        is_display_field (bool | None): Flag indicating that this field is chosen as DisplayField for a table it belongs
        rank (int | None): Tab order, ranking within the custom fields.
        template_variable_name (str | None): Template variable name: 'cs01', 'cl02' etc. Null for extra fields.
    """

    field_type: Open[CustomFieldType] | None = field(name="FieldType", default=NOT_SET)
    field_name: str | None = field(name="FieldName", default=NOT_SET)
    display_name: str | None = field(name="DisplayName", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    short_label: str | None = field(name="ShortLabel", default=NOT_SET)
    hide_label: bool | None = field(name="HideLabel", default=NOT_SET)
    hide_field: bool | None = field(name="HideField", default=NOT_SET)
    is_indexed: bool | None = field(name="IsIndexed", default=NOT_SET)
    is_mandatory: bool | None = field(name="IsMandatory", default=NOT_SET)
    is_read_only: bool | None = field(name="IsReadOnly", default=NOT_SET)
    is_external: bool | None = field(name="IsExternal", default=NOT_SET)
    is_display_field: bool | None = field(name="IsDisplayField", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    template_variable_name: str | None = field(
        name="TemplateVariableName", default=NOT_SET
    )
