from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_properties import FieldProperties
    from ..models.table_right import TableRight


T = TypeVar("T", bound="MDOListItem")


@_attrs_define
class MDOListItem:
    """An item of an MDO list (TicketCategories use the list "ejCategory").

    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        tool_tip (None | str | Unset):
        deleted (bool | None | Unset):
        rank (int | None | Unset):
        type_ (None | str | Unset):
        child_items (list[MDOListItem] | None | Unset):
        icon_hint (None | str | Unset):
        color_block (int | None | Unset):
        extra_info (None | str | Unset):
        style_hint (None | str | Unset):
        full_name (None | str | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tool_tip: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    child_items: list[MDOListItem] | None | Unset = UNSET
    icon_hint: None | str | Unset = UNSET
    color_block: int | None | Unset = UNSET
    extra_info: None | str | Unset = UNSET
    style_hint: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tool_tip: None | str | Unset
        if isinstance(self.tool_tip, Unset):
            tool_tip = UNSET
        else:
            tool_tip = self.tool_tip

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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

        icon_hint: None | str | Unset
        if isinstance(self.icon_hint, Unset):
            icon_hint = UNSET
        else:
            icon_hint = self.icon_hint

        color_block: int | None | Unset
        if isinstance(self.color_block, Unset):
            color_block = UNSET
        else:
            color_block = self.color_block

        extra_info: None | str | Unset
        if isinstance(self.extra_info, Unset):
            extra_info = UNSET
        else:
            extra_info = self.extra_info

        style_hint: None | str | Unset
        if isinstance(self.style_hint, Unset):
            style_hint = UNSET
        else:
            style_hint = self.style_hint

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

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
        if child_items is not UNSET:
            field_dict["ChildItems"] = child_items
        if icon_hint is not UNSET:
            field_dict["IconHint"] = icon_hint
        if color_block is not UNSET:
            field_dict["ColorBlock"] = color_block
        if extra_info is not UNSET:
            field_dict["ExtraInfo"] = extra_info
        if style_hint is not UNSET:
            field_dict["StyleHint"] = style_hint
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"Id: expected int | None, got {type(data).__name__}"
            ) from _error

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Name: expected None | str, got {type(data).__name__}"
            ) from _error

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_tool_tip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ToolTip: expected None | str, got {type(data).__name__}"
            ) from _error

        tool_tip = _parse_tool_tip(d.pop("ToolTip", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"Deleted: expected bool | None, got {type(data).__name__}"
            ) from _error

        deleted = _parse_deleted(d.pop("Deleted", UNSET))

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"Rank: expected int | None, got {type(data).__name__}"
            ) from _error

        rank = _parse_rank(d.pop("Rank", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Type: expected None | str, got {type(data).__name__}"
            ) from _error

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_child_items(data: object) -> list[MDOListItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                child_items_type_0 = []
                _child_items_type_0 = data
                for child_items_type_0_item_data in _child_items_type_0:
                    child_items_type_0_item = MDOListItem.from_dict(
                        child_items_type_0_item_data
                    )

                    child_items_type_0.append(child_items_type_0_item)

                return child_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"ChildItems: expected list[MDOListItem] | None, got {type(data).__name__}"
            ) from _error

        child_items = _parse_child_items(d.pop("ChildItems", UNSET))

        def _parse_icon_hint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"IconHint: expected None | str, got {type(data).__name__}"
            ) from _error

        icon_hint = _parse_icon_hint(d.pop("IconHint", UNSET))

        def _parse_color_block(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ColorBlock: expected int | None, got {type(data).__name__}"
            ) from _error

        color_block = _parse_color_block(d.pop("ColorBlock", UNSET))

        def _parse_extra_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ExtraInfo: expected None | str, got {type(data).__name__}"
            ) from _error

        extra_info = _parse_extra_info(d.pop("ExtraInfo", UNSET))

        def _parse_style_hint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"StyleHint: expected None | str, got {type(data).__name__}"
            ) from _error

        style_hint = _parse_style_hint(d.pop("StyleHint", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"FullName: expected None | str, got {type(data).__name__}"
            ) from _error

        full_name = _parse_full_name(d.pop("FullName", UNSET))

        def _parse_table_right(data: object) -> None | TableRight | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    data
                )

                return componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"TableRight: expected None | TableRight, got {type(data).__name__}"
            ) from _error

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        def _parse_field_properties(data: object) -> FieldProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(data)
                )

                return componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"FieldProperties: expected FieldProperties | None, got {type(data).__name__}"
            ) from _error

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        mdo_list_item = cls(
            id=id,
            name=name,
            tool_tip=tool_tip,
            deleted=deleted,
            rank=rank,
            type_=type_,
            child_items=child_items,
            icon_hint=icon_hint,
            color_block=color_block,
            extra_info=extra_info,
            style_hint=style_hint,
            full_name=full_name,
            table_right=table_right,
            field_properties=field_properties,
        )

        mdo_list_item.additional_properties = d
        return mdo_list_item

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
