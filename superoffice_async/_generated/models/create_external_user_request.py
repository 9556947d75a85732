from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateExternalUserRequest")


@_attrs_define
class CreateExternalUserRequest:
    """Creates an associate of type external user.

    Attributes:
        person_id (int | None):
        user_name (None | str):
        password (None | str):
        role_id (int | None):
        is_active (bool | None):
    """

    person_id: int | None
    user_name: None | str
    password: None | str
    role_id: int | None
    is_active: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: int | None = self.person_id

        user_name: None | str = self.user_name

        password: None | str = self.password

        role_id: int | None = self.role_id

        is_active: bool | None = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PersonId": person_id,
                "UserName": user_name,
                "Password": password,
                "RoleId": role_id,
                "IsActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_id = d.pop("PersonId")
        if not (
            person_id is None
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"PersonId: expected int | None, got {type(person_id).__name__}"
            )

        user_name = d.pop("UserName")
        if not (user_name is None or (isinstance(user_name, (str,)))):
            raise TypeError(
                f"UserName: expected None | str, got {type(user_name).__name__}"
            )

        password = d.pop("Password")
        if not (password is None or (isinstance(password, (str,)))):
            raise TypeError(
                f"Password: expected None | str, got {type(password).__name__}"
            )

        role_id = d.pop("RoleId")
        if not (
            role_id is None
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        is_active = d.pop("IsActive")
        if not (is_active is None or (isinstance(is_active, (bool,)))):
            raise TypeError(
                f"IsActive: expected bool | None, got {type(is_active).__name__}"
            )

        create_external_user_request = cls(
            person_id=person_id,
            user_name=user_name,
            password=password,
            role_id=role_id,
            is_active=is_active,
        )

        create_external_user_request.additional_properties = d
        return create_external_user_request

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
