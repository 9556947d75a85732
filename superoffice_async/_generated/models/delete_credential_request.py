from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteCredentialRequest")


@_attrs_define
class DeleteCredentialRequest:
    """Remove credential of a specific type for a user

    Attributes:
        user_id (int | None):
        credential_type (None | str):
    """

    user_id: int | None
    credential_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None = self.user_id

        credential_type: None | str = self.credential_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
                "CredentialType": credential_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("UserId")
        if not (
            user_id is None
            or (isinstance(user_id, (int,)) and not isinstance(user_id, bool))
        ):
            raise TypeError(
                f"UserId: expected int | None, got {type(user_id).__name__}"
            )

        credential_type = d.pop("CredentialType")
        if not (credential_type is None or (isinstance(credential_type, (str,)))):
            raise TypeError(
                f"CredentialType: expected None | str, got {type(credential_type).__name__}"
            )

        delete_credential_request = cls(
            user_id=user_id,
            credential_type=credential_type,
        )

        delete_credential_request.additional_properties = d
        return delete_credential_request

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
