from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class LicenseOwner(Carrier):
    """The module licenses of one license owner.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        name (str | None): Name of the license owner
        description (str | None):
        restricted_module_licenses (list[ModuleLicenseLink] | None):
        unrestricted_module_licenses (list[ModuleLicenseLink] | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    name: str | None = field(name="Name", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    restricted_module_licenses: list[ModuleLicenseLink] | None = field(
        name="RestrictedModuleLicenses", default=NOT_SET
    )
    unrestricted_module_licenses: list[ModuleLicenseLink] | None = field(
        name="UnrestrictedModuleLicenses", default=NOT_SET
    )
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.module_license_link import ModuleLicenseLink
from ..models.table_right import TableRight
