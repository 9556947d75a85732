from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ResolvedUser(Carrier):
    """The User Service. The service implements all services working with the User object.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user (User | None): The resolved User instance.
        person_created (bool | None): Indicates if the resolved person was created or not.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    user: User | None = field(name="User", default=NOT_SET)
    person_created: bool | None = field(name="PersonCreated", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
from ..models.user import User
