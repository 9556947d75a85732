from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_type import LicenseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrantedModuleLicense")


@_attrs_define
class GrantedModuleLicense:
    """Represents a single module license granted to a user.

    Attributes:
        owner_id (int | None | Unset): Primary key of the ModuleOwner row.
        owner_name (None | str | Unset): Unique name identifying the module owner. Must match primer data installed by
            module. e.g. "SUPEROFFICE" or "ADWIZA"
        owner_description (None | str | Unset): Description of the owner module as shown in the user interface.
        module_id (int | None | Unset): Primary key for ModuleLicense row
        name (None | str | Unset): Unique name identifying the module. e.g. "WINCAL" or "SUPERSERVER"
        description (None | str | Unset): Name of the module as shown in the user interface.
        version (None | str | Unset): Version of the module license (for future use).
        license_type (LicenseType | None | str | Unset): Type of license: site(1), satellite(2), user(3)
        extra_flags (int | None | Unset): Any additional data the license module needs.
        extra_info (None | str | Unset): Any additional data the license module needs.
        sort_order (int | None | Unset): Order in which licenses are sorted in the license calculations.
        license_number (int | None | Unset): Number of licenses granted.
        is_hidden (bool | None | Unset): Is the license hidden from the user? Hidden licenses are usually feature-
            specific, part of a larger bundle.
        is_unrestricted (bool | None | Unset): Is the license limited to the number of licenses?
        expiry_date (datetime.datetime | None | Unset): Expiry date for the license.
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    owner_id: int | None | Unset = UNSET
    owner_name: None | str | Unset = UNSET
    owner_description: None | str | Unset = UNSET
    module_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    license_type: LicenseType | None | str | Unset = UNSET
    extra_flags: int | None | Unset = UNSET
    extra_info: None | str | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    license_number: int | None | Unset = UNSET
    is_hidden: bool | None | Unset = UNSET
    is_unrestricted: bool | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id: int | None | Unset = self.owner_id

        owner_name: None | str | Unset = self.owner_name

        owner_description: None | str | Unset = self.owner_description

        module_id: int | None | Unset = self.module_id

        name: None | str | Unset = self.name

        description: None | str | Unset = self.description

        version: None | str | Unset = self.version

        license_type: None | str | Unset
        if isinstance(self.license_type, Unset):
            license_type = UNSET
        elif isinstance(self.license_type, LicenseType):
            license_type = self.license_type.value
        else:
            license_type = self.license_type

        extra_flags: int | None | Unset = self.extra_flags

        extra_info: None | str | Unset = self.extra_info

        sort_order: int | None | Unset = self.sort_order

        license_number: int | None | Unset = self.license_number

        is_hidden: bool | None | Unset = self.is_hidden

        is_unrestricted: bool | None | Unset = self.is_unrestricted

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

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
        if owner_id is not UNSET:
            field_dict["OwnerId"] = owner_id
        if owner_name is not UNSET:
            field_dict["OwnerName"] = owner_name
        if owner_description is not UNSET:
            field_dict["OwnerDescription"] = owner_description
        if module_id is not UNSET:
            field_dict["ModuleId"] = module_id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if version is not UNSET:
            field_dict["Version"] = version
        if license_type is not UNSET:
            field_dict["LicenseType"] = license_type
        if extra_flags is not UNSET:
            field_dict["ExtraFlags"] = extra_flags
        if extra_info is not UNSET:
            field_dict["ExtraInfo"] = extra_info
        if sort_order is not UNSET:
            field_dict["SortOrder"] = sort_order
        if license_number is not UNSET:
            field_dict["LicenseNumber"] = license_number
        if is_hidden is not UNSET:
            field_dict["IsHidden"] = is_hidden
        if is_unrestricted is not UNSET:
            field_dict["IsUnrestricted"] = is_unrestricted
        if expiry_date is not UNSET:
            field_dict["ExpiryDate"] = expiry_date
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_id = d.pop("OwnerId", UNSET)
        if not (
            owner_id is None
            or owner_id is UNSET
            or (isinstance(owner_id, (int,)) and not isinstance(owner_id, bool))
        ):
            raise TypeError(
                f"OwnerId: expected int | None, got {type(owner_id).__name__}"
            )

        owner_name = d.pop("OwnerName", UNSET)
        if not (
            owner_name is None
            or owner_name is UNSET
            or (isinstance(owner_name, (str,)))
        ):
            raise TypeError(
                f"OwnerName: expected None | str, got {type(owner_name).__name__}"
            )

        owner_description = d.pop("OwnerDescription", UNSET)
        if not (
            owner_description is None
            or owner_description is UNSET
            or (isinstance(owner_description, (str,)))
        ):
            raise TypeError(
                f"OwnerDescription: expected None | str, got {type(owner_description).__name__}"
            )

        module_id = d.pop("ModuleId", UNSET)
        if not (
            module_id is None
            or module_id is UNSET
            or (isinstance(module_id, (int,)) and not isinstance(module_id, bool))
        ):
            raise TypeError(
                f"ModuleId: expected int | None, got {type(module_id).__name__}"
            )

        name = d.pop("Name", UNSET)
        if not (name is None or name is UNSET or (isinstance(name, (str,)))):
            raise TypeError(f"Name: expected None | str, got {type(name).__name__}")

        description = d.pop("Description", UNSET)
        if not (
            description is None
            or description is UNSET
            or (isinstance(description, (str,)))
        ):
            raise TypeError(
                f"Description: expected None | str, got {type(description).__name__}"
            )

        version = d.pop("Version", UNSET)
        if not (version is None or version is UNSET or (isinstance(version, (str,)))):
            raise TypeError(
                f"Version: expected None | str, got {type(version).__name__}"
            )

        license_type = d.pop("LicenseType", UNSET)
        if license_type is not None and license_type is not UNSET:

            def _parse_license_type(data: object) -> LicenseType | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    license_type_type_0 = LicenseType(data)

                    return license_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(LicenseType | None | str | Unset, data)
                raise TypeError(
                    f"LicenseType: expected LicenseType | None | str, got {type(data).__name__}"
                ) from _error

            license_type = _parse_license_type(license_type)

        extra_flags = d.pop("ExtraFlags", UNSET)
        if not (
            extra_flags is None
            or extra_flags is UNSET
            or (isinstance(extra_flags, (int,)) and not isinstance(extra_flags, bool))
        ):
            raise TypeError(
                f"ExtraFlags: expected int | None, got {type(extra_flags).__name__}"
            )

        extra_info = d.pop("ExtraInfo", UNSET)
        if not (
            extra_info is None
            or extra_info is UNSET
            or (isinstance(extra_info, (str,)))
        ):
            raise TypeError(
                f"ExtraInfo: expected None | str, got {type(extra_info).__name__}"
            )

        sort_order = d.pop("SortOrder", UNSET)
        if not (
            sort_order is None
            or sort_order is UNSET
            or (isinstance(sort_order, (int,)) and not isinstance(sort_order, bool))
        ):
            raise TypeError(
                f"SortOrder: expected int | None, got {type(sort_order).__name__}"
            )

        license_number = d.pop("LicenseNumber", UNSET)
        if not (
            license_number is None
            or license_number is UNSET
            or (
                isinstance(license_number, (int,))
                and not isinstance(license_number, bool)
            )
        ):
            raise TypeError(
                f"LicenseNumber: expected int | None, got {type(license_number).__name__}"
            )

        is_hidden = d.pop("IsHidden", UNSET)
        if not (
            is_hidden is None or is_hidden is UNSET or (isinstance(is_hidden, (bool,)))
        ):
            raise TypeError(
                f"IsHidden: expected bool | None, got {type(is_hidden).__name__}"
            )

        is_unrestricted = d.pop("IsUnrestricted", UNSET)
        if not (
            is_unrestricted is None
            or is_unrestricted is UNSET
            or (isinstance(is_unrestricted, (bool,)))
        ):
            raise TypeError(
                f"IsUnrestricted: expected bool | None, got {type(is_unrestricted).__name__}"
            )

        expiry_date = d.pop("ExpiryDate", UNSET)
        if expiry_date is not None and expiry_date is not UNSET:
            try:
                if not isinstance(expiry_date, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(expiry_date)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ExpiryDate: expected datetime.datetime | None, got {type(expiry_date).__name__}"
                ) from error
            expiry_date = expiry_date_type_0

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

        granted_module_license = cls(
            owner_id=owner_id,
            owner_name=owner_name,
            owner_description=owner_description,
            module_id=module_id,
            name=name,
            description=description,
            version=version,
            license_type=license_type,
            extra_flags=extra_flags,
            extra_info=extra_info,
            sort_order=sort_order,
            license_number=license_number,
            is_hidden=is_hidden,
            is_unrestricted=is_unrestricted,
            expiry_date=expiry_date,
            table_right=table_right,
            field_properties=field_properties,
        )

        granted_module_license.additional_properties = d
        return granted_module_license

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


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
