from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SetFunctionalRightsRequest(Carrier):
    """Set all functional rights for the given role. Functional rights not specified here will be
    removed from the role.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id (int | None):
        functional_right_ids (list[int] | None):
    """

    role_id: int | None = field(name="RoleId", default=NOT_SET)
    functional_right_ids: list[int] | None = field(
        name="FunctionalRightIds", default=NOT_SET
    )
