from __future__ import annotations

import datetime

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SelectableMDOListItem(Carrier):
    """Services for the SelectableMDOListItem Carrier is available from the MDO Agent.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        id (int | None): The Id of the ListItem
        name (str | None): The name of the ListItem
        tool_tip (str | None): The tooltip of the ListItem
        deleted (bool | None): The deleted status of the ListItem
        rank (int | None): The rank of the ListItem
        type_ (str | None): The type of the ListItem. Custom field.
        color_block (int | None): The color indicator of the ListItem color block
        icon_hint (str | None): The Icon hint of the ListItem. Custom field.
        selected (bool | None): True if the ListItem is selected
        last_changed (datetime.datetime | None): Time of last change.
        child_items (list[SelectableMDOListItem] | None): The child items of the SelectableMDOListItem
        extra_info (str | None): Extra information added to the ListItem. Could be information such as sort order
            etc or other meta data. Custom field.
        style_hint (str | None): Style hint indicating, information such as background color etc. Custom field.
        hidden (bool | None): True if the ListItem is hidden
        full_name (str | None): The name of the ListItem in its context
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    id: int | None = field(name="Id", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    tool_tip: str | None = field(name="ToolTip", default=NOT_SET)
    deleted: bool | None = field(name="Deleted", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    type_: str | None = field(name="Type", default=NOT_SET)
    color_block: int | None = field(name="ColorBlock", default=NOT_SET)
    icon_hint: str | None = field(name="IconHint", default=NOT_SET)
    selected: bool | None = field(name="Selected", default=NOT_SET)
    last_changed: datetime.datetime | None = field(name="LastChanged", default=NOT_SET)
    child_items: list[SelectableMDOListItem] | None = field(
        name="ChildItems", default=NOT_SET
    )
    extra_info: str | None = field(name="ExtraInfo", default=NOT_SET)
    style_hint: str | None = field(name="StyleHint", default=NOT_SET)
    hidden: bool | None = field(name="Hidden", default=NOT_SET)
    full_name: str | None = field(name="FullName", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
