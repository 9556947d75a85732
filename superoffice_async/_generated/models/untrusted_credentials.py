from __future__ import annotations

import datetime

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class UntrustedCredentials(Carrier):
    """Credentials for external authentication.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        valid_from (datetime.datetime | None): Credentials are valid from this date.
        valid_to (datetime.datetime | None): Credentials are valid to this date.
        comment (str | None): Description of credentials. Max 255 characters.
        secret_value (str | None): Data stored encrypted in the db. Typically a password. Max 70 characters.
        public_value (str | None): Data stored unencrypted in the db. Typically server and or username. Max 238
            characters.
        is_active (bool | None): Is this credentials currently active.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    valid_from: datetime.datetime | None = field(name="ValidFrom", default=NOT_SET)
    valid_to: datetime.datetime | None = field(name="ValidTo", default=NOT_SET)
    comment: str | None = field(name="Comment", default=NOT_SET)
    secret_value: str | None = field(name="SecretValue", default=NOT_SET)
    public_value: str | None = field(name="PublicValue", default=NOT_SET)
    is_active: bool | None = field(name="IsActive", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
