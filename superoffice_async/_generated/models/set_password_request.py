from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class SetPasswordRequest(Carrier):
    """Change password for a user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        password (str | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    password: str | None = field(name="Password", default=NOT_SET)
