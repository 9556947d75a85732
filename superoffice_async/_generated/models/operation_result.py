from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationResult")


@_attrs_define
class OperationResult:
    """Operation result

    Attributes:
        success (bool | None | Unset): Indicates if the operation was successful.
        message (None | str | Unset): Success/Error message. This can be a symbol ([SR_xxxx])
    """

    success: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | None | Unset = self.success

        message: None | str | Unset = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["Success"] = success
        if message is not UNSET:
            field_dict["Message"] = message

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

        operation_result = cls(
            success=success,
            message=message,
        )

        operation_result.additional_properties = d
        return operation_result

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
