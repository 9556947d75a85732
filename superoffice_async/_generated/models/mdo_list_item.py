from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class MDOListItem(Carrier):
    """An item of an MDO list (TicketCategories use the list "ejCategory").

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        id (int | None):
        name (str | None):
        tool_tip (str | None):
        deleted (bool | None):
        rank (int | None):
        type_ (str | None):
        child_items (list[MDOListItem] | None):
        icon_hint (str | None):
        color_block (int | None):
        extra_info (str | None):
        style_hint (str | None):
        full_name (str | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    id: int | None = field(name="Id", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    tool_tip: str | None = field(name="ToolTip", default=NOT_SET)
    deleted: bool | None = field(name="Deleted", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    type_: str | None = field(name="Type", default=NOT_SET)
    child_items: list[MDOListItem] | None = field(name="ChildItems", default=NOT_SET)
    icon_hint: str | None = field(name="IconHint", default=NOT_SET)
    color_block: int | None = field(name="ColorBlock", default=NOT_SET)
    extra_info: str | None = field(name="ExtraInfo", default=NOT_SET)
    style_hint: str | None = field(name="StyleHint", default=NOT_SET)
    full_name: str | None = field(name="FullName", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
