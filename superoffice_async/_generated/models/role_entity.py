from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.role_type import RoleType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class RoleEntity(Carrier):
    """The RoleEntity carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id (int | None): Primary key
        name (str | None): Visible role name
        tooltip (str | None): Description of the role.
        role_type (RoleType | None): The role type. Note that changing this field has no effect, so treat this as a
            read-only field.
        deleted (int | None): 1 if role has been deleted (we do not actually delete)
        rank (int | None): Sorting rank of this role in lists
        created (datetime.datetime | None): Registered when in UTC.
        use_categories (int | None): Apply role category membership to users
        created_by (Associate | None): Created by user
        updated (datetime.datetime | None): Last updated when in UTC.
        updated_by (Associate | None): Last updated by user
        data_rights (DataRights | None): Data rights matrix - defines role's access to data owned by current user, users
            in same group, and other users.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    role_id: int | None = None
    name: str | None = None
    tooltip: str | None = None
    role_type: RoleType | None = None
    deleted: int | None = None
    rank: int | None = None
    created: datetime.datetime | None = None
    use_categories: int | None = None
    created_by: Associate | None = None
    updated: datetime.datetime | None = None
    updated_by: Associate | None = None
    data_rights: DataRights | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "role_id": "RoleId",
        "name": "Name",
        "tooltip": "Tooltip",
        "role_type": "RoleType",
        "deleted": "Deleted",
        "rank": "Rank",
        "created": "Created",
        "use_categories": "UseCategories",
        "created_by": "CreatedBy",
        "updated": "Updated",
        "updated_by": "UpdatedBy",
        "data_rights": "DataRights",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        role_id: int | None = NOT_SET,
        name: str | None = NOT_SET,
        tooltip: str | None = NOT_SET,
        role_type: RoleType | None = NOT_SET,
        deleted: int | None = NOT_SET,
        rank: int | None = NOT_SET,
        created: datetime.datetime | None = NOT_SET,
        use_categories: int | None = NOT_SET,
        created_by: Associate | None = NOT_SET,
        updated: datetime.datetime | None = NOT_SET,
        updated_by: Associate | None = NOT_SET,
        data_rights: DataRights | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if role_id is not NOT_SET:
            d["role_id"] = role_id
        if name is not NOT_SET:
            d["name"] = name
        if tooltip is not NOT_SET:
            d["tooltip"] = tooltip
        if role_type is not NOT_SET:
            d["role_type"] = role_type
        if deleted is not NOT_SET:
            d["deleted"] = deleted
        if rank is not NOT_SET:
            d["rank"] = rank
        if created is not NOT_SET:
            d["created"] = created
        if use_categories is not NOT_SET:
            d["use_categories"] = use_categories
        if created_by is not NOT_SET:
            d["created_by"] = created_by
        if updated is not NOT_SET:
            d["updated"] = updated
        if updated_by is not NOT_SET:
            d["updated_by"] = updated_by
        if data_rights is not NOT_SET:
            d["data_rights"] = data_rights
        if table_right is not NOT_SET:
            d["table_right"] = table_right
        if field_properties is not NOT_SET:
            d["field_properties"] = field_properties

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, Any] | None = self.__dict__.get("_extra")
        if found is None:
            found = self.__dict__["_extra"] = {}
        return found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["_extra"] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        s = self.__dict__
        extra = s.get("_extra")
        field_dict: dict[str, Any] = dict(extra) if extra else {}
        if "role_id" in s:
            field_dict["RoleId"] = s["role_id"]
        if "name" in s:
            field_dict["Name"] = s["name"]
        if "tooltip" in s:
            field_dict["Tooltip"] = s["tooltip"]
        if "role_type" in s:
            field_dict["RoleType"] = s["role_type"]
        if "deleted" in s:
            field_dict["Deleted"] = s["deleted"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        v = s.get("created", NOT_SET)
        if v is not NOT_SET:
            field_dict["Created"] = None if v is None else v.isoformat()
        if "use_categories" in s:
            field_dict["UseCategories"] = s["use_categories"]
        v = s.get("created_by", NOT_SET)
        if v is not NOT_SET:
            field_dict["CreatedBy"] = None if v is None else v.to_dict()
        v = s.get("updated", NOT_SET)
        if v is not NOT_SET:
            field_dict["Updated"] = None if v is None else v.isoformat()
        v = s.get("updated_by", NOT_SET)
        if v is not NOT_SET:
            field_dict["UpdatedBy"] = None if v is None else v.to_dict()
        v = s.get("data_rights", NOT_SET)
        if v is not NOT_SET:
            field_dict["DataRights"] = None if v is None else v.to_dict()
        v = s.get("table_right", NOT_SET)
        if v is not NOT_SET:
            field_dict["TableRight"] = None if v is None else v.to_dict()
        v = s.get("field_properties", NOT_SET)
        if v is not NOT_SET:
            field_dict["FieldProperties"] = None if v is None else v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("RoleId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"RoleId: expected int | None, got {type(v).__name__}"
                    )
            d["role_id"] = v

        v = g("Name", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Name: expected None | str, got {type(v).__name__}"
                    )
            d["name"] = v

        v = g("Tooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Tooltip: expected None | str, got {type(v).__name__}"
                    )
            d["tooltip"] = v

        v = g("RoleType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = RoleType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"RoleType: expected None | RoleType | str, got {type(v).__name__}"
                    ) from error
            d["role_type"] = v

        v = g("Deleted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Deleted: expected int | None, got {type(v).__name__}"
                    )
            d["deleted"] = v

        v = g("Rank", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Rank: expected int | None, got {type(v).__name__}"
                    )
            d["rank"] = v

        v = g("Created", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Created: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["created"] = v

        v = g("UseCategories", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"UseCategories: expected int | None, got {type(v).__name__}"
                    )
            d["use_categories"] = v

        v = g("CreatedBy", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = Associate.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"CreatedBy: expected Associate | None, got {type(v).__name__}"
                    ) from error
            d["created_by"] = v

        v = g("Updated", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Updated: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["updated"] = v

        v = g("UpdatedBy", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = Associate.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"UpdatedBy: expected Associate | None, got {type(v).__name__}"
                    ) from error
            d["updated_by"] = v

        v = g("DataRights", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = DataRights.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"DataRights: expected DataRights | None, got {type(v).__name__}"
                    ) from error
            d["data_rights"] = v

        v = g("TableRight", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = TableRight.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"TableRight: expected None | TableRight, got {type(v).__name__}"
                    ) from error
            d["table_right"] = v

        v = g("FieldProperties", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = FieldProperties.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"FieldProperties: expected FieldProperties | None, got {type(v).__name__}"
                    ) from error
            d["field_properties"] = v

        if len(d) != len(src_dict):
            known = cls._FROM_WIRE
            found = {k: v for k, v in src_dict.items() if k not in known}
            if found:
                d["_extra"] = found
        self = object.__new__(cls)
        self.__dict__ = d
        return self

    def __getitem__(self, key: str) -> Any:
        """A value by its JSON name: a documented property that is set, or another key."""
        name = self._python_names().get(key)
        if name is not None and name in self.__dict__:
            return self.__dict__[name]  # type: ignore[no-any-return]
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` when the answer did not have ``key``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = self._python_names().get(key)
        return (
            name is not None and name in self.__dict__
        ) or key in self.additional_properties


from ..models.associate import Associate
from ..models.data_rights import DataRights
from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
