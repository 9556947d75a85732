from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class RemoveUntrustedCredentialsRequest(Carrier):
    """Remove a credentials entry for authenticated user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None):
        public_value (str | None):
    """

    type_: str | None = field(name="Type", default=NOT_SET)
    public_value: str | None = field(name="PublicValue", default=NOT_SET)
