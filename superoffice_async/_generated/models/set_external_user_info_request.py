from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_user_info_modification import ExternalUserInfoModification

T = TypeVar("T", bound="SetExternalUserInfoRequest")


@_attrs_define
class SetExternalUserInfoRequest:
    """Modifies an external user. Changes external users information according to the flags set in
    externalUserInfoModification.

        Attributes:
            associate_id (int | None):
            user_name (None | str):
            password (None | str):
            is_active (bool | None):
            role_id (int | None):
            external_user_info_modification (ExternalUserInfoModification | None):
    """

    associate_id: int | None
    user_name: None | str
    password: None | str
    is_active: bool | None
    role_id: int | None
    external_user_info_modification: ExternalUserInfoModification | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None = self.associate_id

        user_name: None | str = self.user_name

        password: None | str = self.password

        is_active: bool | None = self.is_active

        role_id: int | None = self.role_id

        external_user_info_modification: None | str
        if isinstance(
            self.external_user_info_modification, ExternalUserInfoModification
        ):
            external_user_info_modification = self.external_user_info_modification.value
        else:
            external_user_info_modification = self.external_user_info_modification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateId": associate_id,
                "UserName": user_name,
                "Password": password,
                "IsActive": is_active,
                "RoleId": role_id,
                "ExternalUserInfoModification": external_user_info_modification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        associate_id = d.pop("AssociateId")
        if not (
            associate_id is None
            or (isinstance(associate_id, (int,)) and not isinstance(associate_id, bool))
        ):
            raise TypeError(
                f"AssociateId: expected int | None, got {type(associate_id).__name__}"
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

        is_active = d.pop("IsActive")
        if not (is_active is None or (isinstance(is_active, (bool,)))):
            raise TypeError(
                f"IsActive: expected bool | None, got {type(is_active).__name__}"
            )

        role_id = d.pop("RoleId")
        if not (
            role_id is None
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        external_user_info_modification = d.pop("ExternalUserInfoModification")
        if external_user_info_modification is not None:
            try:
                if not isinstance(external_user_info_modification, str):
                    raise TypeError()
                external_user_info_modification_type_0 = ExternalUserInfoModification(
                    external_user_info_modification
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ExternalUserInfoModification: expected ExternalUserInfoModification | None, got {type(external_user_info_modification).__name__}"
                ) from error
            external_user_info_modification = external_user_info_modification_type_0

        set_external_user_info_request = cls(
            associate_id=associate_id,
            user_name=user_name,
            password=password,
            is_active=is_active,
            role_id=role_id,
            external_user_info_modification=external_user_info_modification,
        )

        set_external_user_info_request.additional_properties = d
        return set_external_user_info_request

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
