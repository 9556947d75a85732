from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetFunctionalRightsRequest")


@_attrs_define
class GetFunctionalRightsRequest:
    """Get all functional rights for the given role. Functional rights not set on the role are not included. MDO List name
    = 'FunctionRights', extra='role=123'

        Attributes:
            role_id (int | None):
    """

    role_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id: int | None = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RoleId": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id = d.pop("RoleId")
        if not (
            role_id is None
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        get_functional_rights_request = cls(
            role_id=role_id,
        )

        get_functional_rights_request.additional_properties = d
        return get_functional_rights_request

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
