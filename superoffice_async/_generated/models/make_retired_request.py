from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class MakeRetiredRequest(Carrier):
    """Retiring a user means to remove all licenses, setting person.retired=1 and
    associate.deleted=1. Unretiering a user means setting person.retired=0 and
    associate.deleted=0

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        retired (bool | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    retired: bool | None = field(name="Retired", default=NOT_SET)
