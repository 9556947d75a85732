from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class TableRight(Carrier):
    """The carrier's table right.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        mask (str | None): ETableRight flags, for example "Select, Update" or "FULL".
        reason (str | None): Why the right is restricted.
    """

    mask: str | None = field(name="Mask", default=NOT_SET)
    reason: str | None = field(name="Reason", default=NOT_SET)
