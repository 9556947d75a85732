from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class FindRolesWithFunctionalRightsRequest(Carrier):
    """Find all roles with a given set of functional rights. The roles matched must contain one or
    more of the specified functional rights.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        functional_right_names (list[str] | None):
    """

    functional_right_names: list[str] | None = field(
        name="FunctionalRightNames", default=NOT_SET
    )
