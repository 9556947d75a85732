from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetCredentialUsersInGroupRequest(Carrier):
    """Get credential users within a user group

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None):
        group_name (str | None):
    """

    type_: str | None = field(name="Type", default=NOT_SET)
    group_name: str | None = field(name="GroupName", default=NOT_SET)
