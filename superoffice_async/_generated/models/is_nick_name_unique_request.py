from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class IsNickNameUniqueRequest(Carrier):
    """The IsNickNameUniqueRequest carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        nick_name (str | None):
    """

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    nick_name: str | None = field(name="NickName", default=NOT_SET)
