from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChangeOwnPasswordRequest")


@_attrs_define
class ChangeOwnPasswordRequest:
    """Change password for a user.

    Attributes:
        old_password (None | str):
        new_password (None | str):
    """

    old_password: None | str
    new_password: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_password: None | str = self.old_password

        new_password: None | str = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OldPassword": old_password,
                "NewPassword": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        old_password = d.pop("OldPassword")
        if not (old_password is None or (isinstance(old_password, (str,)))):
            raise TypeError(
                f"OldPassword: expected None | str, got {type(old_password).__name__}"
            )

        new_password = d.pop("NewPassword")
        if not (new_password is None or (isinstance(new_password, (str,)))):
            raise TypeError(
                f"NewPassword: expected None | str, got {type(new_password).__name__}"
            )

        change_own_password_request = cls(
            old_password=old_password,
            new_password=new_password,
        )

        change_own_password_request.additional_properties = d
        return change_own_password_request

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
