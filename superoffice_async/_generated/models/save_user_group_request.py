from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SaveUserGroupRequest(Carrier):
    """Save a user group. Set UserGroup.Deleted to mark a user group as deleted and invisible in
    the user interface.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_group (UserGroup | None):
    """

    user_group: UserGroup | None = field(name="UserGroup", default=NOT_SET)


from ..models.user_group import UserGroup
