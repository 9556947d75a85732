from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_action_result import CommandActionResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandResult")


@_attrs_define
class CommandResult:
    """Generic carrier object for entity commands' results.

    Attributes:
        success (bool | None | Unset): The command was successfully executed.
        message (None | str | Unset): Message which should be displayed in GUI.
        result (CommandActionResult | None | str | Unset): The result used in this action (a CommandActionResult;
            unknown values kept as strings).
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    success: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    result: CommandActionResult | None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | None | Unset = self.success

        message: None | str | Unset = self.message

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, CommandActionResult):
            result = self.result.value
        else:
            result = self.result

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
        if success is not UNSET:
            field_dict["Success"] = success
        if message is not UNSET:
            field_dict["Message"] = message
        if result is not UNSET:
            field_dict["Result"] = result
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("Success", UNSET)
        if not (success is None or success is UNSET or (isinstance(success, (bool,)))):
            raise TypeError(
                f"Success: expected bool | None, got {type(success).__name__}"
            )

        message = d.pop("Message", UNSET)
        if not (message is None or message is UNSET or (isinstance(message, (str,)))):
            raise TypeError(
                f"Message: expected None | str, got {type(message).__name__}"
            )

        result = d.pop("Result", UNSET)
        if result is not None and result is not UNSET:

            def _parse_result(data: object) -> CommandActionResult | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    result_type_0 = CommandActionResult(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(CommandActionResult | None | str | Unset, data)
                raise TypeError(
                    f"Result: expected CommandActionResult | None | str, got {type(data).__name__}"
                ) from _error

            result = _parse_result(result)

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

        command_result = cls(
            success=success,
            message=message,
            result=result,
            table_right=table_right,
            field_properties=field_properties,
        )

        command_result.additional_properties = d
        return command_result

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
