from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddOwnerContactRequest")


@_attrs_define
class AddOwnerContactRequest:
    """
    Attributes:
        contact_id (int | None):
    """

    contact_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ContactId": contact_id,
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

        add_owner_contact_request = cls(
            contact_id=contact_id,
        )

        add_owner_contact_request.additional_properties = d
        return add_owner_contact_request

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
