from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class OperationResult(Carrier):
    """Operation result

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        success (bool | None): Indicates if the operation was successful.
        message (str | None): Success/Error message. This can be a symbol ([SR_xxxx])
    """

    success: bool | None = field(name="Success", default=NOT_SET)
    message: str | None = field(name="Message", default=NOT_SET)
