from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ODataSlimResponse(Carrier):
    """The ODataSlimResponse carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        odata_metadata (str | None):
        odata_next_link (str | None): The next page
        value (list[AllUsersRow] | None):
    """

    odata_metadata: str | None = field(name="odata.metadata", default=NOT_SET)
    odata_next_link: str | None = field(name="odata.nextLink", default=NOT_SET)
    value: list[AllUsersRow] | None = field(name="value", default=NOT_SET)


from ..models.all_users_row import AllUsersRow
