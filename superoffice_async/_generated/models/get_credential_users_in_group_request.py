from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCredentialUsersInGroupRequest")


@_attrs_define
class GetCredentialUsersInGroupRequest:
    """Get credential users within a user group

    Attributes:
        type_ (None | str):
        group_name (None | str):
    """

    type_: None | str
    group_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str = self.type_

        group_name: None | str = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "GroupName": group_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("Type")
        if not (type_ is None or (isinstance(type_, (str,)))):
            raise TypeError(f"Type: expected None | str, got {type(type_).__name__}")

        group_name = d.pop("GroupName")
        if not (group_name is None or (isinstance(group_name, (str,)))):
            raise TypeError(
                f"GroupName: expected None | str, got {type(group_name).__name__}"
            )

        get_credential_users_in_group_request = cls(
            type_=type_,
            group_name=group_name,
        )

        get_credential_users_in_group_request.additional_properties = d
        return get_credential_users_in_group_request

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
