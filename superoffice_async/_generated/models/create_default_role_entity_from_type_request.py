from __future__ import annotations

from msgspec import field

from ..models.role_type import RoleType
from ..types import NOT_SET, Carrier, carrier


@carrier
class CreateDefaultRoleEntityFromTypeRequest(Carrier):
    """Create a new role entity of the specified role type. The role type cannot be changed after
    the entity is created.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (RoleType | None):
    """

    type_: RoleType | None = field(name="Type", default=NOT_SET)
