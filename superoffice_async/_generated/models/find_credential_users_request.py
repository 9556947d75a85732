from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class FindCredentialUsersRequest(Carrier):
    """Find users matching the partial name.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None):
        search_string (str | None):
    """

    type_: str | None = field(name="Type", default=NOT_SET)
    search_string: str | None = field(name="SearchString", default=NOT_SET)
