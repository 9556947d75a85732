from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_properties import FieldProperties
    from ..models.table_right import TableRight


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
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        module_license_id: int | None | Unset
        if isinstance(self.module_license_id, Unset):
            module_license_id = UNSET
        else:
            module_license_id = self.module_license_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        assigned: bool | None | Unset
        if isinstance(self.assigned, Unset):
            assigned = UNSET
        else:
            assigned = self.assigned

        can_assign: bool | None | Unset
        if isinstance(self.can_assign, Unset):
            can_assign = UNSET
        else:
            can_assign = self.can_assign

        unrestricted: bool | None | Unset
        if isinstance(self.unrestricted, Unset):
            unrestricted = UNSET
        else:
            unrestricted = self.unrestricted

        is_hidden: bool | None | Unset
        if isinstance(self.is_hidden, Unset):
            is_hidden = UNSET
        else:
            is_hidden = self.is_hidden

        extra_flags: int | None | Unset
        if isinstance(self.extra_flags, Unset):
            extra_flags = UNSET
        else:
            extra_flags = self.extra_flags

        free: int | None | Unset
        if isinstance(self.free, Unset):
            free = UNSET
        else:
            free = self.free

        in_use: int | None | Unset
        if isinstance(self.in_use, Unset):
            in_use = UNSET
        else:
            in_use = self.in_use

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        prerequisite_module_name: None | str | Unset
        if isinstance(self.prerequisite_module_name, Unset):
            prerequisite_module_name = UNSET
        else:
            prerequisite_module_name = self.prerequisite_module_name

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

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
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        d = dict(src_dict)

        def _parse_module_license_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ModuleLicenseId: expected int | None, got {type(data).__name__}"
            ) from _error

        module_license_id = _parse_module_license_id(d.pop("ModuleLicenseId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Name: expected None | str, got {type(data).__name__}"
            ) from _error

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Description: expected None | str, got {type(data).__name__}"
            ) from _error

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_tooltip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Tooltip: expected None | str, got {type(data).__name__}"
            ) from _error

        tooltip = _parse_tooltip(d.pop("Tooltip", UNSET))

        def _parse_assigned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"Assigned: expected bool | None, got {type(data).__name__}"
            ) from _error

        assigned = _parse_assigned(d.pop("Assigned", UNSET))

        def _parse_can_assign(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"CanAssign: expected bool | None, got {type(data).__name__}"
            ) from _error

        can_assign = _parse_can_assign(d.pop("CanAssign", UNSET))

        def _parse_unrestricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"Unrestricted: expected bool | None, got {type(data).__name__}"
            ) from _error

        unrestricted = _parse_unrestricted(d.pop("Unrestricted", UNSET))

        def _parse_is_hidden(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"IsHidden: expected bool | None, got {type(data).__name__}"
            ) from _error

        is_hidden = _parse_is_hidden(d.pop("IsHidden", UNSET))

        def _parse_extra_flags(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ExtraFlags: expected int | None, got {type(data).__name__}"
            ) from _error

        extra_flags = _parse_extra_flags(d.pop("ExtraFlags", UNSET))

        def _parse_free(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"Free: expected int | None, got {type(data).__name__}"
            ) from _error

        free = _parse_free(d.pop("Free", UNSET))

        def _parse_in_use(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"InUse: expected int | None, got {type(data).__name__}"
            ) from _error

        in_use = _parse_in_use(d.pop("InUse", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"Total: expected int | None, got {type(data).__name__}"
            ) from _error

        total = _parse_total(d.pop("Total", UNSET))

        def _parse_prerequisite_module_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"PrerequisiteModuleName: expected None | str, got {type(data).__name__}"
            ) from _error

        prerequisite_module_name = _parse_prerequisite_module_name(
            d.pop("PrerequisiteModuleName", UNSET)
        )

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"SortOrder: expected int | None, got {type(data).__name__}"
            ) from _error

        sort_order = _parse_sort_order(d.pop("SortOrder", UNSET))

        def _parse_table_right(data: object) -> None | TableRight | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    data
                )

                return componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"TableRight: expected None | TableRight, got {type(data).__name__}"
            ) from _error

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        def _parse_field_properties(data: object) -> FieldProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(data)
                )

                return componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"FieldProperties: expected FieldProperties | None, got {type(data).__name__}"
            ) from _error

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

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
