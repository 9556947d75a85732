from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetExternalTokensRequest(Carrier):
    """Retrieve the tokens from the DB based on the given key

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        key (str | None):
    """

    key: str | None = field(name="Key", default=NOT_SET)
