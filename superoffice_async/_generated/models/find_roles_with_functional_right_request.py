from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class FindRolesWithFunctionalRightRequest(Carrier):
    """Find all roles with a given functional right. The roles matched must contain the specified
    functional right.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        functional_right_name (str | None):
    """

    functional_right_name: str | None = field(
        name="FunctionalRightName", default=NOT_SET
    )
