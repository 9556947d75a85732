from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class ResolveUserFromInfoRequest(Carrier):
    """Get a user from the provided information. If the user or associated person does not exist,
    it will be created on demand.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        contact_id (int | None):
        person_name (str | None):
        phone_numbers (list[str] | None):
        emails (list[str] | None):
        user_type (UserType | None):
        credential (Credential | None):
    """

    contact_id: int | None = field(name="ContactId", default=NOT_SET)
    person_name: str | None = field(name="PersonName", default=NOT_SET)
    phone_numbers: list[str] | None = field(name="PhoneNumbers", default=NOT_SET)
    emails: list[str] | None = field(name="Emails", default=NOT_SET)
    user_type: UserType | None = field(name="UserType", default=NOT_SET)
    credential: Credential | None = field(name="Credential", default=NOT_SET)


from ..models.credential import Credential
