from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class CreateDefaultUserFromUserTypeAndCredentialRequest(Carrier):
    """Creates a PersonEntity with default values based on the contactId and credentials.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_type (UserType | None):
        contact_id (int | None):
        credential_type (str | None):
        credential_value (str | None):
        credential_display_value (str | None):
    """

    user_type: UserType | None = field(name="UserType", default=NOT_SET)
    contact_id: int | None = field(name="ContactId", default=NOT_SET)
    credential_type: str | None = field(name="CredentialType", default=NOT_SET)
    credential_value: str | None = field(name="CredentialValue", default=NOT_SET)
    credential_display_value: str | None = field(
        name="CredentialDisplayValue", default=NOT_SET
    )
