from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class Associate(Carrier):
    """Services for the Associate Carrier is available from the Associate Agent.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None): Primary key
        name (str | None): Initials, also login name, possibly database user name
        person_id (int | None): Owning person record Use MDO List name "person" to get list items.
        rank (int | None): Rank order
        tooltip (str | None): Tooltip or other description
        type_ (UserType | None): User type - 1 = internal user, 2 = resource, 3 = external user, 4 = anonymous, 5
            = system
        group_idx (int | None): Primary group membership, see UserGroupLink for secondary memberships
        full_name (str | None): The associate's culture formatted fullname (firstname, middleName and lastname)
        formal_name (str | None): The associate's culture formatted formalname (firstname, middleName and
            lastname, title, mrmrs)
        deleted (bool | None): If true, the user is retired and should have no rights, not appear in lists,
            etc.
        ej_user_id (int | None): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        user_name (str | None): User name
        extra_fields (StringDictionary | None):
        custom_fields (StringDictionary | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    person_id: int | None = field(name="PersonId", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    type_: Open[UserType] | None = field(name="Type", default=NOT_SET)
    group_idx: int | None = field(name="GroupIdx", default=NOT_SET)
    full_name: str | None = field(name="FullName", default=NOT_SET)
    formal_name: str | None = field(name="FormalName", default=NOT_SET)
    deleted: bool | None = field(name="Deleted", default=NOT_SET)
    ej_user_id: int | None = field(name="EjUserId", default=NOT_SET)
    user_name: str | None = field(name="UserName", default=NOT_SET)
    extra_fields: StringDictionary | None = field(name="ExtraFields", default=NOT_SET)
    custom_fields: StringDictionary | None = field(name="CustomFields", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.string_dictionary import StringDictionary
from ..models.table_right import TableRight
