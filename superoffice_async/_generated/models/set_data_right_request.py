from __future__ import annotations

from msgspec import field

from ..models.relation_to_owner_type import RelationToOwnerType
from ..types import NOT_SET, Carrier, carrier


@carrier
class SetDataRightRequest(Carrier):
    """Set one specific data right at the given position. An exception will be thrown if non
    existing position is specified.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id (int | None):
        table_name (str | None):
        relation_to_owner (RelationToOwnerType | None):
        data_right_value (str | None):
    """

    role_id: int | None = field(name="RoleId", default=NOT_SET)
    table_name: str | None = field(name="TableName", default=NOT_SET)
    relation_to_owner: RelationToOwnerType | None = field(
        name="RelationToOwner", default=NOT_SET
    )
    data_right_value: str | None = field(name="DataRightValue", default=NOT_SET)
