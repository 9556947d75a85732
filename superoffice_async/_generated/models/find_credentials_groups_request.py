from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FindCredentialsGroupsRequest")


@_attrs_define
class FindCredentialsGroupsRequest:
    """Get user groups holding users filtered by the searchString. This method is only relevant if the CredentialType
    control is of type link. There will allways be at least one groups even if the underlying provider does not support
    groups.

        Attributes:
            type_ (None | str):
            search_string (None | str):
    """

    type_: None | str
    search_string: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str = self.type_

        search_string: None | str = self.search_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "SearchString": search_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("Type")
        if not (type_ is None or (isinstance(type_, (str,)))):
            raise TypeError(f"Type: expected None | str, got {type(type_).__name__}")

        search_string = d.pop("SearchString")
        if not (search_string is None or (isinstance(search_string, (str,)))):
            raise TypeError(
                f"SearchString: expected None | str, got {type(search_string).__name__}"
            )

        find_credentials_groups_request = cls(
            type_=type_,
            search_string=search_string,
        )

        find_credentials_groups_request.additional_properties = d
        return find_credentials_groups_request

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
