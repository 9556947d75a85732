from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class FindCredentialsGroupsRequest(Carrier):
    """Get user groups holding users filtered by the searchString. This method is only relevant if
    the CredentialType control is of type link. There will allways be at least one groups even
    if the underlying provider does not support groups.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None):
        search_string (str | None):
    """

    type_: str | None = field(name="Type", default=NOT_SET)
    search_string: str | None = field(name="SearchString", default=NOT_SET)
