from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

T = TypeVar("T", bound="CreateDefaultUserFromUserTypeAndCredentialRequest")


@_attrs_define
class CreateDefaultUserFromUserTypeAndCredentialRequest:
    """Creates a PersonEntity with default values based on the contactId and credentials.

    Attributes:
        user_type (None | UserType):
        contact_id (int | None):
        credential_type (None | str):
        credential_value (None | str):
        credential_display_value (None | str):
    """

    user_type: None | UserType
    contact_id: int | None
    credential_type: None | str
    credential_value: None | str
    credential_display_value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_type: None | str
        if isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        contact_id: int | None = self.contact_id

        credential_type: None | str = self.credential_type

        credential_value: None | str = self.credential_value

        credential_display_value: None | str = self.credential_display_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserType": user_type,
                "ContactId": contact_id,
                "CredentialType": credential_type,
                "CredentialValue": credential_value,
                "CredentialDisplayValue": credential_display_value,
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

        contact_id = d.pop("ContactId")
        if not (
            contact_id is None
            or (isinstance(contact_id, (int,)) and not isinstance(contact_id, bool))
        ):
            raise TypeError(
                f"ContactId: expected int | None, got {type(contact_id).__name__}"
            )

        credential_type = d.pop("CredentialType")
        if not (credential_type is None or (isinstance(credential_type, (str,)))):
            raise TypeError(
                f"CredentialType: expected None | str, got {type(credential_type).__name__}"
            )

        credential_value = d.pop("CredentialValue")
        if not (credential_value is None or (isinstance(credential_value, (str,)))):
            raise TypeError(
                f"CredentialValue: expected None | str, got {type(credential_value).__name__}"
            )

        credential_display_value = d.pop("CredentialDisplayValue")
        if not (
            credential_display_value is None
            or (isinstance(credential_display_value, (str,)))
        ):
            raise TypeError(
                f"CredentialDisplayValue: expected None | str, got {type(credential_display_value).__name__}"
            )

        create_default_user_from_user_type_and_credential_request = cls(
            user_type=user_type,
            contact_id=contact_id,
            credential_type=credential_type,
            credential_value=credential_value,
            credential_display_value=credential_display_value,
        )

        create_default_user_from_user_type_and_credential_request.additional_properties = d
        return create_default_user_from_user_type_and_credential_request

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
