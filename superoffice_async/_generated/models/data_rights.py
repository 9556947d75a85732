from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class DataRights(Carrier):
    """The DataRights carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        columns_info (list[RelationToOwner] | None):
        rows_info (list[EntityName] | None):
        rights (list[list[DataRight]] | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    columns_info: list[RelationToOwner] | None = field(
        name="ColumnsInfo", default=NOT_SET
    )
    rows_info: list[EntityName] | None = field(name="RowsInfo", default=NOT_SET)
    rights: list[list[DataRight]] | None = field(name="Rights", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.data_right import DataRight
from ..models.entity_name import EntityName
from ..models.field_properties import FieldProperties
from ..models.relation_to_owner import RelationToOwner
from ..models.table_right import TableRight
