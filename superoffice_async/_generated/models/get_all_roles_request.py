from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType

T = TypeVar("T", bound="GetAllRolesRequest")


@_attrs_define
class GetAllRolesRequest:
    """Get a list of all roles for the given type of role. MDO List name = 'Roles', extra='0' (roleType)

    Attributes:
        role_type (None | RoleType):
    """

    role_type: None | RoleType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_type: None | str
        if isinstance(self.role_type, RoleType):
            role_type = self.role_type.value
        else:
            role_type = self.role_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RoleType": role_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_type = d.pop("RoleType")
        if role_type is not None:
            try:
                if not isinstance(role_type, str):
                    raise TypeError()
                role_type_type_0 = RoleType(role_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"RoleType: expected None | RoleType, got {type(role_type).__name__}"
                ) from error
            role_type = role_type_type_0

        get_all_roles_request = cls(
            role_type=role_type,
        )

        get_all_roles_request.additional_properties = d
        return get_all_roles_request

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
