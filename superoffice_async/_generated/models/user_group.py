from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class UserGroup(Carrier):
    """The main user group that this user belongs to.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        value (str | None): UserGroup name
        tooltip (str | None): Tooltip or other description
        id (int | None): Primary key
        rank (int | None): Rank order
        deleted (bool | None): True: a user group that no longer can be selected by the user.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    value: str | None = field(name="Value", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    id: int | None = field(name="Id", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    deleted: bool | None = field(name="Deleted", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
