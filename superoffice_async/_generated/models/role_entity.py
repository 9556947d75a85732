from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleEntity")


@_attrs_define
class RoleEntity:
    """
    Attributes:
        role_id (int | None | Unset): Primary key
        name (None | str | Unset): Visible role name
        tooltip (None | str | Unset): Description of the role.
        role_type (None | RoleType | str | Unset): The role type. Note that changing this field has no effect, so treat
            this as a read-only field.
        deleted (int | None | Unset): 1 if role has been deleted (we do not actually delete)
        rank (int | None | Unset): Sorting rank of this role in lists
        created (datetime.datetime | None | Unset): Registered when in UTC.
        use_categories (int | None | Unset): Apply role category membership to users
        created_by (Associate | None | Unset): Created by user
        updated (datetime.datetime | None | Unset): Last updated when in UTC.
        updated_by (Associate | None | Unset): Last updated by user
        data_rights (DataRights | None | Unset): Data rights matrix - defines role's access to data owned by current
            user, users in same group, and other users.
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    role_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    role_type: None | RoleType | str | Unset = UNSET
    deleted: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    use_categories: int | None | Unset = UNSET
    created_by: Associate | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    updated_by: Associate | None | Unset = UNSET
    data_rights: DataRights | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id: int | None | Unset = self.role_id

        name: None | str | Unset = self.name

        tooltip: None | str | Unset = self.tooltip

        role_type: None | str | Unset
        if isinstance(self.role_type, Unset):
            role_type = UNSET
        elif isinstance(self.role_type, RoleType):
            role_type = self.role_type.value
        else:
            role_type = self.role_type

        deleted: int | None | Unset = self.deleted

        rank: int | None | Unset = self.rank

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        use_categories: int | None | Unset = self.use_categories

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, Associate):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        updated_by: dict[str, Any] | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, Associate):
            updated_by = self.updated_by.to_dict()
        else:
            updated_by = self.updated_by

        data_rights: dict[str, Any] | None | Unset
        if isinstance(self.data_rights, Unset):
            data_rights = UNSET
        elif isinstance(self.data_rights, DataRights):
            data_rights = self.data_rights.to_dict()
        else:
            data_rights = self.data_rights

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
        if role_id is not UNSET:
            field_dict["RoleId"] = role_id
        if name is not UNSET:
            field_dict["Name"] = name
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if role_type is not UNSET:
            field_dict["RoleType"] = role_type
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if created is not UNSET:
            field_dict["Created"] = created
        if use_categories is not UNSET:
            field_dict["UseCategories"] = use_categories
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if updated is not UNSET:
            field_dict["Updated"] = updated
        if updated_by is not UNSET:
            field_dict["UpdatedBy"] = updated_by
        if data_rights is not UNSET:
            field_dict["DataRights"] = data_rights
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id = d.pop("RoleId", UNSET)
        if not (
            role_id is None
            or role_id is UNSET
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        name = d.pop("Name", UNSET)
        if not (name is None or name is UNSET or (isinstance(name, (str,)))):
            raise TypeError(f"Name: expected None | str, got {type(name).__name__}")

        tooltip = d.pop("Tooltip", UNSET)
        if not (tooltip is None or tooltip is UNSET or (isinstance(tooltip, (str,)))):
            raise TypeError(
                f"Tooltip: expected None | str, got {type(tooltip).__name__}"
            )

        role_type = d.pop("RoleType", UNSET)
        if role_type is not None and role_type is not UNSET:

            def _parse_role_type(data: object) -> None | RoleType | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_0 = RoleType(data)

                    return role_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(None | RoleType | str | Unset, data)
                raise TypeError(
                    f"RoleType: expected None | RoleType | str, got {type(data).__name__}"
                ) from _error

            role_type = _parse_role_type(role_type)

        deleted = d.pop("Deleted", UNSET)
        if not (
            deleted is None
            or deleted is UNSET
            or (isinstance(deleted, (int,)) and not isinstance(deleted, bool))
        ):
            raise TypeError(
                f"Deleted: expected int | None, got {type(deleted).__name__}"
            )

        rank = d.pop("Rank", UNSET)
        if not (
            rank is None
            or rank is UNSET
            or (isinstance(rank, (int,)) and not isinstance(rank, bool))
        ):
            raise TypeError(f"Rank: expected int | None, got {type(rank).__name__}")

        created = d.pop("Created", UNSET)
        if created is not None and created is not UNSET:
            try:
                if not isinstance(created, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(created)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Created: expected datetime.datetime | None, got {type(created).__name__}"
                ) from error
            created = created_type_0

        use_categories = d.pop("UseCategories", UNSET)
        if not (
            use_categories is None
            or use_categories is UNSET
            or (
                isinstance(use_categories, (int,))
                and not isinstance(use_categories, bool)
            )
        ):
            raise TypeError(
                f"UseCategories: expected int | None, got {type(use_categories).__name__}"
            )

        created_by = d.pop("CreatedBy", UNSET)
        if created_by is not None and created_by is not UNSET:
            try:
                if not isinstance(created_by, dict):
                    raise TypeError()
                created_by_type_0 = Associate.from_dict(created_by)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"CreatedBy: expected Associate | None, got {type(created_by).__name__}"
                ) from error
            created_by = created_by_type_0

        updated = d.pop("Updated", UNSET)
        if updated is not None and updated is not UNSET:
            try:
                if not isinstance(updated, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(updated)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Updated: expected datetime.datetime | None, got {type(updated).__name__}"
                ) from error
            updated = updated_type_0

        updated_by = d.pop("UpdatedBy", UNSET)
        if updated_by is not None and updated_by is not UNSET:
            try:
                if not isinstance(updated_by, dict):
                    raise TypeError()
                updated_by_type_0 = Associate.from_dict(updated_by)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"UpdatedBy: expected Associate | None, got {type(updated_by).__name__}"
                ) from error
            updated_by = updated_by_type_0

        data_rights = d.pop("DataRights", UNSET)
        if data_rights is not None and data_rights is not UNSET:
            try:
                if not isinstance(data_rights, dict):
                    raise TypeError()
                data_rights_type_0 = DataRights.from_dict(data_rights)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"DataRights: expected DataRights | None, got {type(data_rights).__name__}"
                ) from error
            data_rights = data_rights_type_0

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

        role_entity = cls(
            role_id=role_id,
            name=name,
            tooltip=tooltip,
            role_type=role_type,
            deleted=deleted,
            rank=rank,
            created=created,
            use_categories=use_categories,
            created_by=created_by,
            updated=updated,
            updated_by=updated_by,
            data_rights=data_rights,
            table_right=table_right,
            field_properties=field_properties,
        )

        role_entity.additional_properties = d
        return role_entity

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


from ..models.associate import Associate
from ..models.data_rights import DataRights
from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
