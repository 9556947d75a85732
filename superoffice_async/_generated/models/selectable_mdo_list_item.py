from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectableMDOListItem")


@_attrs_define
class SelectableMDOListItem:
    """Services for the SelectableMDOListItem Carrier is available from the MDO Agent.

    Attributes:
        id (int | None | Unset): The Id of the ListItem
        name (None | str | Unset): The name of the ListItem
        tool_tip (None | str | Unset): The tooltip of the ListItem
        deleted (bool | None | Unset): The deleted status of the ListItem
        rank (int | None | Unset): The rank of the ListItem
        type_ (None | str | Unset): The type of the ListItem. Custom field.
        color_block (int | None | Unset): The color indicator of the ListItem color block
        icon_hint (None | str | Unset): The Icon hint of the ListItem. Custom field.
        selected (bool | None | Unset): True if the ListItem is selected
        last_changed (datetime.datetime | None | Unset): Time of last change.
        child_items (list[SelectableMDOListItem] | None | Unset): The child items of the SelectableMDOListItem
        extra_info (None | str | Unset): Extra information added to the ListItem. Could be information such as sort
            order etc or other meta data. Custom field.
        style_hint (None | str | Unset): Style hint indicating, information such as background color etc. Custom field.
        hidden (bool | None | Unset): True if the ListItem is hidden
        full_name (None | str | Unset): The name of the ListItem in its context
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tool_tip: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    color_block: int | None | Unset = UNSET
    icon_hint: None | str | Unset = UNSET
    selected: bool | None | Unset = UNSET
    last_changed: datetime.datetime | None | Unset = UNSET
    child_items: list[SelectableMDOListItem] | None | Unset = UNSET
    extra_info: None | str | Unset = UNSET
    style_hint: None | str | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset = self.id

        name: None | str | Unset = self.name

        tool_tip: None | str | Unset = self.tool_tip

        deleted: bool | None | Unset = self.deleted

        rank: int | None | Unset = self.rank

        type_: None | str | Unset = self.type_

        color_block: int | None | Unset = self.color_block

        icon_hint: None | str | Unset = self.icon_hint

        selected: bool | None | Unset = self.selected

        last_changed: None | str | Unset
        if isinstance(self.last_changed, Unset):
            last_changed = UNSET
        elif isinstance(self.last_changed, datetime.datetime):
            last_changed = self.last_changed.isoformat()
        else:
            last_changed = self.last_changed

        child_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.child_items, Unset):
            child_items = UNSET
        elif isinstance(self.child_items, list):
            child_items = []
            for child_items_type_0_item_data in self.child_items:
                child_items_type_0_item = child_items_type_0_item_data.to_dict()
                child_items.append(child_items_type_0_item)

        else:
            child_items = self.child_items

        extra_info: None | str | Unset = self.extra_info

        style_hint: None | str | Unset = self.style_hint

        hidden: bool | None | Unset = self.hidden

        full_name: None | str | Unset = self.full_name

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if tool_tip is not UNSET:
            field_dict["ToolTip"] = tool_tip
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if color_block is not UNSET:
            field_dict["ColorBlock"] = color_block
        if icon_hint is not UNSET:
            field_dict["IconHint"] = icon_hint
        if selected is not UNSET:
            field_dict["Selected"] = selected
        if last_changed is not UNSET:
            field_dict["LastChanged"] = last_changed
        if child_items is not UNSET:
            field_dict["ChildItems"] = child_items
        if extra_info is not UNSET:
            field_dict["ExtraInfo"] = extra_info
        if style_hint is not UNSET:
            field_dict["StyleHint"] = style_hint
        if hidden is not UNSET:
            field_dict["Hidden"] = hidden
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)
        if not (
            id is None
            or id is UNSET
            or (isinstance(id, (int,)) and not isinstance(id, bool))
        ):
            raise TypeError(f"Id: expected int | None, got {type(id).__name__}")

        name = d.pop("Name", UNSET)
        if not (name is None or name is UNSET or (isinstance(name, (str,)))):
            raise TypeError(f"Name: expected None | str, got {type(name).__name__}")

        tool_tip = d.pop("ToolTip", UNSET)
        if not (
            tool_tip is None or tool_tip is UNSET or (isinstance(tool_tip, (str,)))
        ):
            raise TypeError(
                f"ToolTip: expected None | str, got {type(tool_tip).__name__}"
            )

        deleted = d.pop("Deleted", UNSET)
        if not (deleted is None or deleted is UNSET or (isinstance(deleted, (bool,)))):
            raise TypeError(
                f"Deleted: expected bool | None, got {type(deleted).__name__}"
            )

        rank = d.pop("Rank", UNSET)
        if not (
            rank is None
            or rank is UNSET
            or (isinstance(rank, (int,)) and not isinstance(rank, bool))
        ):
            raise TypeError(f"Rank: expected int | None, got {type(rank).__name__}")

        type_ = d.pop("Type", UNSET)
        if not (type_ is None or type_ is UNSET or (isinstance(type_, (str,)))):
            raise TypeError(f"Type: expected None | str, got {type(type_).__name__}")

        color_block = d.pop("ColorBlock", UNSET)
        if not (
            color_block is None
            or color_block is UNSET
            or (isinstance(color_block, (int,)) and not isinstance(color_block, bool))
        ):
            raise TypeError(
                f"ColorBlock: expected int | None, got {type(color_block).__name__}"
            )

        icon_hint = d.pop("IconHint", UNSET)
        if not (
            icon_hint is None or icon_hint is UNSET or (isinstance(icon_hint, (str,)))
        ):
            raise TypeError(
                f"IconHint: expected None | str, got {type(icon_hint).__name__}"
            )

        selected = d.pop("Selected", UNSET)
        if not (
            selected is None or selected is UNSET or (isinstance(selected, (bool,)))
        ):
            raise TypeError(
                f"Selected: expected bool | None, got {type(selected).__name__}"
            )

        last_changed = d.pop("LastChanged", UNSET)
        if last_changed is not None and last_changed is not UNSET:
            try:
                if not isinstance(last_changed, str):
                    raise TypeError()
                last_changed_type_0 = datetime.datetime.fromisoformat(last_changed)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"LastChanged: expected datetime.datetime | None, got {type(last_changed).__name__}"
                ) from error
            last_changed = last_changed_type_0

        child_items = d.pop("ChildItems", UNSET)
        if child_items is not None and child_items is not UNSET:
            try:
                if not isinstance(child_items, list):
                    raise TypeError()
                child_items_type_0 = []
                _child_items_type_0 = child_items
                for child_items_type_0_item_data in _child_items_type_0:
                    child_items_type_0_item = SelectableMDOListItem.from_dict(
                        child_items_type_0_item_data
                    )

                    child_items_type_0.append(child_items_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ChildItems: expected list[SelectableMDOListItem] | None, got {type(child_items).__name__}"
                ) from error
            child_items = child_items_type_0

        extra_info = d.pop("ExtraInfo", UNSET)
        if not (
            extra_info is None
            or extra_info is UNSET
            or (isinstance(extra_info, (str,)))
        ):
            raise TypeError(
                f"ExtraInfo: expected None | str, got {type(extra_info).__name__}"
            )

        style_hint = d.pop("StyleHint", UNSET)
        if not (
            style_hint is None
            or style_hint is UNSET
            or (isinstance(style_hint, (str,)))
        ):
            raise TypeError(
                f"StyleHint: expected None | str, got {type(style_hint).__name__}"
            )

        hidden = d.pop("Hidden", UNSET)
        if not (hidden is None or hidden is UNSET or (isinstance(hidden, (bool,)))):
            raise TypeError(
                f"Hidden: expected bool | None, got {type(hidden).__name__}"
            )

        full_name = d.pop("FullName", UNSET)
        if not (
            full_name is None or full_name is UNSET or (isinstance(full_name, (str,)))
        ):
            raise TypeError(
                f"FullName: expected None | str, got {type(full_name).__name__}"
            )

        table_right = d.pop("TableRight", UNSET)
        if table_right is not None and table_right is not UNSET:
            try:
                if not isinstance(table_right, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    table_right
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"TableRight: expected None | TableRight, got {type(table_right).__name__}"
                ) from error
            table_right = componentsschemas_nullable_table_right_type_0

        field_properties = d.pop("FieldProperties", UNSET)
        if field_properties is not None and field_properties is not UNSET:
            try:
                if not isinstance(field_properties, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(field_properties)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FieldProperties: expected FieldProperties | None, got {type(field_properties).__name__}"
                ) from error
            field_properties = componentsschemas_nullable_field_properties_type_0

        selectable_mdo_list_item = cls(
            id=id,
            name=name,
            tool_tip=tool_tip,
            deleted=deleted,
            rank=rank,
            type_=type_,
            color_block=color_block,
            icon_hint=icon_hint,
            selected=selected,
            last_changed=last_changed,
            child_items=child_items,
            extra_info=extra_info,
            style_hint=style_hint,
            hidden=hidden,
            full_name=full_name,
            table_right=table_right,
            field_properties=field_properties,
        )

        selectable_mdo_list_item.additional_properties = d
        return selectable_mdo_list_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
