from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaveCredentialRequest")


@_attrs_define
class SaveCredentialRequest:
    """Save (adds/replaces) current credential of the same type for the user.

    Attributes:
        user_id (int | None):
        credential (Credential | None):
    """

    user_id: int | None
    credential: Credential | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None = self.user_id

        credential: dict[str, Any] | None
        if isinstance(self.credential, Credential):
            credential = self.credential.to_dict()
        else:
            credential = self.credential

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
                "Credential": credential,
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

        save_credential_request = cls(
            user_id=user_id,
            credential=credential,
        )

        save_credential_request.additional_properties = d
        return save_credential_request

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
