from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class CredentialsGroupUsers(Carrier):
    """This is the users within a user group.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        headings (list[str] | None): Headings in which to list the different users.
        users (list[CredentialUser] | None): The list of actual users that can be selected
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    headings: list[str] | None = field(name="Headings", default=NOT_SET)
    users: list[CredentialUser] | None = field(name="Users", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.credential_user import CredentialUser
from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
