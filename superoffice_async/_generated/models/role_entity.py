from __future__ import annotations

import datetime

from msgspec import field

from ..models.role_type import RoleType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
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

    role_id: int | None = field(name="RoleId", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    role_type: Open[RoleType] | None = field(name="RoleType", default=NOT_SET)
    deleted: int | None = field(name="Deleted", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    created: datetime.datetime | None = field(name="Created", default=NOT_SET)
    use_categories: int | None = field(name="UseCategories", default=NOT_SET)
    created_by: Associate | None = field(name="CreatedBy", default=NOT_SET)
    updated: datetime.datetime | None = field(name="Updated", default=NOT_SET)
    updated_by: Associate | None = field(name="UpdatedBy", default=NOT_SET)
    data_rights: DataRights | None = field(name="DataRights", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.associate import Associate
from ..models.data_rights import DataRights
from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
