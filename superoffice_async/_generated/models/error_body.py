from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """SuperOffice's REST error body.

    Attributes:
        error (bool | None | Unset):
        error_type (None | str | Unset): The exception type, for example SoNotFoundException.
        error_message (None | str | Unset):
        error_source (None | str | Unset):
    """

    error: bool | None | Unset = UNSET
    error_type: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    error_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: bool | None | Unset = self.error

        error_type: None | str | Unset = self.error_type

        error_message: None | str | Unset = self.error_message

        error_source: None | str | Unset = self.error_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["Error"] = error
        if error_type is not UNSET:
            field_dict["ErrorType"] = error_type
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if error_source is not UNSET:
            field_dict["ErrorSource"] = error_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("Error", UNSET)
        if not (error is None or error is UNSET or (isinstance(error, (bool,)))):
            raise TypeError(f"Error: expected bool | None, got {type(error).__name__}")

        error_type = d.pop("ErrorType", UNSET)
        if not (
            error_type is None
            or error_type is UNSET
            or (isinstance(error_type, (str,)))
        ):
            raise TypeError(
                f"ErrorType: expected None | str, got {type(error_type).__name__}"
            )

        error_message = d.pop("ErrorMessage", UNSET)
        if not (
            error_message is None
            or error_message is UNSET
            or (isinstance(error_message, (str,)))
        ):
            raise TypeError(
                f"ErrorMessage: expected None | str, got {type(error_message).__name__}"
            )

        error_source = d.pop("ErrorSource", UNSET)
        if not (
            error_source is None
            or error_source is UNSET
            or (isinstance(error_source, (str,)))
        ):
            raise TypeError(
                f"ErrorSource: expected None | str, got {type(error_source).__name__}"
            )

        error_body = cls(
            error=error,
            error_type=error_type,
            error_message=error_message,
            error_source=error_source,
        )

        error_body.additional_properties = d
        return error_body

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
