from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableRight")


@_attrs_define
class TableRight:
    """The carrier's table right.

    Attributes:
        mask (None | str | Unset): ETableRight flags, for example "Select, Update" or "FULL".
        reason (None | str | Unset): Why the right is restricted.
    """

    mask: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask: None | str | Unset = self.mask

        reason: None | str | Unset = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mask is not UNSET:
            field_dict["Mask"] = mask
        if reason is not UNSET:
            field_dict["Reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mask = d.pop("Mask", UNSET)
        if not (mask is None or mask is UNSET or (isinstance(mask, (str,)))):
            raise TypeError(f"Mask: expected None | str, got {type(mask).__name__}")

        reason = d.pop("Reason", UNSET)
        if not (reason is None or reason is UNSET or (isinstance(reason, (str,)))):
            raise TypeError(f"Reason: expected None | str, got {type(reason).__name__}")

        table_right = cls(
            mask=mask,
            reason=reason,
        )

        table_right.additional_properties = d
        return table_right

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
