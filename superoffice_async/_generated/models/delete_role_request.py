from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class DeleteRoleRequest(Carrier):
    """Delete the specified role and move all users associated with the role to the replacingRoleId

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id_to_delete (int | None):
        replacing_role_id (int | None):
    """

    role_id_to_delete: int | None = field(name="RoleIdToDelete", default=NOT_SET)
    replacing_role_id: int | None = field(name="ReplacingRoleId", default=NOT_SET)
