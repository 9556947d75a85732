from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserFromEjUserIdRequest")


@_attrs_define
class GetUserFromEjUserIdRequest:
    """Get user from ejUserId - used for eJournal Legacy Support.

    Attributes:
        ej_user_id (int | None):
    """

    ej_user_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ej_user_id: int | None = self.ej_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EjUserId": ej_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ej_user_id = d.pop("EjUserId")
        if not (
            ej_user_id is None
            or (isinstance(ej_user_id, (int,)) and not isinstance(ej_user_id, bool))
        ):
            raise TypeError(
                f"EjUserId: expected int | None, got {type(ej_user_id).__name__}"
            )

        get_user_from_ej_user_id_request = cls(
            ej_user_id=ej_user_id,
        )

        get_user_from_ej_user_id_request.additional_properties = d
        return get_user_from_ej_user_id_request

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
