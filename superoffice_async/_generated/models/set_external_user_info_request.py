from __future__ import annotations

from msgspec import field

from ..models.external_user_info_modification import ExternalUserInfoModification
from ..types import NOT_SET, Carrier, carrier


@carrier
class SetExternalUserInfoRequest(Carrier):
    """Modifies an external user. Changes external users information according to the flags set in
    externalUserInfoModification.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        user_name (str | None):
        password (str | None):
        is_active (bool | None):
        role_id (int | None):
        external_user_info_modification (ExternalUserInfoModification | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    user_name: str | None = field(name="UserName", default=NOT_SET)
    password: str | None = field(name="Password", default=NOT_SET)
    is_active: bool | None = field(name="IsActive", default=NOT_SET)
    role_id: int | None = field(name="RoleId", default=NOT_SET)
    external_user_info_modification: ExternalUserInfoModification | None = field(
        name="ExternalUserInfoModification", default=NOT_SET
    )
