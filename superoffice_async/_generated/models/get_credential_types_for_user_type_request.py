from __future__ import annotations

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, carrier


@carrier
class GetCredentialTypesForUserTypeRequest(Carrier):
    """Get available credential types that can be used for the specified user type.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_type (UserType | None):
    """

    user_type: UserType | None = field(name="UserType", default=NOT_SET)
