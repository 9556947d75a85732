from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetUserFromPersonIdRequest(Carrier):
    """Returns the user associated with the supplied person id

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        person_id (int | None):
    """

    person_id: int | None = field(name="PersonId", default=NOT_SET)
