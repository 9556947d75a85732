from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

T = TypeVar("T", bound="CreateDefaultUserFromUserTypeRequest")


@_attrs_define
class CreateDefaultUserFromUserTypeRequest:
    """Create default User providing the user type. Only System and Anonymous users can be created without an exsisting
    person. Use CreateDefaultUserFromUserTypeAndPersonId to create internal (i.e. Employee) or external users.

        Attributes:
            user_type (None | UserType):
    """

    user_type: None | UserType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_type: None | str
        if isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserType": user_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_type = d.pop("UserType")
        if user_type is not None:
            try:
                if not isinstance(user_type, str):
                    raise TypeError()
                user_type_type_0 = UserType(user_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"UserType: expected None | UserType, got {type(user_type).__name__}"
                ) from error
            user_type = user_type_type_0

        create_default_user_from_user_type_request = cls(
            user_type=user_type,
        )

        create_default_user_from_user_type_request.additional_properties = d
        return create_default_user_from_user_type_request

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
