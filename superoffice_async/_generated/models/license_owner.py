from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseOwner")


@_attrs_define
class LicenseOwner:
    """The module licenses of one license owner.

    Attributes:
        name (None | str | Unset): Name of the license owner
        description (None | str | Unset):
        restricted_module_licenses (list[ModuleLicenseLink] | None | Unset):
        unrestricted_module_licenses (list[ModuleLicenseLink] | None | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    restricted_module_licenses: list[ModuleLicenseLink] | None | Unset = UNSET
    unrestricted_module_licenses: list[ModuleLicenseLink] | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        description: None | str | Unset = self.description

        restricted_module_licenses: list[dict[str, Any]] | None | Unset
        if isinstance(self.restricted_module_licenses, Unset):
            restricted_module_licenses = UNSET
        elif isinstance(self.restricted_module_licenses, list):
            restricted_module_licenses = []
            for (
                restricted_module_licenses_type_0_item_data
            ) in self.restricted_module_licenses:
                restricted_module_licenses_type_0_item = (
                    restricted_module_licenses_type_0_item_data.to_dict()
                )
                restricted_module_licenses.append(
                    restricted_module_licenses_type_0_item
                )

        else:
            restricted_module_licenses = self.restricted_module_licenses

        unrestricted_module_licenses: list[dict[str, Any]] | None | Unset
        if isinstance(self.unrestricted_module_licenses, Unset):
            unrestricted_module_licenses = UNSET
        elif isinstance(self.unrestricted_module_licenses, list):
            unrestricted_module_licenses = []
            for (
                unrestricted_module_licenses_type_0_item_data
            ) in self.unrestricted_module_licenses:
                unrestricted_module_licenses_type_0_item = (
                    unrestricted_module_licenses_type_0_item_data.to_dict()
                )
                unrestricted_module_licenses.append(
                    unrestricted_module_licenses_type_0_item
                )

        else:
            unrestricted_module_licenses = self.unrestricted_module_licenses

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
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if restricted_module_licenses is not UNSET:
            field_dict["RestrictedModuleLicenses"] = restricted_module_licenses
        if unrestricted_module_licenses is not UNSET:
            field_dict["UnrestrictedModuleLicenses"] = unrestricted_module_licenses
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        restricted_module_licenses = d.pop("RestrictedModuleLicenses", UNSET)
        if (
            restricted_module_licenses is not None
            and restricted_module_licenses is not UNSET
        ):
            try:
                if not isinstance(restricted_module_licenses, list):
                    raise TypeError()
                restricted_module_licenses_type_0 = []
                _restricted_module_licenses_type_0 = restricted_module_licenses
                for (
                    restricted_module_licenses_type_0_item_data
                ) in _restricted_module_licenses_type_0:
                    restricted_module_licenses_type_0_item = (
                        ModuleLicenseLink.from_dict(
                            restricted_module_licenses_type_0_item_data
                        )
                    )

                    restricted_module_licenses_type_0.append(
                        restricted_module_licenses_type_0_item
                    )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"RestrictedModuleLicenses: expected list[ModuleLicenseLink] | None, got {type(restricted_module_licenses).__name__}"
                ) from error
            restricted_module_licenses = restricted_module_licenses_type_0

        unrestricted_module_licenses = d.pop("UnrestrictedModuleLicenses", UNSET)
        if (
            unrestricted_module_licenses is not None
            and unrestricted_module_licenses is not UNSET
        ):
            try:
                if not isinstance(unrestricted_module_licenses, list):
                    raise TypeError()
                unrestricted_module_licenses_type_0 = []
                _unrestricted_module_licenses_type_0 = unrestricted_module_licenses
                for (
                    unrestricted_module_licenses_type_0_item_data
                ) in _unrestricted_module_licenses_type_0:
                    unrestricted_module_licenses_type_0_item = (
                        ModuleLicenseLink.from_dict(
                            unrestricted_module_licenses_type_0_item_data
                        )
                    )

                    unrestricted_module_licenses_type_0.append(
                        unrestricted_module_licenses_type_0_item
                    )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"UnrestrictedModuleLicenses: expected list[ModuleLicenseLink] | None, got {type(unrestricted_module_licenses).__name__}"
                ) from error
            unrestricted_module_licenses = unrestricted_module_licenses_type_0

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

        license_owner = cls(
            name=name,
            description=description,
            restricted_module_licenses=restricted_module_licenses,
            unrestricted_module_licenses=unrestricted_module_licenses,
            table_right=table_right,
            field_properties=field_properties,
        )

        license_owner.additional_properties = d
        return license_owner

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
from ..models.module_license_link import ModuleLicenseLink
from ..models.table_right import TableRight
