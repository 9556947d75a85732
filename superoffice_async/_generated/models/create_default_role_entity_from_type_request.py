from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType

T = TypeVar("T", bound="CreateDefaultRoleEntityFromTypeRequest")


@_attrs_define
class CreateDefaultRoleEntityFromTypeRequest:
    """Create a new role entity of the specified role type. The role type cannot be changed after the entity is created.

    Attributes:
        type_ (None | RoleType):
    """

    type_: None | RoleType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str
        if isinstance(self.type_, RoleType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("Type")
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_0 = RoleType(type_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Type: expected None | RoleType, got {type(type_).__name__}"
                ) from error
            type_ = type_type_0

        create_default_role_entity_from_type_request = cls(
            type_=type_,
        )

        create_default_role_entity_from_type_request.additional_properties = d
        return create_default_role_entity_from_type_request

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
