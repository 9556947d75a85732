from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetGeneratedPasswordFromNameRequest")


@_attrs_define
class SetGeneratedPasswordFromNameRequest:
    """
    Attributes:
        associate_name (None | str):
    """

    associate_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_name: None | str = self.associate_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateName": associate_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        associate_name = d.pop("AssociateName")
        if not (associate_name is None or (isinstance(associate_name, (str,)))):
            raise TypeError(
                f"AssociateName: expected None | str, got {type(associate_name).__name__}"
            )

        set_generated_password_from_name_request = cls(
            associate_name=associate_name,
        )

        set_generated_password_from_name_request.additional_properties = d
        return set_generated_password_from_name_request

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
