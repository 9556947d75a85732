from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class DeleteUserGroupRequest(Carrier):
    """Delete a usergroup and move its members to another usergroup

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_group_to_delete (int | None):
        user_group_to_move_to (int | None):
    """

    user_group_to_delete: int | None = field(name="UserGroupToDelete", default=NOT_SET)
    user_group_to_move_to: int | None = field(name="UserGroupToMoveTo", default=NOT_SET)
