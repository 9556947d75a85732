from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteRoleRequest")


@_attrs_define
class DeleteRoleRequest:
    """Delete the specified role and move all users associated with the role to the replacingRoleId

    Attributes:
        role_id_to_delete (int | None):
        replacing_role_id (int | None):
    """

    role_id_to_delete: int | None
    replacing_role_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id_to_delete: int | None = self.role_id_to_delete

        replacing_role_id: int | None = self.replacing_role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RoleIdToDelete": role_id_to_delete,
                "ReplacingRoleId": replacing_role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id_to_delete = d.pop("RoleIdToDelete")
        if not (
            role_id_to_delete is None
            or (
                isinstance(role_id_to_delete, (int,))
                and not isinstance(role_id_to_delete, bool)
            )
        ):
            raise TypeError(
                f"RoleIdToDelete: expected int | None, got {type(role_id_to_delete).__name__}"
            )

        replacing_role_id = d.pop("ReplacingRoleId")
        if not (
            replacing_role_id is None
            or (
                isinstance(replacing_role_id, (int,))
                and not isinstance(replacing_role_id, bool)
            )
        ):
            raise TypeError(
                f"ReplacingRoleId: expected int | None, got {type(replacing_role_id).__name__}"
            )

        delete_role_request = cls(
            role_id_to_delete=role_id_to_delete,
            replacing_role_id=replacing_role_id,
        )

        delete_role_request.additional_properties = d
        return delete_role_request

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
