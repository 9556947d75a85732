from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class FieldRight(Carrier):
    """The FieldRight carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        mask (str | None): EFieldRight flags, for example "Update, UIHintMandatory".
        reason (str | None): Why the right is restricted, for example a string resource
            "[SR_MANDATORY_FIELD_1281]".
    """

    mask: str | None = field(name="Mask", default=NOT_SET)
    reason: str | None = field(name="Reason", default=NOT_SET)
