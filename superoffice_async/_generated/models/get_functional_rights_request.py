from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetFunctionalRightsRequest(Carrier):
    """Get all functional rights for the given role. Functional rights not set on the role are not
    included. MDO List name = 'FunctionRights', extra='role=123'

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id (int | None):
    """

    role_id: int | None = field(name="RoleId", default=NOT_SET)
