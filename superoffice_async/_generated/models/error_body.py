from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ErrorBody(Carrier):
    """SuperOffice's REST error body.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        error (bool | None):
        error_type (str | None): The exception type, for example SoNotFoundException.
        error_message (str | None):
        error_source (str | None):
    """

    error: bool | None = field(name="Error", default=NOT_SET)
    error_type: str | None = field(name="ErrorType", default=NOT_SET)
    error_message: str | None = field(name="ErrorMessage", default=NOT_SET)
    error_source: str | None = field(name="ErrorSource", default=NOT_SET)
