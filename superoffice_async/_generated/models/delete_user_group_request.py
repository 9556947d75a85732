from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteUserGroupRequest")


@_attrs_define
class DeleteUserGroupRequest:
    """Delete a usergroup and move its members to another usergroup

    Attributes:
        user_group_to_delete (int | None):
        user_group_to_move_to (int | None):
    """

    user_group_to_delete: int | None
    user_group_to_move_to: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_group_to_delete: int | None = self.user_group_to_delete

        user_group_to_move_to: int | None = self.user_group_to_move_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserGroupToDelete": user_group_to_delete,
                "UserGroupToMoveTo": user_group_to_move_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_group_to_delete = d.pop("UserGroupToDelete")
        if not (
            user_group_to_delete is None
            or (
                isinstance(user_group_to_delete, (int,))
                and not isinstance(user_group_to_delete, bool)
            )
        ):
            raise TypeError(
                f"UserGroupToDelete: expected int | None, got {type(user_group_to_delete).__name__}"
            )

        user_group_to_move_to = d.pop("UserGroupToMoveTo")
        if not (
            user_group_to_move_to is None
            or (
                isinstance(user_group_to_move_to, (int,))
                and not isinstance(user_group_to_move_to, bool)
            )
        ):
            raise TypeError(
                f"UserGroupToMoveTo: expected int | None, got {type(user_group_to_move_to).__name__}"
            )

        delete_user_group_request = cls(
            user_group_to_delete=user_group_to_delete,
            user_group_to_move_to=user_group_to_move_to,
        )

        delete_user_group_request.additional_properties = d
        return delete_user_group_request

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
