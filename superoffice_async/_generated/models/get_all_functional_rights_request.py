from __future__ import annotations

from msgspec import field

from ..models.role_type import RoleType
from ..types import NOT_SET, Carrier, carrier


@carrier
class GetAllFunctionalRightsRequest(Carrier):
    """Get a list of all functional rights for the given type of role. MDO List name =
    'FunctionRights', extra='roleType=0'

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_type (RoleType | None):
    """

    role_type: RoleType | None = field(name="RoleType", default=NOT_SET)
