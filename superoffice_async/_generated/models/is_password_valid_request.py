from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

T = TypeVar("T", bound="IsPasswordValidRequest")


@_attrs_define
class IsPasswordValidRequest:
    """
    Attributes:
        associate_id (int | None):
        type_ (None | UserType):
        person_id (int | None):
        password (None | str):
    """

    associate_id: int | None
    type_: None | UserType
    person_id: int | None
    password: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None = self.associate_id

        type_: None | str
        if isinstance(self.type_, UserType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        person_id: int | None = self.person_id

        password: None | str = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateId": associate_id,
                "Type": type_,
                "PersonId": person_id,
                "Password": password,
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

        type_ = d.pop("Type")
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_0 = UserType(type_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Type: expected None | UserType, got {type(type_).__name__}"
                ) from error
            type_ = type_type_0

        person_id = d.pop("PersonId")
        if not (
            person_id is None
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"PersonId: expected int | None, got {type(person_id).__name__}"
            )

        password = d.pop("Password")
        if not (password is None or (isinstance(password, (str,)))):
            raise TypeError(
                f"Password: expected None | str, got {type(password).__name__}"
            )

        is_password_valid_request = cls(
            associate_id=associate_id,
            type_=type_,
            person_id=person_id,
            password=password,
        )

        is_password_valid_request.additional_properties = d
        return is_password_valid_request

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
