from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserFromPersonIdRequest")


@_attrs_define
class GetUserFromPersonIdRequest:
    """Returns the user associated with the supplied person id

    Attributes:
        person_id (int | None):
    """

    person_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: int | None = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PersonId": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_id = d.pop("PersonId")
        if not (
            person_id is None
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"PersonId: expected int | None, got {type(person_id).__name__}"
            )

        get_user_from_person_id_request = cls(
            person_id=person_id,
        )

        get_user_from_person_id_request.additional_properties = d
        return get_user_from_person_id_request

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
