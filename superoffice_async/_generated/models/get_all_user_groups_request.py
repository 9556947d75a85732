from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetAllUserGroupsRequest")


@_attrs_define
class GetAllUserGroupsRequest:
    """Get all user groups

    Attributes:
        include_deleted (bool | None):
    """

    include_deleted: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_deleted: bool | None = self.include_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IncludeDeleted": include_deleted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_deleted = d.pop("IncludeDeleted")
        if not (include_deleted is None or (isinstance(include_deleted, (bool,)))):
            raise TypeError(
                f"IncludeDeleted: expected bool | None, got {type(include_deleted).__name__}"
            )

        get_all_user_groups_request = cls(
            include_deleted=include_deleted,
        )

        get_all_user_groups_request.additional_properties = d
        return get_all_user_groups_request

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
