from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetDataRightsRequest(Carrier):
    """Read specific a set of data rights at the given row in the rights matrix. An exception will
    be thrown if non existing position is specified.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        role_id (int | None):
        table_name (str | None):
    """

    role_id: int | None = field(name="RoleId", default=NOT_SET)
    table_name: str | None = field(name="TableName", default=NOT_SET)
