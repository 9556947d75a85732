from __future__ import annotations

import datetime

from msgspec import field

from ..models.license_type import LicenseType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
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

    owner_id: int | None = field(name="OwnerId", default=NOT_SET)
    owner_name: str | None = field(name="OwnerName", default=NOT_SET)
    owner_description: str | None = field(name="OwnerDescription", default=NOT_SET)
    module_id: int | None = field(name="ModuleId", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    version: str | None = field(name="Version", default=NOT_SET)
    license_type: Open[LicenseType] | None = field(name="LicenseType", default=NOT_SET)
    extra_flags: int | None = field(name="ExtraFlags", default=NOT_SET)
    extra_info: str | None = field(name="ExtraInfo", default=NOT_SET)
    sort_order: int | None = field(name="SortOrder", default=NOT_SET)
    license_number: int | None = field(name="LicenseNumber", default=NOT_SET)
    is_hidden: bool | None = field(name="IsHidden", default=NOT_SET)
    is_unrestricted: bool | None = field(name="IsUnrestricted", default=NOT_SET)
    expiry_date: datetime.datetime | None = field(name="ExpiryDate", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
