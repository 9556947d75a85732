from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetAllUserGroupsRequest(Carrier):
    """Get all user groups

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        include_deleted (bool | None):
    """

    include_deleted: bool | None = field(name="IncludeDeleted", default=NOT_SET)
