from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRights")


@_attrs_define
class DataRights:
    """
    Attributes:
        columns_info (list[RelationToOwner] | None | Unset):
        rows_info (list[EntityName] | None | Unset):
        rights (list[list[DataRight]] | None | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    columns_info: list[RelationToOwner] | None | Unset = UNSET
    rows_info: list[EntityName] | None | Unset = UNSET
    rights: list[list[DataRight]] | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.columns_info, Unset):
            columns_info = UNSET
        elif isinstance(self.columns_info, list):
            columns_info = []
            for columns_info_type_0_item_data in self.columns_info:
                columns_info_type_0_item = columns_info_type_0_item_data.to_dict()
                columns_info.append(columns_info_type_0_item)

        else:
            columns_info = self.columns_info

        rows_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.rows_info, Unset):
            rows_info = UNSET
        elif isinstance(self.rows_info, list):
            rows_info = []
            for rows_info_type_0_item_data in self.rows_info:
                rows_info_type_0_item = rows_info_type_0_item_data.to_dict()
                rows_info.append(rows_info_type_0_item)

        else:
            rows_info = self.rows_info

        rights: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, list):
            rights = []
            for rights_type_0_item_data in self.rights:
                rights_type_0_item = []
                for rights_type_0_item_item_data in rights_type_0_item_data:
                    rights_type_0_item_item = rights_type_0_item_item_data.to_dict()
                    rights_type_0_item.append(rights_type_0_item_item)

                rights.append(rights_type_0_item)

        else:
            rights = self.rights

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns_info is not UNSET:
            field_dict["ColumnsInfo"] = columns_info
        if rows_info is not UNSET:
            field_dict["RowsInfo"] = rows_info
        if rights is not UNSET:
            field_dict["Rights"] = rights
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        columns_info = d.pop("ColumnsInfo", UNSET)
        if columns_info is not None and columns_info is not UNSET:
            try:
                if not isinstance(columns_info, list):
                    raise TypeError()
                columns_info_type_0 = []
                _columns_info_type_0 = columns_info
                for columns_info_type_0_item_data in _columns_info_type_0:
                    columns_info_type_0_item = RelationToOwner.from_dict(
                        columns_info_type_0_item_data
                    )

                    columns_info_type_0.append(columns_info_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ColumnsInfo: expected list[RelationToOwner] | None, got {type(columns_info).__name__}"
                ) from error
            columns_info = columns_info_type_0

        rows_info = d.pop("RowsInfo", UNSET)
        if rows_info is not None and rows_info is not UNSET:
            try:
                if not isinstance(rows_info, list):
                    raise TypeError()
                rows_info_type_0 = []
                _rows_info_type_0 = rows_info
                for rows_info_type_0_item_data in _rows_info_type_0:
                    rows_info_type_0_item = EntityName.from_dict(
                        rows_info_type_0_item_data
                    )

                    rows_info_type_0.append(rows_info_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"RowsInfo: expected list[EntityName] | None, got {type(rows_info).__name__}"
                ) from error
            rows_info = rows_info_type_0

        rights = d.pop("Rights", UNSET)
        if rights is not None and rights is not UNSET:
            try:
                if not isinstance(rights, list):
                    raise TypeError()
                rights_type_0 = []
                _rights_type_0 = rights
                for rights_type_0_item_data in _rights_type_0:
                    rights_type_0_item = []
                    _rights_type_0_item = rights_type_0_item_data
                    for rights_type_0_item_item_data in _rights_type_0_item:
                        rights_type_0_item_item = DataRight.from_dict(
                            rights_type_0_item_item_data
                        )

                        rights_type_0_item.append(rights_type_0_item_item)

                    rights_type_0.append(rights_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Rights: expected list[list[DataRight]] | None, got {type(rights).__name__}"
                ) from error
            rights = rights_type_0

        table_right = d.pop("TableRight", UNSET)
        if table_right is not None and table_right is not UNSET:
            try:
                if not isinstance(table_right, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    table_right
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"TableRight: expected None | TableRight, got {type(table_right).__name__}"
                ) from error
            table_right = componentsschemas_nullable_table_right_type_0

        field_properties = d.pop("FieldProperties", UNSET)
        if field_properties is not None and field_properties is not UNSET:
            try:
                if not isinstance(field_properties, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(field_properties)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FieldProperties: expected FieldProperties | None, got {type(field_properties).__name__}"
                ) from error
            field_properties = componentsschemas_nullable_field_properties_type_0

        data_rights = cls(
            columns_info=columns_info,
            rows_info=rows_info,
            rights=rights,
            table_right=table_right,
            field_properties=field_properties,
        )

        data_rights.additional_properties = d
        return data_rights

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


from ..models.data_right import DataRight
from ..models.entity_name import EntityName
from ..models.field_properties import FieldProperties
from ..models.relation_to_owner import RelationToOwner
from ..models.table_right import TableRight
