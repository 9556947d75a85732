from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetOrRegisterAccessGatewayInfoRequest(Carrier):
    """Returns accessgateway registration info and registers a new or adds the url if necessary

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        redirect_uri (str | None):
    """

    redirect_uri: str | None = field(name="RedirectUri", default=NOT_SET)
