from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        error: bool | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        error_source: None | str | Unset
        if isinstance(self.error_source, Unset):
            error_source = UNSET
        else:
            error_source = self.error_source

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

        def _parse_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"Error: expected bool | None, got {type(data).__name__}"
            ) from _error

        error = _parse_error(d.pop("Error", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ErrorType: expected None | str, got {type(data).__name__}"
            ) from _error

        error_type = _parse_error_type(d.pop("ErrorType", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ErrorMessage: expected None | str, got {type(data).__name__}"
            ) from _error

        error_message = _parse_error_message(d.pop("ErrorMessage", UNSET))

        def _parse_error_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ErrorSource: expected None | str, got {type(data).__name__}"
            ) from _error

        error_source = _parse_error_source(d.pop("ErrorSource", UNSET))

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
