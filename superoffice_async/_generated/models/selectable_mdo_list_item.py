from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
    as_list,
)


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

    id: int | None = None
    name: str | None = None
    tool_tip: str | None = None
    deleted: bool | None = None
    rank: int | None = None
    type_: str | None = None
    color_block: int | None = None
    icon_hint: str | None = None
    selected: bool | None = None
    last_changed: datetime.datetime | None = None
    child_items: list[SelectableMDOListItem] | None = None
    extra_info: str | None = None
    style_hint: str | None = None
    hidden: bool | None = None
    full_name: str | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "id": "Id",
        "name": "Name",
        "tool_tip": "ToolTip",
        "deleted": "Deleted",
        "rank": "Rank",
        "type_": "Type",
        "color_block": "ColorBlock",
        "icon_hint": "IconHint",
        "selected": "Selected",
        "last_changed": "LastChanged",
        "child_items": "ChildItems",
        "extra_info": "ExtraInfo",
        "style_hint": "StyleHint",
        "hidden": "Hidden",
        "full_name": "FullName",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        id: int | None = NOT_SET,
        name: str | None = NOT_SET,
        tool_tip: str | None = NOT_SET,
        deleted: bool | None = NOT_SET,
        rank: int | None = NOT_SET,
        type_: str | None = NOT_SET,
        color_block: int | None = NOT_SET,
        icon_hint: str | None = NOT_SET,
        selected: bool | None = NOT_SET,
        last_changed: datetime.datetime | None = NOT_SET,
        child_items: list[SelectableMDOListItem] | None = NOT_SET,
        extra_info: str | None = NOT_SET,
        style_hint: str | None = NOT_SET,
        hidden: bool | None = NOT_SET,
        full_name: str | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if id is not NOT_SET:
            d["id"] = id
        if name is not NOT_SET:
            d["name"] = name
        if tool_tip is not NOT_SET:
            d["tool_tip"] = tool_tip
        if deleted is not NOT_SET:
            d["deleted"] = deleted
        if rank is not NOT_SET:
            d["rank"] = rank
        if type_ is not NOT_SET:
            d["type_"] = type_
        if color_block is not NOT_SET:
            d["color_block"] = color_block
        if icon_hint is not NOT_SET:
            d["icon_hint"] = icon_hint
        if selected is not NOT_SET:
            d["selected"] = selected
        if last_changed is not NOT_SET:
            d["last_changed"] = last_changed
        if child_items is not NOT_SET:
            d["child_items"] = child_items
        if extra_info is not NOT_SET:
            d["extra_info"] = extra_info
        if style_hint is not NOT_SET:
            d["style_hint"] = style_hint
        if hidden is not NOT_SET:
            d["hidden"] = hidden
        if full_name is not NOT_SET:
            d["full_name"] = full_name
        if table_right is not NOT_SET:
            d["table_right"] = table_right
        if field_properties is not NOT_SET:
            d["field_properties"] = field_properties

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, Any] | None = self.__dict__.get("_extra")
        if found is None:
            found = self.__dict__["_extra"] = {}
        return found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["_extra"] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        s = self.__dict__
        extra = s.get("_extra")
        field_dict: dict[str, Any] = dict(extra) if extra else {}
        if "id" in s:
            field_dict["Id"] = s["id"]
        if "name" in s:
            field_dict["Name"] = s["name"]
        if "tool_tip" in s:
            field_dict["ToolTip"] = s["tool_tip"]
        if "deleted" in s:
            field_dict["Deleted"] = s["deleted"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "type_" in s:
            field_dict["Type"] = s["type_"]
        if "color_block" in s:
            field_dict["ColorBlock"] = s["color_block"]
        if "icon_hint" in s:
            field_dict["IconHint"] = s["icon_hint"]
        if "selected" in s:
            field_dict["Selected"] = s["selected"]
        v = s.get("last_changed", NOT_SET)
        if v is not NOT_SET:
            field_dict["LastChanged"] = None if v is None else v.isoformat()
        v = s.get("child_items", NOT_SET)
        if v is not NOT_SET:
            field_dict["ChildItems"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
        if "extra_info" in s:
            field_dict["ExtraInfo"] = s["extra_info"]
        if "style_hint" in s:
            field_dict["StyleHint"] = s["style_hint"]
        if "hidden" in s:
            field_dict["Hidden"] = s["hidden"]
        if "full_name" in s:
            field_dict["FullName"] = s["full_name"]
        v = s.get("table_right", NOT_SET)
        if v is not NOT_SET:
            field_dict["TableRight"] = None if v is None else v.to_dict()
        v = s.get("field_properties", NOT_SET)
        if v is not NOT_SET:
            field_dict["FieldProperties"] = None if v is None else v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("Id", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(f"Id: expected int | None, got {type(v).__name__}")
            d["id"] = v

        v = g("Name", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Name: expected None | str, got {type(v).__name__}"
                    )
            d["name"] = v

        v = g("ToolTip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ToolTip: expected None | str, got {type(v).__name__}"
                    )
            d["tool_tip"] = v

        v = g("Deleted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Deleted: expected bool | None, got {type(v).__name__}"
                    )
            d["deleted"] = v

        v = g("Rank", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Rank: expected int | None, got {type(v).__name__}"
                    )
            d["rank"] = v

        v = g("Type", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Type: expected None | str, got {type(v).__name__}"
                    )
            d["type_"] = v

        v = g("ColorBlock", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ColorBlock: expected int | None, got {type(v).__name__}"
                    )
            d["color_block"] = v

        v = g("IconHint", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"IconHint: expected None | str, got {type(v).__name__}"
                    )
            d["icon_hint"] = v

        v = g("Selected", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Selected: expected bool | None, got {type(v).__name__}"
                    )
            d["selected"] = v

        v = g("LastChanged", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"LastChanged: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["last_changed"] = v

        v = g("ChildItems", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [SelectableMDOListItem.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ChildItems: expected list[SelectableMDOListItem] | None, got {type(v).__name__}"
                    ) from error
            d["child_items"] = v

        v = g("ExtraInfo", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ExtraInfo: expected None | str, got {type(v).__name__}"
                    )
            d["extra_info"] = v

        v = g("StyleHint", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"StyleHint: expected None | str, got {type(v).__name__}"
                    )
            d["style_hint"] = v

        v = g("Hidden", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Hidden: expected bool | None, got {type(v).__name__}"
                    )
            d["hidden"] = v

        v = g("FullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FullName: expected None | str, got {type(v).__name__}"
                    )
            d["full_name"] = v

        v = g("TableRight", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = TableRight.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"TableRight: expected None | TableRight, got {type(v).__name__}"
                    ) from error
            d["table_right"] = v

        v = g("FieldProperties", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = FieldProperties.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"FieldProperties: expected FieldProperties | None, got {type(v).__name__}"
                    ) from error
            d["field_properties"] = v

        if len(d) != len(src_dict):
            known = cls._FROM_WIRE
            found = {k: v for k, v in src_dict.items() if k not in known}
            if found:
                d["_extra"] = found
        self = object.__new__(cls)
        self.__dict__ = d
        return self

    def __getitem__(self, key: str) -> Any:
        """A value by its JSON name: a documented property that is set, or another key."""
        name = self._python_names().get(key)
        if name is not None and name in self.__dict__:
            return self.__dict__[name]  # type: ignore[no-any-return]
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` when the answer did not have ``key``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = self._python_names().get(key)
        return (
            name is not None and name in self.__dict__
        ) or key in self.additional_properties


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
