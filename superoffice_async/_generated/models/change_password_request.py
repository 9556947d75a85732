from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ChangePasswordRequest(Carrier):
    """Change password for a user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        old_password (str | None):
        new_password (str | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    old_password: str | None = field(name="OldPassword", default=NOT_SET)
    new_password: str | None = field(name="NewPassword", default=NOT_SET)
