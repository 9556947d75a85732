from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_action import CommandAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomCommand")


@_attrs_define
class CustomCommand:
    """Generic carrier object for entity commands.

    Attributes:
        name (None | str | Unset): Unique name of the command
        display_name (None | str | Unset): The name to show in GUI
        description (None | str | Unset): Description of the command.
        tool_tip (None | str | Unset): Tooltip to be used in the GUI
        actions (CommandAction | None | str | Unset): The actions to call when invoked (a CommandAction; unknown values
            kept as strings).
        action_data (None | str | Unset): The data to be used when the command is invoked
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tool_tip: None | str | Unset = UNSET
    actions: CommandAction | None | str | Unset = UNSET
    action_data: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        display_name: None | str | Unset = self.display_name

        description: None | str | Unset = self.description

        tool_tip: None | str | Unset = self.tool_tip

        actions: None | str | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, CommandAction):
            actions = self.actions.value
        else:
            actions = self.actions

        action_data: None | str | Unset = self.action_data

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
        if name is not UNSET:
            field_dict["Name"] = name
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if description is not UNSET:
            field_dict["Description"] = description
        if tool_tip is not UNSET:
            field_dict["ToolTip"] = tool_tip
        if actions is not UNSET:
            field_dict["Actions"] = actions
        if action_data is not UNSET:
            field_dict["ActionData"] = action_data
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)
        if not (name is None or name is UNSET or (isinstance(name, (str,)))):
            raise TypeError(f"Name: expected None | str, got {type(name).__name__}")

        display_name = d.pop("DisplayName", UNSET)
        if not (
            display_name is None
            or display_name is UNSET
            or (isinstance(display_name, (str,)))
        ):
            raise TypeError(
                f"DisplayName: expected None | str, got {type(display_name).__name__}"
            )

        description = d.pop("Description", UNSET)
        if not (
            description is None
            or description is UNSET
            or (isinstance(description, (str,)))
        ):
            raise TypeError(
                f"Description: expected None | str, got {type(description).__name__}"
            )

        tool_tip = d.pop("ToolTip", UNSET)
        if not (
            tool_tip is None or tool_tip is UNSET or (isinstance(tool_tip, (str,)))
        ):
            raise TypeError(
                f"ToolTip: expected None | str, got {type(tool_tip).__name__}"
            )

        actions = d.pop("Actions", UNSET)
        if actions is not None and actions is not UNSET:

            def _parse_actions(data: object) -> CommandAction | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    actions_type_0 = CommandAction(data)

                    return actions_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(CommandAction | None | str | Unset, data)
                raise TypeError(
                    f"Actions: expected CommandAction | None | str, got {type(data).__name__}"
                ) from _error

            actions = _parse_actions(actions)

        action_data = d.pop("ActionData", UNSET)
        if not (
            action_data is None
            or action_data is UNSET
            or (isinstance(action_data, (str,)))
        ):
            raise TypeError(
                f"ActionData: expected None | str, got {type(action_data).__name__}"
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

        custom_command = cls(
            name=name,
            display_name=display_name,
            description=description,
            tool_tip=tool_tip,
            actions=actions,
            action_data=action_data,
            table_right=table_right,
            field_properties=field_properties,
        )

        custom_command.additional_properties = d
        return custom_command

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
