from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class UserInfo(Carrier):
    """The UserInfo carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        deleted (bool | None): If true, the user is retired and should have no rights, not appear in lists,
            etc.
        user_info_id (int | None): Primary key
        user_name (str | None): Initials, also login name, possibly database user name
        person_id (int | None): Owning person record
        rank (int | None): Rank order
        tooltip (str | None): Tooltip or other description
        user_group_id (int | None): Primary group membership, see UserGroupLink for secondary memberships
        ej_user_id (int | None): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        user_type (UserType | None):
        granted_licenses (list[str] | None):
        can_logon (bool | None):
        role_name (str | None):
        role_tooltip (str | None):
        user_group_name (str | None):
        user_group_tooltip (str | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    deleted: bool | None = field(name="Deleted", default=NOT_SET)
    user_info_id: int | None = field(name="UserInfoId", default=NOT_SET)
    user_name: str | None = field(name="UserName", default=NOT_SET)
    person_id: int | None = field(name="PersonId", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    user_group_id: int | None = field(name="UserGroupId", default=NOT_SET)
    ej_user_id: int | None = field(name="EjUserId", default=NOT_SET)
    user_type: Open[UserType] | None = field(name="UserType", default=NOT_SET)
    granted_licenses: list[str] | None = field(name="GrantedLicenses", default=NOT_SET)
    can_logon: bool | None = field(name="CanLogon", default=NOT_SET)
    role_name: str | None = field(name="RoleName", default=NOT_SET)
    role_tooltip: str | None = field(name="RoleTooltip", default=NOT_SET)
    user_group_name: str | None = field(name="UserGroupName", default=NOT_SET)
    user_group_tooltip: str | None = field(name="UserGroupTooltip", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
