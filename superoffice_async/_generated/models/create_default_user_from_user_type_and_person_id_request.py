from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

T = TypeVar("T", bound="CreateDefaultUserFromUserTypeAndPersonIdRequest")


@_attrs_define
class CreateDefaultUserFromUserTypeAndPersonIdRequest:
    """Create default User providing the associate type and person id. System and Anonymous users can be created without an
    exsisting person and permits person id to be 0.

        Attributes:
            user_type (None | UserType):
            person_id (int | None):
    """

    user_type: None | UserType
    person_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_type: None | str
        if isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        person_id: int | None = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserType": user_type,
                "PersonId": person_id,
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

        person_id = d.pop("PersonId")
        if not (
            person_id is None
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"PersonId: expected int | None, got {type(person_id).__name__}"
            )

        create_default_user_from_user_type_and_person_id_request = cls(
            user_type=user_type,
            person_id=person_id,
        )

        create_default_user_from_user_type_and_person_id_request.additional_properties = d
        return create_default_user_from_user_type_and_person_id_request

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
