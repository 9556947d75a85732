from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

T = TypeVar("T", bound="ResolveUserFromInfoRequest")


@_attrs_define
class ResolveUserFromInfoRequest:
    """Get a user from the provided information. If the user or associated person does not exist, it will be created on
    demand.

        Attributes:
            contact_id (int | None):
            person_name (None | str):
            phone_numbers (list[str] | None):
            emails (list[str] | None):
            user_type (None | UserType):
            credential (Credential | None):
    """

    contact_id: int | None
    person_name: None | str
    phone_numbers: list[str] | None
    emails: list[str] | None
    user_type: None | UserType
    credential: Credential | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None = self.contact_id

        person_name: None | str = self.person_name

        phone_numbers: list[str] | None
        if isinstance(self.phone_numbers, list):
            phone_numbers = self.phone_numbers

        else:
            phone_numbers = self.phone_numbers

        emails: list[str] | None
        if isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

        user_type: None | str
        if isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        credential: dict[str, Any] | None
        if isinstance(self.credential, Credential):
            credential = self.credential.to_dict()
        else:
            credential = self.credential

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ContactId": contact_id,
                "PersonName": person_name,
                "PhoneNumbers": phone_numbers,
                "Emails": emails,
                "UserType": user_type,
                "Credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("ContactId")
        if not (
            contact_id is None
            or (isinstance(contact_id, (int,)) and not isinstance(contact_id, bool))
        ):
            raise TypeError(
                f"ContactId: expected int | None, got {type(contact_id).__name__}"
            )

        person_name = d.pop("PersonName")
        if not (person_name is None or (isinstance(person_name, (str,)))):
            raise TypeError(
                f"PersonName: expected None | str, got {type(person_name).__name__}"
            )

        phone_numbers = d.pop("PhoneNumbers")
        if phone_numbers is not None:
            try:
                if not isinstance(phone_numbers, list):
                    raise TypeError()
                phone_numbers_type_0 = cast(list[str], phone_numbers)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"PhoneNumbers: expected list[str] | None, got {type(phone_numbers).__name__}"
                ) from error
            phone_numbers = phone_numbers_type_0

        emails = d.pop("Emails")
        if emails is not None:
            try:
                if not isinstance(emails, list):
                    raise TypeError()
                emails_type_0 = cast(list[str], emails)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Emails: expected list[str] | None, got {type(emails).__name__}"
                ) from error
            emails = emails_type_0

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

        credential = d.pop("Credential")
        if credential is not None:
            try:
                if not isinstance(credential, dict):
                    raise TypeError()
                credential_type_0 = Credential.from_dict(credential)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Credential: expected Credential | None, got {type(credential).__name__}"
                ) from error
            credential = credential_type_0

        resolve_user_from_info_request = cls(
            contact_id=contact_id,
            person_name=person_name,
            phone_numbers=phone_numbers,
            emails=emails,
            user_type=user_type,
            credential=credential,
        )

        resolve_user_from_info_request.additional_properties = d
        return resolve_user_from_info_request

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


from ..models.credential import Credential
