from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class CredentialUser(Carrier):
    """Information about a users credentials in a foregin system that can be bound to a SuperOffice
    user (i.e. associate)

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        value (str | None): Identification of user in the foreign system. This value needs to be applied to
            the Credential.Value field
        display_value (str | None): Display value of the user. This value needs to be applied to the
            Credential.DisplayValue field.
        columns (list[str] | None): Columns, matching CredentialUsers.Headings
        can_create_person (bool | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    value: str | None = field(name="Value", default=NOT_SET)
    display_value: str | None = field(name="DisplayValue", default=NOT_SET)
    columns: list[str] | None = field(name="Columns", default=NOT_SET)
    can_create_person: bool | None = field(name="CanCreatePerson", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
