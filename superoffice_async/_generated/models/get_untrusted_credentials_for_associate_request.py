from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetUntrustedCredentialsForAssociateRequest(Carrier):
    """Get a set of credentials of a specified type for a specified user. SecretValue is only
    populated for authenticated user, and system users.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        type_ (str | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    type_: str | None = field(name="Type", default=NOT_SET)
