from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_action_result import CommandActionResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteUserCommandRequest")


@_attrs_define
class ExecuteUserCommandRequest:
    """
    Attributes:
        command_name (None | str): The name of the command to execute.
        user (None | User): The User to execute commands on.
        action_result (CommandActionResult | None | Unset): Result of an UI operation.
    """

    command_name: None | str
    user: None | User
    action_result: CommandActionResult | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_name: None | str = self.command_name

        user: dict[str, Any] | None
        if isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        action_result: None | str | Unset
        if isinstance(self.action_result, Unset):
            action_result = UNSET
        elif isinstance(self.action_result, CommandActionResult):
            action_result = self.action_result.value
        else:
            action_result = self.action_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CommandName": command_name,
                "User": user,
            }
        )
        if action_result is not UNSET:
            field_dict["ActionResult"] = action_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_name = d.pop("CommandName")
        if not (command_name is None or (isinstance(command_name, (str,)))):
            raise TypeError(
                f"CommandName: expected None | str, got {type(command_name).__name__}"
            )

        user = d.pop("User")
        if user is not None:
            try:
                if not isinstance(user, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(user)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"User: expected None | User, got {type(user).__name__}"
                ) from error
            user = user_type_0

        action_result = d.pop("ActionResult", UNSET)
        if action_result is not None and action_result is not UNSET:
            try:
                if not isinstance(action_result, str):
                    raise TypeError()
                action_result_type_0 = CommandActionResult(action_result)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ActionResult: expected CommandActionResult | None, got {type(action_result).__name__}"
                ) from error
            action_result = action_result_type_0

        execute_user_command_request = cls(
            command_name=command_name,
            user=user,
            action_result=action_result,
        )

        execute_user_command_request.additional_properties = d
        return execute_user_command_request

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


from ..models.user import User
