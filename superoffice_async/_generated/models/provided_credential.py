from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvidedCredential")


@_attrs_define
class ProvidedCredential:
    """Summary description for ProvidedCredential.

    Attributes:
        type_ (None | str | Unset):
        search_name (None | str | Unset):
        display_name (None | str | Unset):
        credential_id (int | None | Unset):
    """

    type_: None | str | Unset = UNSET
    search_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    credential_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset = self.type_

        search_name: None | str | Unset = self.search_name

        display_name: None | str | Unset = self.display_name

        credential_id: int | None | Unset = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if search_name is not UNSET:
            field_dict["SearchName"] = search_name
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if credential_id is not UNSET:
            field_dict["CredentialId"] = credential_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("Type", UNSET)
        if not (type_ is None or type_ is UNSET or (isinstance(type_, (str,)))):
            raise TypeError(f"Type: expected None | str, got {type(type_).__name__}")

        search_name = d.pop("SearchName", UNSET)
        if not (
            search_name is None
            or search_name is UNSET
            or (isinstance(search_name, (str,)))
        ):
            raise TypeError(
                f"SearchName: expected None | str, got {type(search_name).__name__}"
            )

        display_name = d.pop("DisplayName", UNSET)
        if not (
            display_name is None
            or display_name is UNSET
            or (isinstance(display_name, (str,)))
        ):
            raise TypeError(
                f"DisplayName: expected None | str, got {type(display_name).__name__}"
            )

        credential_id = d.pop("CredentialId", UNSET)
        if not (
            credential_id is None
            or credential_id is UNSET
            or (
                isinstance(credential_id, (int,))
                and not isinstance(credential_id, bool)
            )
        ):
            raise TypeError(
                f"CredentialId: expected int | None, got {type(credential_id).__name__}"
            )

        provided_credential = cls(
            type_=type_,
            search_name=search_name,
            display_name=display_name,
            credential_id=credential_id,
        )

        provided_credential.additional_properties = d
        return provided_credential

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
