from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_to_owner_type import RelationToOwnerType

T = TypeVar("T", bound="GetDataRightRequest")


@_attrs_define
class GetDataRightRequest:
    """Read one specific data right at the given position. An exception will be thrown if non existing position is
    specified.

        Attributes:
            role_id (int | None):
            table_name (None | str):
            relation_to_owner (None | RelationToOwnerType):
    """

    role_id: int | None
    table_name: None | str
    relation_to_owner: None | RelationToOwnerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id: int | None = self.role_id

        table_name: None | str = self.table_name

        relation_to_owner: None | str
        if isinstance(self.relation_to_owner, RelationToOwnerType):
            relation_to_owner = self.relation_to_owner.value
        else:
            relation_to_owner = self.relation_to_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RoleId": role_id,
                "TableName": table_name,
                "RelationToOwner": relation_to_owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id = d.pop("RoleId")
        if not (
            role_id is None
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        table_name = d.pop("TableName")
        if not (table_name is None or (isinstance(table_name, (str,)))):
            raise TypeError(
                f"TableName: expected None | str, got {type(table_name).__name__}"
            )

        relation_to_owner = d.pop("RelationToOwner")
        if relation_to_owner is not None:
            try:
                if not isinstance(relation_to_owner, str):
                    raise TypeError()
                relation_to_owner_type_0 = RelationToOwnerType(relation_to_owner)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"RelationToOwner: expected None | RelationToOwnerType, got {type(relation_to_owner).__name__}"
                ) from error
            relation_to_owner = relation_to_owner_type_0

        get_data_right_request = cls(
            role_id=role_id,
            table_name=table_name,
            relation_to_owner=relation_to_owner,
        )

        get_data_right_request.additional_properties = d
        return get_data_right_request

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
