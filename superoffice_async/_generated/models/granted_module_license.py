from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.license_type import LicenseType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class GrantedModuleLicense(Carrier):
    """Represents a single module license granted to a user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        owner_id (int | None): Primary key of the ModuleOwner row.
        owner_name (str | None): Unique name identifying the module owner. Must match primer data installed by
            module. e.g. "SUPEROFFICE" or "ADWIZA"
        owner_description (str | None): Description of the owner module as shown in the user interface.
        module_id (int | None): Primary key for ModuleLicense row
        name (str | None): Unique name identifying the module. e.g. "WINCAL" or "SUPERSERVER"
        description (str | None): Name of the module as shown in the user interface.
        version (str | None): Version of the module license (for future use).
        license_type (LicenseType | None): Type of license: site(1), satellite(2), user(3)
        extra_flags (int | None): Any additional data the license module needs.
        extra_info (str | None): Any additional data the license module needs.
        sort_order (int | None): Order in which licenses are sorted in the license calculations.
        license_number (int | None): Number of licenses granted.
        is_hidden (bool | None): Is the license hidden from the user? Hidden licenses are usually feature-
            specific, part of a larger bundle.
        is_unrestricted (bool | None): Is the license limited to the number of licenses?
        expiry_date (datetime.datetime | None): Expiry date for the license.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    owner_id: int | None = None
    owner_name: str | None = None
    owner_description: str | None = None
    module_id: int | None = None
    name: str | None = None
    description: str | None = None
    version: str | None = None
    license_type: LicenseType | None = None
    extra_flags: int | None = None
    extra_info: str | None = None
    sort_order: int | None = None
    license_number: int | None = None
    is_hidden: bool | None = None
    is_unrestricted: bool | None = None
    expiry_date: datetime.datetime | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "owner_id": "OwnerId",
        "owner_name": "OwnerName",
        "owner_description": "OwnerDescription",
        "module_id": "ModuleId",
        "name": "Name",
        "description": "Description",
        "version": "Version",
        "license_type": "LicenseType",
        "extra_flags": "ExtraFlags",
        "extra_info": "ExtraInfo",
        "sort_order": "SortOrder",
        "license_number": "LicenseNumber",
        "is_hidden": "IsHidden",
        "is_unrestricted": "IsUnrestricted",
        "expiry_date": "ExpiryDate",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        owner_id: int | None = NOT_SET,
        owner_name: str | None = NOT_SET,
        owner_description: str | None = NOT_SET,
        module_id: int | None = NOT_SET,
        name: str | None = NOT_SET,
        description: str | None = NOT_SET,
        version: str | None = NOT_SET,
        license_type: LicenseType | None = NOT_SET,
        extra_flags: int | None = NOT_SET,
        extra_info: str | None = NOT_SET,
        sort_order: int | None = NOT_SET,
        license_number: int | None = NOT_SET,
        is_hidden: bool | None = NOT_SET,
        is_unrestricted: bool | None = NOT_SET,
        expiry_date: datetime.datetime | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if owner_id is not NOT_SET:
            d["owner_id"] = owner_id
        if owner_name is not NOT_SET:
            d["owner_name"] = owner_name
        if owner_description is not NOT_SET:
            d["owner_description"] = owner_description
        if module_id is not NOT_SET:
            d["module_id"] = module_id
        if name is not NOT_SET:
            d["name"] = name
        if description is not NOT_SET:
            d["description"] = description
        if version is not NOT_SET:
            d["version"] = version
        if license_type is not NOT_SET:
            d["license_type"] = license_type
        if extra_flags is not NOT_SET:
            d["extra_flags"] = extra_flags
        if extra_info is not NOT_SET:
            d["extra_info"] = extra_info
        if sort_order is not NOT_SET:
            d["sort_order"] = sort_order
        if license_number is not NOT_SET:
            d["license_number"] = license_number
        if is_hidden is not NOT_SET:
            d["is_hidden"] = is_hidden
        if is_unrestricted is not NOT_SET:
            d["is_unrestricted"] = is_unrestricted
        if expiry_date is not NOT_SET:
            d["expiry_date"] = expiry_date
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
        if "owner_id" in s:
            field_dict["OwnerId"] = s["owner_id"]
        if "owner_name" in s:
            field_dict["OwnerName"] = s["owner_name"]
        if "owner_description" in s:
            field_dict["OwnerDescription"] = s["owner_description"]
        if "module_id" in s:
            field_dict["ModuleId"] = s["module_id"]
        if "name" in s:
            field_dict["Name"] = s["name"]
        if "description" in s:
            field_dict["Description"] = s["description"]
        if "version" in s:
            field_dict["Version"] = s["version"]
        if "license_type" in s:
            field_dict["LicenseType"] = s["license_type"]
        if "extra_flags" in s:
            field_dict["ExtraFlags"] = s["extra_flags"]
        if "extra_info" in s:
            field_dict["ExtraInfo"] = s["extra_info"]
        if "sort_order" in s:
            field_dict["SortOrder"] = s["sort_order"]
        if "license_number" in s:
            field_dict["LicenseNumber"] = s["license_number"]
        if "is_hidden" in s:
            field_dict["IsHidden"] = s["is_hidden"]
        if "is_unrestricted" in s:
            field_dict["IsUnrestricted"] = s["is_unrestricted"]
        v = s.get("expiry_date", NOT_SET)
        if v is not NOT_SET:
            field_dict["ExpiryDate"] = None if v is None else v.isoformat()
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
        v = g("OwnerId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"OwnerId: expected int | None, got {type(v).__name__}"
                    )
            d["owner_id"] = v

        v = g("OwnerName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"OwnerName: expected None | str, got {type(v).__name__}"
                    )
            d["owner_name"] = v

        v = g("OwnerDescription", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"OwnerDescription: expected None | str, got {type(v).__name__}"
                    )
            d["owner_description"] = v

        v = g("ModuleId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ModuleId: expected int | None, got {type(v).__name__}"
                    )
            d["module_id"] = v

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

        v = g("Version", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Version: expected None | str, got {type(v).__name__}"
                    )
            d["version"] = v

        v = g("LicenseType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = LicenseType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"LicenseType: expected LicenseType | None | str, got {type(v).__name__}"
                    ) from error
            d["license_type"] = v

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

        v = g("ExtraInfo", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ExtraInfo: expected None | str, got {type(v).__name__}"
                    )
            d["extra_info"] = v

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

        v = g("LicenseNumber", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"LicenseNumber: expected int | None, got {type(v).__name__}"
                    )
            d["license_number"] = v

        v = g("IsHidden", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsHidden: expected bool | None, got {type(v).__name__}"
                    )
            d["is_hidden"] = v

        v = g("IsUnrestricted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsUnrestricted: expected bool | None, got {type(v).__name__}"
                    )
            d["is_unrestricted"] = v

        v = g("ExpiryDate", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ExpiryDate: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["expiry_date"] = v

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
