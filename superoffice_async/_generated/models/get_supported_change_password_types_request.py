from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetSupportedChangePasswordTypesRequest(Carrier):
    """Get the different methods the user can use to change password

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
