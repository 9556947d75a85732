from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class CredentialsGroup(Carrier):
    """When the CredentialType's control is of type link, the user is selected from a source like
    active directory. This will then be the organisational unit (e.g. user security group) in
    active directory. Only one group is listed if the system does not support groups.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        name (str | None): This is the full name of the group as needed to discover the users within the
            group. this value should not be displayed to the end user.
        display_name (str | None): The display name of the group to display to the user.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    name: str | None = field(name="Name", default=NOT_SET)
    display_name: str | None = field(name="DisplayName", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
