from __future__ import annotations

from msgspec import field

from ..models.credential_control_type import CredentialControlType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class CredentialType(Carrier):
    """Description of credential type.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None): Type of credentials, corresponding to name of plugin and type in the credentials
            table
        description (str | None): Description of the authentication type.
        display_type (str | None): The name of the credentials to be displayed in the user interface.
        value_control (CredentialControlType | None): Type of control used to display the value (unknown values kept as strings).
        is_user_name_supported (bool | None):
        can_create_person (bool | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    type_: str | None = field(name="Type", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    display_type: str | None = field(name="DisplayType", default=NOT_SET)
    value_control: Open[CredentialControlType] | None = field(
        name="ValueControl", default=NOT_SET
    )
    is_user_name_supported: bool | None = field(
        name="IsUserNameSupported", default=NOT_SET
    )
    can_create_person: bool | None = field(name="CanCreatePerson", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
