from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
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

    module_license_id: int | None = field(name="ModuleLicenseId", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    assigned: bool | None = field(name="Assigned", default=NOT_SET)
    can_assign: bool | None = field(name="CanAssign", default=NOT_SET)
    unrestricted: bool | None = field(name="Unrestricted", default=NOT_SET)
    is_hidden: bool | None = field(name="IsHidden", default=NOT_SET)
    extra_flags: int | None = field(name="ExtraFlags", default=NOT_SET)
    free: int | None = field(name="Free", default=NOT_SET)
    in_use: int | None = field(name="InUse", default=NOT_SET)
    total: int | None = field(name="Total", default=NOT_SET)
    prerequisite_module_name: str | None = field(
        name="PrerequisiteModuleName", default=NOT_SET
    )
    sort_order: int | None = field(name="SortOrder", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
