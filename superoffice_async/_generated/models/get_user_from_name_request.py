from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserFromNameRequest")


@_attrs_define
class GetUserFromNameRequest:
    """Get a user, with lookup based on user name.

    Attributes:
        user_name (None | str):
    """

    user_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name: None | str = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserName": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_name = d.pop("UserName")
        if not (user_name is None or (isinstance(user_name, (str,)))):
            raise TypeError(
                f"UserName: expected None | str, got {type(user_name).__name__}"
            )

        get_user_from_name_request = cls(
            user_name=user_name,
        )

        get_user_from_name_request.additional_properties = d
        return get_user_from_name_request

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
