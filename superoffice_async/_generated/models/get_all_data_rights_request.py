from __future__ import annotations

from msgspec import field

from ..models.relation_to_owner_type import RelationToOwnerType
from ..types import NOT_SET, Carrier, carrier


@carrier
class GetAllDataRightsRequest(Carrier):
    """Get a list of all data rights for the given role, filtered by relation to owner. MDO List
    name = 'DataRights', extra='roleType=0'.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id (int | None):
        relation_to_owner (RelationToOwnerType | None):
    """

    role_id: int | None = field(name="RoleId", default=NOT_SET)
    relation_to_owner: RelationToOwnerType | None = field(
        name="RelationToOwner", default=NOT_SET
    )
