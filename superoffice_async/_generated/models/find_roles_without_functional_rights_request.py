from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FindRolesWithoutFunctionalRightsRequest")


@_attrs_define
class FindRolesWithoutFunctionalRightsRequest:
    """Find all roles without a given set of functional rights. The roles matched must not contain any of the specified
    functional rights.

        Attributes:
            functional_right_names (list[str] | None):
    """

    functional_right_names: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        functional_right_names: list[str] | None
        if isinstance(self.functional_right_names, list):
            functional_right_names = self.functional_right_names

        else:
            functional_right_names = self.functional_right_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FunctionalRightNames": functional_right_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        functional_right_names = d.pop("FunctionalRightNames")
        if functional_right_names is not None:
            try:
                if not isinstance(functional_right_names, list):
                    raise TypeError()
                functional_right_names_type_0 = cast(list[str], functional_right_names)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FunctionalRightNames: expected list[str] | None, got {type(functional_right_names).__name__}"
                ) from error
            functional_right_names = functional_right_names_type_0

        find_roles_without_functional_rights_request = cls(
            functional_right_names=functional_right_names,
        )

        find_roles_without_functional_rights_request.additional_properties = d
        return find_roles_without_functional_rights_request

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
