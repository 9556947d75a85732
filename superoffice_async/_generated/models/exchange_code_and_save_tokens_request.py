from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class ExchangeCodeAndSaveTokensRequest(Carrier):
    """Exchanges an authorization code for tokens.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        provider (str | None):
        authorization_code (str | None):
        nonce (str | None):
        pkce_verifier (str | None):
        redirect_uri (str | None):
    """

    provider: str | None = field(name="Provider", default=NOT_SET)
    authorization_code: str | None = field(name="AuthorizationCode", default=NOT_SET)
    nonce: str | None = field(name="Nonce", default=NOT_SET)
    pkce_verifier: str | None = field(name="PkceVerifier", default=NOT_SET)
    redirect_uri: str | None = field(name="RedirectUri", default=NOT_SET)
