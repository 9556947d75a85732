from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class ModuleLicenseLink(Carrier):
    """A module license, assigned or not to the user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        module_license_id (int | None): Primary key
        name (str | None): Module name
        description (str | None):
        tooltip (str | None):
        assigned (bool | None): Is the license assigned to the user
        can_assign (bool | None): Can the license be assigned or unassigned by the current user
        unrestricted (bool | None): Is this an unrestricted license
        is_hidden (bool | None):
        extra_flags (int | None):
        free (int | None): Number of free licenses
        in_use (int | None): Number of licenses in use
        total (int | None): Total number of licenses
        prerequisite_module_name (str | None):
        sort_order (int | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    module_license_id: int | None = None
    name: str | None = None
    description: str | None = None
    tooltip: str | None = None
    assigned: bool | None = None
    can_assign: bool | None = None
    unrestricted: bool | None = None
    is_hidden: bool | None = None
    extra_flags: int | None = None
    free: int | None = None
    in_use: int | None = None
    total: int | None = None
    prerequisite_module_name: str | None = None
    sort_order: int | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "module_license_id": "ModuleLicenseId",
        "name": "Name",
        "description": "Description",
        "tooltip": "Tooltip",
        "assigned": "Assigned",
        "can_assign": "CanAssign",
        "unrestricted": "Unrestricted",
        "is_hidden": "IsHidden",
        "extra_flags": "ExtraFlags",
        "free": "Free",
        "in_use": "InUse",
        "total": "Total",
        "prerequisite_module_name": "PrerequisiteModuleName",
        "sort_order": "SortOrder",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        module_license_id: int | None = NOT_SET,
        name: str | None = NOT_SET,
        description: str | None = NOT_SET,
        tooltip: str | None = NOT_SET,
        assigned: bool | None = NOT_SET,
        can_assign: bool | None = NOT_SET,
        unrestricted: bool | None = NOT_SET,
        is_hidden: bool | None = NOT_SET,
        extra_flags: int | None = NOT_SET,
        free: int | None = NOT_SET,
        in_use: int | None = NOT_SET,
        total: int | None = NOT_SET,
        prerequisite_module_name: str | None = NOT_SET,
        sort_order: int | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if module_license_id is not NOT_SET:
            d["module_license_id"] = module_license_id
        if name is not NOT_SET:
            d["name"] = name
        if description is not NOT_SET:
            d["description"] = description
        if tooltip is not NOT_SET:
            d["tooltip"] = tooltip
        if assigned is not NOT_SET:
            d["assigned"] = assigned
        if can_assign is not NOT_SET:
            d["can_assign"] = can_assign
        if unrestricted is not NOT_SET:
            d["unrestricted"] = unrestricted
        if is_hidden is not NOT_SET:
            d["is_hidden"] = is_hidden
        if extra_flags is not NOT_SET:
            d["extra_flags"] = extra_flags
        if free is not NOT_SET:
            d["free"] = free
        if in_use is not NOT_SET:
            d["in_use"] = in_use
        if total is not NOT_SET:
            d["total"] = total
        if prerequisite_module_name is not NOT_SET:
            d["prerequisite_module_name"] = prerequisite_module_name
        if sort_order is not NOT_SET:
            d["sort_order"] = sort_order
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
        if "module_license_id" in s:
            field_dict["ModuleLicenseId"] = s["module_license_id"]
        if "name" in s:
            field_dict["Name"] = s["name"]
        if "description" in s:
            field_dict["Description"] = s["description"]
        if "tooltip" in s:
            field_dict["Tooltip"] = s["tooltip"]
        if "assigned" in s:
            field_dict["Assigned"] = s["assigned"]
        if "can_assign" in s:
            field_dict["CanAssign"] = s["can_assign"]
        if "unrestricted" in s:
            field_dict["Unrestricted"] = s["unrestricted"]
        if "is_hidden" in s:
            field_dict["IsHidden"] = s["is_hidden"]
        if "extra_flags" in s:
            field_dict["ExtraFlags"] = s["extra_flags"]
        if "free" in s:
            field_dict["Free"] = s["free"]
        if "in_use" in s:
            field_dict["InUse"] = s["in_use"]
        if "total" in s:
            field_dict["Total"] = s["total"]
        if "prerequisite_module_name" in s:
            field_dict["PrerequisiteModuleName"] = s["prerequisite_module_name"]
        if "sort_order" in s:
            field_dict["SortOrder"] = s["sort_order"]
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
        v = g("ModuleLicenseId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ModuleLicenseId: expected int | None, got {type(v).__name__}"
                    )
            d["module_license_id"] = v

        v = g("Name", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Name: expected None | str, got {type(v).__name__}"
                    )
            d["name"] = v

        v = g("Description", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Description: expected None | str, got {type(v).__name__}"
                    )
            d["description"] = v

        v = g("Tooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Tooltip: expected None | str, got {type(v).__name__}"
                    )
            d["tooltip"] = v

        v = g("Assigned", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Assigned: expected bool | None, got {type(v).__name__}"
                    )
            d["assigned"] = v

        v = g("CanAssign", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"CanAssign: expected bool | None, got {type(v).__name__}"
                    )
            d["can_assign"] = v

        v = g("Unrestricted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Unrestricted: expected bool | None, got {type(v).__name__}"
                    )
            d["unrestricted"] = v

        v = g("IsHidden", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsHidden: expected bool | None, got {type(v).__name__}"
                    )
            d["is_hidden"] = v

        v = g("ExtraFlags", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ExtraFlags: expected int | None, got {type(v).__name__}"
                    )
            d["extra_flags"] = v

        v = g("Free", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Free: expected int | None, got {type(v).__name__}"
                    )
            d["free"] = v

        v = g("InUse", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"InUse: expected int | None, got {type(v).__name__}"
                    )
            d["in_use"] = v

        v = g("Total", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Total: expected int | None, got {type(v).__name__}"
                    )
            d["total"] = v

        v = g("PrerequisiteModuleName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"PrerequisiteModuleName: expected None | str, got {type(v).__name__}"
                    )
            d["prerequisite_module_name"] = v

        v = g("SortOrder", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"SortOrder: expected int | None, got {type(v).__name__}"
                    )
            d["sort_order"] = v

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


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
