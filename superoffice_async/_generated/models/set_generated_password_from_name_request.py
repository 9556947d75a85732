from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SetGeneratedPasswordFromNameRequest(Carrier):
    """The SetGeneratedPasswordFromNameRequest carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_name (str | None):
    """

    associate_name: str | None = field(name="AssociateName", default=NOT_SET)
