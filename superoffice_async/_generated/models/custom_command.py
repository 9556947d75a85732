from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.command_action import CommandAction
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class CustomCommand(Carrier):
    """Generic carrier object for entity commands.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        name (str | None): Unique name of the command
        display_name (str | None): The name to show in GUI
        description (str | None): Description of the command.
        tool_tip (str | None): Tooltip to be used in the GUI
        actions (CommandAction | None): The actions to call when invoked (a CommandAction; unknown values kept as
            strings).
        action_data (str | None): The data to be used when the command is invoked
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    name: str | None = None
    display_name: str | None = None
    description: str | None = None
    tool_tip: str | None = None
    actions: CommandAction | None = None
    action_data: str | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "name": "Name",
        "display_name": "DisplayName",
        "description": "Description",
        "tool_tip": "ToolTip",
        "actions": "Actions",
        "action_data": "ActionData",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        name: str | None = NOT_SET,
        display_name: str | None = NOT_SET,
        description: str | None = NOT_SET,
        tool_tip: str | None = NOT_SET,
        actions: CommandAction | None = NOT_SET,
        action_data: str | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if name is not NOT_SET:
            d["name"] = name
        if display_name is not NOT_SET:
            d["display_name"] = display_name
        if description is not NOT_SET:
            d["description"] = description
        if tool_tip is not NOT_SET:
            d["tool_tip"] = tool_tip
        if actions is not NOT_SET:
            d["actions"] = actions
        if action_data is not NOT_SET:
            d["action_data"] = action_data
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
        if "name" in s:
            field_dict["Name"] = s["name"]
        if "display_name" in s:
            field_dict["DisplayName"] = s["display_name"]
        if "description" in s:
            field_dict["Description"] = s["description"]
        if "tool_tip" in s:
            field_dict["ToolTip"] = s["tool_tip"]
        if "actions" in s:
            field_dict["Actions"] = s["actions"]
        if "action_data" in s:
            field_dict["ActionData"] = s["action_data"]
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
        v = g("Name", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Name: expected None | str, got {type(v).__name__}"
                    )
            d["name"] = v

        v = g("DisplayName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"DisplayName: expected None | str, got {type(v).__name__}"
                    )
            d["display_name"] = v

        v = g("Description", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Description: expected None | str, got {type(v).__name__}"
                    )
            d["description"] = v

        v = g("ToolTip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ToolTip: expected None | str, got {type(v).__name__}"
                    )
            d["tool_tip"] = v

        v = g("Actions", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = CommandAction._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Actions: expected CommandAction | None | str, got {type(v).__name__}"
                    ) from error
            d["actions"] = v

        v = g("ActionData", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ActionData: expected None | str, got {type(v).__name__}"
                    )
            d["action_data"] = v

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
