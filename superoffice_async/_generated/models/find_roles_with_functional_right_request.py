from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FindRolesWithFunctionalRightRequest")


@_attrs_define
class FindRolesWithFunctionalRightRequest:
    """Find all roles with a given functional right. The roles matched must contain the specified functional right.

    Attributes:
        functional_right_name (None | str):
    """

    functional_right_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        functional_right_name: None | str = self.functional_right_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FunctionalRightName": functional_right_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        functional_right_name = d.pop("FunctionalRightName")
        if not (
            functional_right_name is None or (isinstance(functional_right_name, (str,)))
        ):
            raise TypeError(
                f"FunctionalRightName: expected None | str, got {type(functional_right_name).__name__}"
            )

        find_roles_with_functional_right_request = cls(
            functional_right_name=functional_right_name,
        )

        find_roles_with_functional_right_request.additional_properties = d
        return find_roles_with_functional_right_request

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
