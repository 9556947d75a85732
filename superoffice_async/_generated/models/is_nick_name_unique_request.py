from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IsNickNameUniqueRequest")


@_attrs_define
class IsNickNameUniqueRequest:
    """
    Attributes:
        associate_id (int | None):
        nick_name (None | str):
    """

    associate_id: int | None
    nick_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None = self.associate_id

        nick_name: None | str = self.nick_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateId": associate_id,
                "NickName": nick_name,
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

        nick_name = d.pop("NickName")
        if not (nick_name is None or (isinstance(nick_name, (str,)))):
            raise TypeError(
                f"NickName: expected None | str, got {type(nick_name).__name__}"
            )

        is_nick_name_unique_request = cls(
            associate_id=associate_id,
            nick_name=nick_name,
        )

        is_nick_name_unique_request.additional_properties = d
        return is_nick_name_unique_request

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
