from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleLicenseLink")


@_attrs_define
class ModuleLicenseLink:
    """A module license, assigned or not to the user.

    Attributes:
        module_license_id (int | None | Unset): Primary key
        name (None | str | Unset): Module name
        description (None | str | Unset):
        tooltip (None | str | Unset):
        assigned (bool | None | Unset): Is the license assigned to the user
        can_assign (bool | None | Unset): Can the license be assigned or unassigned by the current user
        unrestricted (bool | None | Unset): Is this an unrestricted license
        is_hidden (bool | None | Unset):
        extra_flags (int | None | Unset):
        free (int | None | Unset): Number of free licenses
        in_use (int | None | Unset): Number of licenses in use
        total (int | None | Unset): Total number of licenses
        prerequisite_module_name (None | str | Unset):
        sort_order (int | None | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    module_license_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    assigned: bool | None | Unset = UNSET
    can_assign: bool | None | Unset = UNSET
    unrestricted: bool | None | Unset = UNSET
    is_hidden: bool | None | Unset = UNSET
    extra_flags: int | None | Unset = UNSET
    free: int | None | Unset = UNSET
    in_use: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    prerequisite_module_name: None | str | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module_license_id: int | None | Unset = self.module_license_id

        name: None | str | Unset = self.name

        description: None | str | Unset = self.description

        tooltip: None | str | Unset = self.tooltip

        assigned: bool | None | Unset = self.assigned

        can_assign: bool | None | Unset = self.can_assign

        unrestricted: bool | None | Unset = self.unrestricted

        is_hidden: bool | None | Unset = self.is_hidden

        extra_flags: int | None | Unset = self.extra_flags

        free: int | None | Unset = self.free

        in_use: int | None | Unset = self.in_use

        total: int | None | Unset = self.total

        prerequisite_module_name: None | str | Unset = self.prerequisite_module_name

        sort_order: int | None | Unset = self.sort_order

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
        if module_license_id is not UNSET:
            field_dict["ModuleLicenseId"] = module_license_id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if assigned is not UNSET:
            field_dict["Assigned"] = assigned
        if can_assign is not UNSET:
            field_dict["CanAssign"] = can_assign
        if unrestricted is not UNSET:
            field_dict["Unrestricted"] = unrestricted
        if is_hidden is not UNSET:
            field_dict["IsHidden"] = is_hidden
        if extra_flags is not UNSET:
            field_dict["ExtraFlags"] = extra_flags
        if free is not UNSET:
            field_dict["Free"] = free
        if in_use is not UNSET:
            field_dict["InUse"] = in_use
        if total is not UNSET:
            field_dict["Total"] = total
        if prerequisite_module_name is not UNSET:
            field_dict["PrerequisiteModuleName"] = prerequisite_module_name
        if sort_order is not UNSET:
            field_dict["SortOrder"] = sort_order
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        module_license_id = d.pop("ModuleLicenseId", UNSET)
        if not (
            module_license_id is None
            or module_license_id is UNSET
            or (
                isinstance(module_license_id, (int,))
                and not isinstance(module_license_id, bool)
            )
        ):
            raise TypeError(
                f"ModuleLicenseId: expected int | None, got {type(module_license_id).__name__}"
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

        tooltip = d.pop("Tooltip", UNSET)
        if not (tooltip is None or tooltip is UNSET or (isinstance(tooltip, (str,)))):
            raise TypeError(
                f"Tooltip: expected None | str, got {type(tooltip).__name__}"
            )

        assigned = d.pop("Assigned", UNSET)
        if not (
            assigned is None or assigned is UNSET or (isinstance(assigned, (bool,)))
        ):
            raise TypeError(
                f"Assigned: expected bool | None, got {type(assigned).__name__}"
            )

        can_assign = d.pop("CanAssign", UNSET)
        if not (
            can_assign is None
            or can_assign is UNSET
            or (isinstance(can_assign, (bool,)))
        ):
            raise TypeError(
                f"CanAssign: expected bool | None, got {type(can_assign).__name__}"
            )

        unrestricted = d.pop("Unrestricted", UNSET)
        if not (
            unrestricted is None
            or unrestricted is UNSET
            or (isinstance(unrestricted, (bool,)))
        ):
            raise TypeError(
                f"Unrestricted: expected bool | None, got {type(unrestricted).__name__}"
            )

        is_hidden = d.pop("IsHidden", UNSET)
        if not (
            is_hidden is None or is_hidden is UNSET or (isinstance(is_hidden, (bool,)))
        ):
            raise TypeError(
                f"IsHidden: expected bool | None, got {type(is_hidden).__name__}"
            )

        extra_flags = d.pop("ExtraFlags", UNSET)
        if not (
            extra_flags is None
            or extra_flags is UNSET
            or (isinstance(extra_flags, (int,)) and not isinstance(extra_flags, bool))
        ):
            raise TypeError(
                f"ExtraFlags: expected int | None, got {type(extra_flags).__name__}"
            )

        free = d.pop("Free", UNSET)
        if not (
            free is None
            or free is UNSET
            or (isinstance(free, (int,)) and not isinstance(free, bool))
        ):
            raise TypeError(f"Free: expected int | None, got {type(free).__name__}")

        in_use = d.pop("InUse", UNSET)
        if not (
            in_use is None
            or in_use is UNSET
            or (isinstance(in_use, (int,)) and not isinstance(in_use, bool))
        ):
            raise TypeError(f"InUse: expected int | None, got {type(in_use).__name__}")

        total = d.pop("Total", UNSET)
        if not (
            total is None
            or total is UNSET
            or (isinstance(total, (int,)) and not isinstance(total, bool))
        ):
            raise TypeError(f"Total: expected int | None, got {type(total).__name__}")

        prerequisite_module_name = d.pop("PrerequisiteModuleName", UNSET)
        if not (
            prerequisite_module_name is None
            or prerequisite_module_name is UNSET
            or (isinstance(prerequisite_module_name, (str,)))
        ):
            raise TypeError(
                f"PrerequisiteModuleName: expected None | str, got {type(prerequisite_module_name).__name__}"
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

        module_license_link = cls(
            module_license_id=module_license_id,
            name=name,
            description=description,
            tooltip=tooltip,
            assigned=assigned,
            can_assign=can_assign,
            unrestricted=unrestricted,
            is_hidden=is_hidden,
            extra_flags=extra_flags,
            free=free,
            in_use=in_use,
            total=total,
            prerequisite_module_name=prerequisite_module_name,
            sort_order=sort_order,
            table_right=table_right,
            field_properties=field_properties,
        )

        module_license_link.additional_properties = d
        return module_license_link

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
