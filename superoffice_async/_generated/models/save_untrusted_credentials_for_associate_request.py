from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SaveUntrustedCredentialsForAssociateRequest(Carrier):
    """Save credentials for a specified user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        type_ (str | None):
        credentials (UntrustedCredentials | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    type_: str | None = field(name="Type", default=NOT_SET)
    credentials: UntrustedCredentials | None = field(
        name="Credentials", default=NOT_SET
    )


from ..models.untrusted_credentials import UntrustedCredentials
