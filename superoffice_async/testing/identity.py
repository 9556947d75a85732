"""The sandbox's sign-in side: SuperOffice Online's identity provider, played on 127.0.0.1.

- ``POST /Login/api/PartnerSystemUser/Authenticate``: checks the client secret, the tenant, the
  system user token and its RSA-SHA256 signature (with the partner app's public key) and the
  timestamp (10 minutes either way); answers ``{IsSuccessful, Token, ErrorMessage}`` with a JWT
  (issuer ``SuperOffice AS``, audience ``spn:{serial}``) whose ticket claim is a new ticket.
- ``POST /login/common/oauth/tokens``: the ``refresh_token`` grant (client id and secret checked);
  answers an access token, ``expires_in`` and an ``id_token`` (issuer: the sandbox's root URL,
  audience: the client id). The authorization code flow is interactive: 501.
- ``GET /login/.well-known/jwks`` and ``/login/.well-known/openid-configuration``.

Tickets live ``ticket_lifetime`` seconds from their last use (sliding, as in Online); access
tokens ``token_lifetime`` seconds. Tests make them expire at will (``expire_tickets``,
``expire_tokens``), make the next JWT bad (``tamper``), fail the next sign-ins (``fail_next``) or
revoke the refresh token. ``PartnerApp`` is what the developer portal hands the app's vendor.
Thread-safe: the server thread serves while the test thread steers.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import jwt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

__all__ = ["CLAIM", "IdentityProvider", "PartnerApp"]

CLAIM = "http://schemes.superoffice.net/identity/"
SYSTEM_USER_ISSUER = "SuperOffice AS"
KEY_ID = "sandbox-signing-key"
TAMPERINGS = ("signature", "issuer", "audience", "expired", "tenant", "algorithm")
CLOCK_SKEW = timedelta(minutes=10)


@cache
def _rsa_key(name: str) -> rsa.RSAPrivateKey:
    """One key per role and process (generating RSA keys is slow)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass(frozen=True)
class PartnerApp:
    """The partner application as registered: what its vendor gets. Shown without secrets."""

    client_id: str = "sandbox-client-id"
    client_secret: str = field(default="sandbox-client-secret", repr=False)
    system_user_token: str = field(default="Sandbox App-4kd93Jd8sP", repr=False)
    refresh_token: str = field(default="sandbox-refresh-token", repr=False)

    @property
    def private_key(self) -> rsa.RSAPrivateKey:
        return _rsa_key("partner")

    @property
    def private_key_pem(self) -> str:
        """The private key as PKCS#8 PEM."""
        return self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode("ascii")

    @property
    def private_key_xml(self) -> str:
        """The private key in .NET's RSAXML form, as SuperOffice hands it out."""
        numbers = self.private_key.private_numbers()
        public = numbers.public_numbers
        parts = {
            "Modulus": public.n,
            "Exponent": public.e,
            "P": numbers.p,
            "Q": numbers.q,
            "DP": numbers.dmp1,
            "DQ": numbers.dmq1,
            "InverseQ": numbers.iqmp,
            "D": numbers.d,
        }
        inner = "".join(f"<{name}>{_b64_int(value)}</{name}>" for name, value in parts.items())
        return f"<RSAKeyValue>{inner}</RSAKeyValue>"


@dataclass
class _Issued:
    expires: float
    sliding: float | None


class IdentityProvider:
    """The sign-in side of the sandbox (see the module doc); ``routes()`` serves it."""

    def __init__(
        self,
        *,
        tenant: str = "Cust12345",
        serial: str = "1801550193",
        app: PartnerApp | None = None,
        ticket_lifetime: float = 6 * 60 * 60.0,
        sliding: bool = True,
        token_lifetime: float = 3600.0,
        jwt_lifetime: float = 300.0,
        rotate_refresh_tokens: bool = False,
    ) -> None:
        self.tenant = tenant
        self.serial = serial
        self.app = app or PartnerApp()
        self.ticket_lifetime = ticket_lifetime
        self.sliding = sliding
        self.token_lifetime = token_lifetime
        self.jwt_lifetime = jwt_lifetime
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self._refresh_token = self.app.refresh_token
        self._lock = threading.Lock()
        self._tickets: dict[str, _Issued] = {}
        self._tokens: dict[str, _Issued] = {}
        self._tamper: list[str] = []
        self._overrides: list[tuple[dict[str, Any], str | None]] = []
        self._failures: list[int] = []
        self.exchanges = 0
        """System-user tickets issued."""
        self.refreshes = 0
        """Access tokens issued by the refresh_token grant."""
        self.refused = 0
        """Sign-in requests refused (any reason, injected failures included)."""
        self.jwks_reads = 0
        self.key_set_answer: Any = None
        """What the key set endpoint answers instead of ``jwks`` (tests of malformed key sets);
        None: the real key set."""
        self.issued: list[str] = []
        """Every ticket, access token, refresh token and JWT handed out (tests look for them
        where secrets must never be)."""
        self.rejected_credentials = 0
        """API requests that carried an expired or unknown issued ticket or token."""

    # -- steering (test thread) -----------------------------------------------------------

    def expire_tickets(self) -> int:
        """Every ticket issued so far expires now; returns how many."""
        with self._lock:
            count = len(self._tickets)
            self._tickets.clear()
            return count

    def expire_tokens(self) -> int:
        """Every access token issued so far expires now; returns how many."""
        with self._lock:
            count = len(self._tokens)
            self._tokens.clear()
            return count

    def tamper(self, how: str, count: int = 1) -> None:
        """The next ``count`` JWTs are bad: ``signature``, ``issuer``, ``audience``, ``expired``,
        ``tenant`` (another ctx) or ``algorithm`` (HS256)."""
        if how not in TAMPERINGS:
            raise ValueError(f"tamper with one of {TAMPERINGS}")
        with self._lock:
            self._tamper.extend([how] * count)

    def override_next(
        self, claims: Mapping[str, Any] | None = None, *, kid: str | None = None, count: int = 1
    ) -> None:
        """The next ``count`` JWTs are signed (with the right key) with these claims changed (a
        None value removes the claim) and, with ``kid``, naming that key id in their header."""
        with self._lock:
            self._overrides.extend([(dict(claims or {}), kid)] * count)

    def fail_next(self, count: int = 1, status: int = 503) -> None:
        """The next ``count`` sign-in requests (exchange, token, JWKS) answer ``status``."""
        with self._lock:
            self._failures.extend([status] * count)

    def revoke_refresh_token(self) -> None:
        """The tenant revoked the consent: the refresh token no longer works."""
        with self._lock:
            self._refresh_token = secrets.token_urlsafe(16)

    @property
    def refresh_token(self) -> str:
        """The refresh token the endpoint honours now (rotates with ``rotate_refresh_tokens``)."""
        with self._lock:
            return self._refresh_token

    @property
    def jwks(self) -> dict[str, Any]:
        """The JSON Web Key Set with the sandbox's signing key."""
        public = _rsa_key("superoffice").public_key()
        entry = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(public))
        entry.update({"kid": KEY_ID, "use": "sig", "alg": "RS256"})
        return {"keys": [entry]}

    # -- the API's check (server thread) --------------------------------------------------

    def ticket_valid(self, ticket: str) -> bool:
        """Is ``ticket`` one this provider issued and has not expired? Slides it on use."""
        return self._valid(self._tickets, ticket)

    def token_valid(self, token: str) -> bool:
        """Is ``token`` an access token this provider issued, not expired?"""
        return self._valid(self._tokens, token)

    def _valid(self, issued: dict[str, _Issued], value: str) -> bool:
        now = time.monotonic()
        with self._lock:
            entry = issued.get(value)
            if entry is None or now >= entry.expires:
                issued.pop(value, None)
                self.rejected_credentials += 1
                return False
            if entry.sliding is not None:
                entry.expires = now + entry.sliding
            return True

    # -- the endpoints --------------------------------------------------------------------

    def routes(self) -> list[Route]:
        """The identity provider's routes, at the root of the environment."""
        return [
            Route("/Login/api/PartnerSystemUser/Authenticate", self._system_user, methods=["POST"]),
            Route("/login/common/oauth/tokens", self._tokens_endpoint, methods=["POST"]),
            Route("/login/.well-known/jwks", self._jwks, methods=["GET"]),
            Route("/login/.well-known/openid-configuration", self._metadata, methods=["GET"]),
        ]

    async def _system_user(self, request: Request) -> Response:
        failed = self._injected()
        if failed is not None:
            return failed
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return self._refuse(400, "The request body must be a JSON object")
        if str(body.get("ReturnTokenType", "")).casefold() != "jwt":
            return JSONResponse(
                {"IsSuccessful": False, "ErrorMessage": "the sandbox issues JWT only"}, 501
            )
        problem = self._check_signed_token(body)
        if problem:
            return self._refuse(200, problem)
        ticket = "7T:" + secrets.token_urlsafe(24)
        with self._lock:
            sliding = self.ticket_lifetime if self.sliding else None
            self._tickets[ticket] = _Issued(time.monotonic() + self.ticket_lifetime, sliding)
            self.exchanges += 1
            self.issued.append(ticket)
        now = int(time.time())
        claims = {
            "sub": "system user",
            CLAIM + "ticket": ticket,
            CLAIM + "ctx": self.tenant,
            CLAIM + "serial": self.serial,
            CLAIM + "is_administrator": "False",
            CLAIM + "identityprovider": SYSTEM_USER_ISSUER,
            "iat": now,
            "nbf": now,
            "exp": now + int(self.jwt_lifetime),
            "iss": SYSTEM_USER_ISSUER,
            "aud": f"spn:{self.serial}",
        }
        token = self._sign(claims, issuer=SYSTEM_USER_ISSUER)
        return JSONResponse({"IsSuccessful": True, "Token": token, "ErrorMessage": ""})

    def _check_signed_token(self, body: Mapping[str, Any]) -> str:
        app = self.app
        if not _same(body.get("ApplicationToken"), app.client_secret):
            return "Invalid ApplicationToken"
        if not _same(body.get("ContextIdentifier"), self.tenant):
            return "Unknown ContextIdentifier"
        signed = body.get("SignedSystemToken")
        if not isinstance(signed, str) or signed.count(".") < 2:
            return "SignedSystemToken must be token.yyyyMMddHHmm.signature"
        token, stamp, signature = signed.rsplit(".", 2)
        if not _same(token, app.system_user_token):
            return "Unknown system user token"
        try:
            when = datetime.strptime(stamp, "%Y%m%d%H%M").replace(tzinfo=UTC)
            raw = base64.b64decode(signature, validate=True)
            app.private_key.public_key().verify(
                raw, f"{token}.{stamp}".encode(), padding.PKCS1v15(), hashes.SHA256()
            )
        except (ValueError, InvalidSignature):
            return "The system user token signature or timestamp is invalid"
        if abs(datetime.now(UTC) - when) > CLOCK_SKEW:
            return "The signed system user token is too old or from the future"
        return ""

    async def _tokens_endpoint(self, request: Request) -> Response:
        failed = self._injected()
        if failed is not None:
            return failed
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
        grant = form.get("grant_type")
        if grant in ("authorization_code", "implicit"):
            return _oauth_error(501, "unsupported_grant_type", "not simulated by the sandbox")
        if grant != "refresh_token":
            return _oauth_error(400, "unsupported_grant_type", "use grant_type=refresh_token")
        app = self.app
        if not (
            _same(form.get("client_id"), app.client_id)
            and _same(form.get("client_secret"), app.client_secret)
        ):
            self.refused += 1
            return _oauth_error(401, "invalid_client", "unknown client or wrong secret")
        with self._lock:
            current = self._refresh_token
        if not _same(form.get("refresh_token"), current):
            self.refused += 1
            return _oauth_error(400, "invalid_grant", "the refresh token is not valid")
        access = f"8A:{self.tenant}:" + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[access] = _Issued(time.monotonic() + self.token_lifetime, None)
            self.refreshes += 1
            if self.rotate_refresh_tokens:
                self._refresh_token = secrets.token_urlsafe(24)
            rotated = self._refresh_token
            self.issued += [access, rotated]
        issuer = _root(request)
        now = int(time.time())
        id_token = self._sign(
            {
                "sub": "sandbox.user@example.com",
                CLAIM + "ctx": self.tenant,
                CLAIM + "serial": self.serial,
                "iat": now,
                "nbf": now,
                "exp": now + int(self.jwt_lifetime),
                "iss": issuer,
                "aud": app.client_id,
            },
            issuer=issuer,
        )
        answer: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": access,
            "expires_in": self.token_lifetime,
            "id_token": id_token,
        }
        if self.rotate_refresh_tokens:
            answer["refresh_token"] = rotated
        return JSONResponse(answer)

    async def _jwks(self, request: Request) -> Response:
        failed = self._injected()
        if failed is not None:
            return failed
        with self._lock:
            self.jwks_reads += 1
            body = self.key_set_answer
        return JSONResponse(self.jwks if body is None else body)

    async def _metadata(self, request: Request) -> Response:
        root = _root(request)
        return JSONResponse(
            {
                "issuer": root,
                "authorization_endpoint": f"{root}/login/common/oauth/authorize",
                "token_endpoint": f"{root}/login/common/oauth/tokens",
                "jwks_uri": f"{root}/login/.well-known/jwks",
                "scopes_supported": ["openid"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["client_secret_post"],
                "grant_types_supported": ["authorization_code", "refresh_token"],
            }
        )

    # -- inside ---------------------------------------------------------------------------

    def _sign(self, claims: dict[str, Any], *, issuer: str) -> str:
        with self._lock:
            how = self._tamper.pop(0) if self._tamper else None
            changes, kid = self._overrides.pop(0) if self._overrides else ({}, None)
        for name, value in changes.items():
            if value is None:
                claims.pop(name, None)
            else:
                claims[name] = value
        key = _rsa_key("superoffice")
        algorithm = "RS256"
        signing_key: Any = key
        if how == "signature":
            signing_key = _rsa_key("rogue")
        elif how == "issuer":
            claims["iss"] = "https://evil.example.com"
        elif how == "audience":
            claims["aud"] = "spn:0" if claims["aud"].startswith("spn:") else "another-client"
        elif how == "expired":
            claims["exp"] = int(time.time()) - 3600
        elif how == "tenant":
            claims[CLAIM + "ctx"] = "Cust99999"
        elif how == "algorithm":
            algorithm, signing_key = "HS256", "a-shared-secret-anyone-could-guess-000000"
        headers = {"kid": kid or KEY_ID}
        token = jwt.encode(claims, signing_key, algorithm=algorithm, headers=headers)
        with self._lock:
            self.issued.append(token)
        return token

    def _injected(self) -> Response | None:
        with self._lock:
            status = self._failures.pop(0) if self._failures else None
            if status is not None:
                self.refused += 1
        if status is None:
            return None
        return JSONResponse({"error": "temporarily_unavailable"}, status_code=status)

    def _refuse(self, status: int, message: str) -> Response:
        with self._lock:
            self.refused += 1
        return JSONResponse(
            {"IsSuccessful": False, "Token": None, "ErrorMessage": message}, status_code=status
        )


def _oauth_error(status: int, error: str, description: str) -> Response:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


def _root(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def _same(given: object, wanted: str) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given.encode(), wanted.encode())


def _b64_int(value: int) -> str:
    return base64.b64encode(value.to_bytes((value.bit_length() + 7) // 8, "big")).decode("ascii")
