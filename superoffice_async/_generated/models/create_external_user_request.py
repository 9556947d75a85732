from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class CreateExternalUserRequest(Carrier):
    """Creates an associate of type external user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        person_id (int | None):
        user_name (str | None):
        password (str | None):
        role_id (int | None):
        is_active (bool | None):
    """

    person_id: int | None = field(name="PersonId", default=NOT_SET)
    user_name: str | None = field(name="UserName", default=NOT_SET)
    password: str | None = field(name="Password", default=NOT_SET)
    role_id: int | None = field(name="RoleId", default=NOT_SET)
    is_active: bool | None = field(name="IsActive", default=NOT_SET)
