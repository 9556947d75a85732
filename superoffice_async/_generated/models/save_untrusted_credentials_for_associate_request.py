from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaveUntrustedCredentialsForAssociateRequest")


@_attrs_define
class SaveUntrustedCredentialsForAssociateRequest:
    """Save credentials for a specified user.

    Attributes:
        associate_id (int | None):
        type_ (None | str):
        credentials (None | UntrustedCredentials):
    """

    associate_id: int | None
    type_: None | str
    credentials: None | UntrustedCredentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None = self.associate_id

        type_: None | str = self.type_

        credentials: dict[str, Any] | None
        if isinstance(self.credentials, UntrustedCredentials):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateId": associate_id,
                "Type": type_,
                "Credentials": credentials,
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
        if not (type_ is None or (isinstance(type_, (str,)))):
            raise TypeError(f"Type: expected None | str, got {type(type_).__name__}")

        credentials = d.pop("Credentials")
        if credentials is not None:
            try:
                if not isinstance(credentials, dict):
                    raise TypeError()
                credentials_type_0 = UntrustedCredentials.from_dict(credentials)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Credentials: expected None | UntrustedCredentials, got {type(credentials).__name__}"
                ) from error
            credentials = credentials_type_0

        save_untrusted_credentials_for_associate_request = cls(
            associate_id=associate_id,
            type_=type_,
            credentials=credentials,
        )

        save_untrusted_credentials_for_associate_request.additional_properties = d
        return save_untrusted_credentials_for_associate_request

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


from ..models.untrusted_credentials import UntrustedCredentials
