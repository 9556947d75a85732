from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaveUserGroupRequest")


@_attrs_define
class SaveUserGroupRequest:
    """Save a user group. Set UserGroup.Deleted to mark a user group as deleted and invisible in the user interface.

    Attributes:
        user_group (None | UserGroup):
    """

    user_group: None | UserGroup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_group: dict[str, Any] | None
        if isinstance(self.user_group, UserGroup):
            user_group = self.user_group.to_dict()
        else:
            user_group = self.user_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserGroup": user_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_group = d.pop("UserGroup")
        if user_group is not None:
            try:
                if not isinstance(user_group, dict):
                    raise TypeError()
                user_group_type_0 = UserGroup.from_dict(user_group)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"UserGroup: expected None | UserGroup, got {type(user_group).__name__}"
                ) from error
            user_group = user_group_type_0

        save_user_group_request = cls(
            user_group=user_group,
        )

        save_user_group_request.additional_properties = d
        return save_user_group_request

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


from ..models.user_group import UserGroup
