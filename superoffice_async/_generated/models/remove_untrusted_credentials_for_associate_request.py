from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveUntrustedCredentialsForAssociateRequest")


@_attrs_define
class RemoveUntrustedCredentialsForAssociateRequest:
    """Remove a credentials entry for a specified user.

    Attributes:
        associate_id (int | None):
        type_ (None | str):
        public_value (None | str):
    """

    associate_id: int | None
    type_: None | str
    public_value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None = self.associate_id

        type_: None | str = self.type_

        public_value: None | str = self.public_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateId": associate_id,
                "Type": type_,
                "PublicValue": public_value,
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

        public_value = d.pop("PublicValue")
        if not (public_value is None or (isinstance(public_value, (str,)))):
            raise TypeError(
                f"PublicValue: expected None | str, got {type(public_value).__name__}"
            )

        remove_untrusted_credentials_for_associate_request = cls(
            associate_id=associate_id,
            type_=type_,
            public_value=public_value,
        )

        remove_untrusted_credentials_for_associate_request.additional_properties = d
        return remove_untrusted_credentials_for_associate_request

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
