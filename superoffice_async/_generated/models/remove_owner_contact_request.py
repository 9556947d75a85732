from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class RemoveOwnerContactRequest(Carrier):
    """Remove a contact from the ownercontactlink table

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        contact_id (int | None):
    """

    contact_id: int | None = field(name="ContactId", default=NOT_SET)
