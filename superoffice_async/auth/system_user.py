"""The system user flow (SuperOffice Online, server to server): a ticket from the app's keys.

1. Sign ``{system user token}.{yyyyMMddHHmm UTC}`` with the app's RSA private key (SHA-256,
   PKCS#1 v1.5) and append the base64 signature.
2. POST it with the client secret and the tenant to
   ``{environment}/Login/api/PartnerSystemUser/Authenticate`` (``ReturnTokenType: JWT``).
3. Validate the JWT in the answer (``jwt_validation``: RS256, the environment's JWKS, expiry,
   issuer ``SuperOffice AS``, audience ``spn:{serial}``) and that it is for this tenant.
4. Send ``Authorization: SOTicket {ticket claim}`` and ``SO-AppToken: {client secret}``.

The ticket is kept: it lives 6 hours from its last use (sliding). A new one is obtained shortly
before that, and once when a call is answered 401.
"""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime, timedelta
from typing import Any

from ..errors import ConfigurationError, IdentityProviderError, TokenValidationError
from ..online.services import Connection, OnlineEnvironment, scrub, send
from .refreshing import BACKOFF_INITIAL, BACKOFF_MAX, Held, RefreshingAuth
from .schemes import require_text
from .token_validation import (
    CLAIM,
    SYSTEM_USER_ISSUER,
    JwksCache,
    system_user_audience,
    validate,
)

__all__ = ["SystemUserAuth", "load_private_key", "sign_system_user_token"]

TICKET_LIFETIME = 6 * 60 * 60.0
"""Seconds a system-user ticket lives after its last use."""


class SystemUserAuth(RefreshingAuth):
    """``SOTicket`` credentials of the tenant's system user, obtained and renewed by the SDK.

    Args:
        client_secret: The application's client secret (also sent as ``SO-AppToken``).
        private_key: The application's RSA private key: PEM text, SuperOffice's RSAXML text
            (``<RSAKeyValue>...``), either as bytes, or a path (``pathlib.Path``) to such a file.
        system_user_token: The tenant's system user token (from the administrator's consent).
        tenant: The context identifier, e.g. ``Cust12345``.
        environment: ``sod``, ``stage`` (qaonline), ``online``, or a root URL (a sandbox).
        private_key_password: For an encrypted PEM key.
        ticket_lifetime: Seconds a ticket lives after its last use (6 hours in Online).
        refresh_margin: Renew this many seconds before the ticket would expire.
        backoff_initial: Seconds calls fail fast after a failed sign-in (doubling after each
            further failure) instead of asking the sign-in service again.
        backoff_max: The longest such pause.
        leeway: Seconds of clock difference allowed when checking the JWT's expiry.
    """

    scheme = "SOTicket"
    what = "system user ticket"
    sends_app_token = True

    def __init__(
        self,
        *,
        client_secret: str,
        private_key: str | bytes | os.PathLike[str],
        system_user_token: str,
        tenant: str,
        environment: str | OnlineEnvironment = "online",
        private_key_password: str | bytes | None = None,
        ticket_lifetime: float = TICKET_LIFETIME,
        refresh_margin: float = 300.0,
        leeway: float = 60.0,
        backoff_initial: float = BACKOFF_INITIAL,
        backoff_max: float = BACKOFF_MAX,
    ) -> None:
        super().__init__(
            refresh_margin=refresh_margin, backoff_initial=backoff_initial, backoff_max=backoff_max
        )
        self.__client_secret = require_text(client_secret, "client_secret")
        self.__system_user_token = require_text(system_user_token, "system_user_token")
        self.__key = load_private_key(private_key, private_key_password)
        self.tenant = require_text(tenant, "tenant")
        self.environment = OnlineEnvironment.of(environment)
        if not ticket_lifetime > 0:
            raise ConfigurationError("ticket_lifetime must be a positive number of seconds")
        self._lifetime = timedelta(seconds=ticket_lifetime)
        self._leeway = float(leeway)
        self.keys = JwksCache(self.environment)

    def __repr__(self) -> str:
        return f"SystemUserAuth(tenant={self.tenant!r}, environment={self.environment.name!r})"

    __str__ = __repr__

    def _headers_for(self, held: Held) -> tuple[tuple[str, str], ...]:
        return (("Authorization", held.value), ("SO-AppToken", self.__client_secret))

    async def _sign_in(self, connection: Connection) -> Held:
        now = connection.clock.now()
        signed = sign_system_user_token(self.__system_user_token, self.__key, now)
        url = self.environment.system_user_url
        answer = await send(
            connection,
            "POST",
            url,
            json={
                "SignedSystemToken": signed,
                "ApplicationToken": self.__client_secret,
                "ContextIdentifier": self.tenant,
                "ReturnTokenType": "JWT",
            },
        )
        secrets = (self.__client_secret, self.__system_user_token, signed)
        data: Any = answer.data
        if not answer.ok:
            detail = answer.problem or f"answered {answer.status}"
            if isinstance(data, dict) and data.get("ErrorMessage"):
                detail += f": {scrub(data['ErrorMessage'], secrets)}"
            raise IdentityProviderError(
                f"system user sign-in at {url} failed: {detail}", status_code=answer.status
            )
        if data.get("IsSuccessful") is not True or not isinstance(data.get("Token"), str):
            message = scrub(data.get("ErrorMessage") or "no token in the answer", secrets)
            raise IdentityProviderError(
                f"system user sign-in for {self.tenant} was refused: {message}", status_code=200
            )
        claims = await validate(
            data["Token"],
            connection=connection,
            keys=self.keys,
            issuer=SYSTEM_USER_ISSUER,
            audience=system_user_audience,
            now=connection.clock.now(),
            leeway=self._leeway,
            what="system user JWT",
        )
        context = claims.get(CLAIM + "ctx")
        if not isinstance(context, str) or context.casefold() != self.tenant.casefold():
            raise TokenValidationError("system user JWT: issued for another tenant", "tenant")
        ticket = claims.get(CLAIM + "ticket")
        if not isinstance(ticket, str) or not ticket or any(c in ticket for c in "\r\n\x00 "):
            raise TokenValidationError("system user JWT: no usable ticket claim", "claims")
        now = connection.clock.now()
        return Held(
            value=f"SOTicket {ticket}",
            obtained=now,
            expires_at=now + self._lifetime,
            sliding=self._lifetime,
        )


def sign_system_user_token(token: str, key: Any, when: datetime) -> str:
    """``token.yyyyMMddHHmm.base64(RSA-SHA256 signature of "token.yyyyMMddHHmm")``, the time
    in UTC (``when`` without a time zone is taken as UTC)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    utc = when.astimezone(UTC) if when.tzinfo is not None else when
    data = f"{token}.{utc.strftime('%Y%m%d%H%M')}"
    signature = key.sign(data.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    return f"{data}.{base64.b64encode(signature).decode('ascii')}"


def load_private_key(
    source: str | bytes | os.PathLike[str], password: str | bytes | None = None
) -> Any:
    """An RSA private key from PEM or RSAXML (text, bytes, or a file path).

    Needs the ``online`` extra (``cryptography``). Errors never quote the key.
    """
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
    except ImportError:
        raise ConfigurationError(
            "SystemUserAuth needs the online extra: pip install 'superoffice-async[online]'"
        ) from None
    if isinstance(source, os.PathLike):
        try:
            with open(source, "rb") as file:
                data = file.read()
        except OSError as exc:
            raise ConfigurationError(
                f"cannot read the private key file: {exc.strerror or type(exc).__name__}"
            ) from None
    elif isinstance(source, str | bytes):
        data = source.encode("utf-8") if isinstance(source, str) else source
    else:
        raise ConfigurationError("private_key must be PEM or RSAXML text, bytes or a path")
    text = data.strip()
    secret = password.encode("utf-8") if isinstance(password, str) else password
    key: Any = None
    problem = ""
    if text.startswith(b"-----BEGIN"):
        try:
            key = serialization.load_pem_private_key(text, password=secret)
        except (ValueError, TypeError):
            problem = "the PEM private key cannot be read (wrong format or password)"
    elif text.startswith(b"<"):
        key, problem = _from_rsa_xml(text)
    else:
        problem = "private_key is neither PEM (-----BEGIN ...) nor RSAXML (<RSAKeyValue>)"
    if problem:
        raise ConfigurationError(problem)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigurationError("private_key is not an RSA private key")
    return key


_RSA_XML_FIELDS = ("Modulus", "Exponent", "P", "Q", "DP", "DQ", "InverseQ", "D")


def _from_rsa_xml(data: bytes) -> tuple[Any, str]:
    """.NET's ``RSA.ToXmlString(true)`` form; returns the key or why it is unusable."""
    import xml.etree.ElementTree as ElementTree

    from cryptography.hazmat.primitives.asymmetric import rsa

    if b"<!" in data:  # no DOCTYPE, no entities: a key file has none
        return None, "the RSAXML private key must not contain declarations"
    try:
        root = ElementTree.fromstring(data)  # noqa: S314 - the app's own key file, checked above
    except ElementTree.ParseError:
        return None, "the RSAXML private key is not well-formed XML"
    if root.tag != "RSAKeyValue":
        return None, "the RSAXML private key must be an <RSAKeyValue> element"
    numbers: dict[str, int] = {}
    for name in _RSA_XML_FIELDS:
        node = root.find(name)
        if node is None or not (node.text or "").strip():
            if name in ("DP", "DQ"):
                continue
            return None, f"the RSAXML private key has no <{name}>"
        try:
            raw = base64.b64decode("".join((node.text or "").split()), validate=True)
        except ValueError:
            return None, f"the RSAXML private key's <{name}> is not base64"
        numbers[name] = int.from_bytes(raw, "big")
    p, q, d = numbers["P"], numbers["Q"], numbers["D"]
    try:
        key = rsa.RSAPrivateNumbers(
            p=p,
            q=q,
            d=d,
            dmp1=numbers.get("DP") or rsa.rsa_crt_dmp1(d, p),
            dmq1=numbers.get("DQ") or rsa.rsa_crt_dmq1(d, q),
            iqmp=numbers["InverseQ"],
            public_numbers=rsa.RSAPublicNumbers(numbers["Exponent"], numbers["Modulus"]),
        ).private_key()
    except ValueError:
        return None, "the RSAXML private key's numbers do not form an RSA key"
    return key, ""
