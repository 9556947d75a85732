from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class RegisterWithAccessGatewayRequest(Carrier):
    """Registers with access gateway if not already done, otherwise will attempt to update

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        redirect_uri (str | None):
    """

    redirect_uri: str | None = field(name="RedirectUri", default=NOT_SET)
