"""Validating the JWTs SuperOffice's sign-in service issues, against the environment's JWKS.

What is checked (``validate``): three parts that decode; algorithm RS256 only; a signing key from
``{environment}/login/.well-known/jwks`` with the token's ``kid``; the signature; ``exp``
(required) and ``nbf`` against the client's clock with a small leeway; the issuer; the audience.
Any failure is a ``TokenValidationError`` with a ``reason`` and no part of the token; the claims
are returned only when everything holds. A key set of the wrong shape is an
``IdentityProviderError``.

The key set is fetched when first needed and kept; a ``kid`` it lacks makes it fetched again
(keys rotate), but at most once per ``KEY_REFETCH_COOLDOWN``: tokens naming unknown keys cannot
make the SDK hammer the key endpoint. Key sets are shared by every credential of the same
environment on the same connection pool (an application serving many users through
``with_options(auth=...)`` views of one client fetches once).

Issuer and audience by token kind (``TOKEN_RULES``, SuperOffice's table of validation
parameters; the SDK validates the first two kinds, connectors and database mirroring being
services that call the application, not the other way round):

- system user: issuer ``SuperOffice AS``, audience ``spn:{serial claim}``;
- OAuth 2.0 / OpenID Connect ``id_token``: issuer ``https://{env}.superoffice.com``, audience
  the application (client) id.

PyJWT does the decoding and the signature; it is imported only here, when a token is checked.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..errors import IdentityProviderError, TokenValidationError
from ..online.services import Connection, OnlineEnvironment, send
from ..single_flight import SingleFlight

__all__ = [
    "CLAIM",
    "KEY_REFETCH_COOLDOWN",
    "SYSTEM_USER_ISSUER",
    "TOKEN_RULES",
    "JwksCache",
    "system_user_audience",
    "validate",
]

CLAIM = "http://schemes.superoffice.net/identity/"
"""Prefix of SuperOffice's own claims (``ticket``, ``ctx``, ``serial``, ...)."""
SYSTEM_USER_ISSUER = "SuperOffice AS"
ALGORITHMS = ("RS256",)
KEY_REFETCH_COOLDOWN = 300.0
"""Seconds after a fetch of the key set before an unknown ``kid`` may fetch it again."""
TOKEN_RULES = {
    "system user": ("SuperOffice AS", "spn:{serial claim value}"),
    "id_token": ("https://{env}.superoffice.com", "Application ID"),
}
"""Issuer and audience the SDK requires, by token kind, in the reference table's words
(``{env}``: the environment's root URL; Application ID: the client id)."""

Audience = str | Callable[[dict[str, Any]], str | None]
"""The expected audience, or how to read it from the (signature-checked) claims."""


def system_user_audience(claims: dict[str, Any]) -> str | None:
    """``spn:{serial}``: a system-user JWT's audience is its tenant database's serial number."""
    serial = claims.get(CLAIM + "serial")
    return f"spn:{serial}" if isinstance(serial, str | int) and str(serial) else None


class JwksCache:
    """The environment's signing keys (one set per environment and connection pool; see the
    module doc): fetched when first needed, and again for an unknown ``kid`` at most once per
    ``KEY_REFETCH_COOLDOWN``."""

    def __init__(self, environment: OnlineEnvironment) -> None:
        self._environment = environment
        self._own: dict[str, _KeySet] = {}
        """Used when the pool cannot be referenced weakly (a transport with ``__slots__``)."""

    async def key(self, connection: Connection, kid: str | None) -> Any:
        """The public key for ``kid`` (the only key when the token names none), or None."""
        url = self._environment.jwks_url
        try:
            sets = _key_sets.setdefault(connection.network, {})
        except TypeError:
            sets = self._own
        shared = sets.get(url)
        if shared is None:
            shared = sets[url] = _KeySet(url)
        return await shared.key(connection, kid)


class _KeySet:
    """One environment's keys on one clock; one fetch at a time."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.keys: dict[str, Any] | None = None
        self.fetched_at: float | None = None
        self.fetches = 0
        self._flight: SingleFlight[dict[str, Any]] = SingleFlight()

    async def key(self, connection: Connection, kid: str | None) -> Any:
        if self.keys is not None:
            found = _pick(self.keys, kid)
            if found is not None or not self._may_refetch(connection):
                return found
        self.keys = await self._flight.run(lambda: self._fetch(connection))
        return _pick(self.keys, kid)

    def _may_refetch(self, connection: Connection) -> bool:
        now = connection.clock.monotonic()
        return self.fetched_at is None or now - self.fetched_at >= KEY_REFETCH_COOLDOWN

    async def _fetch(self, connection: Connection) -> dict[str, Any]:
        import jwt

        url = self.url
        answer = await send(connection, "GET", url)
        self.fetches += 1
        self.fetched_at = connection.clock.monotonic()
        if not answer.ok:
            raise IdentityProviderError(
                f"could not read the signing keys at {url}: "
                + (answer.problem or f"answered {answer.status}"),
                status_code=answer.status,
            )
        entries = answer.data.get("keys")
        if not isinstance(entries, list):
            raise IdentityProviderError(
                f"the key set at {url} has no list of keys ('keys' is {type(entries).__name__})",
                status_code=answer.status,
            )
        keys: dict[str, Any] = {}
        for entry in entries:
            if not isinstance(entry, dict) or entry.get("kty") != "RSA":
                continue
            kid = entry.get("kid")
            if kid is not None and not isinstance(kid, str):
                continue
            try:
                jwk = jwt.PyJWK.from_dict(entry, algorithm="RS256")
            except (jwt.PyJWTError, TypeError, ValueError, KeyError):
                continue
            keys[kid or ""] = jwk.key
        return keys


_key_sets: weakref.WeakKeyDictionary[object, dict[str, _KeySet]] = weakref.WeakKeyDictionary()
"""The key sets of each connection pool, by key set URL; gone with the pool."""


async def validate(
    token: object,
    *,
    connection: Connection,
    keys: JwksCache,
    issuer: str,
    audience: Audience,
    now: datetime,
    leeway: float,
    what: str,
) -> dict[str, Any]:
    """The claims of ``token`` once signature, algorithm, expiry, issuer and audience hold."""
    import jwt

    if not isinstance(token, str) or token.count(".") != 2:
        raise TokenValidationError(f"{what}: not a JWT (three dot-separated parts)", "malformed")
    reason = ""
    header: dict[str, Any] = {}
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        reason = "malformed"
    if reason:
        raise TokenValidationError(f"{what}: the JWT header does not decode", reason)
    if header.get("alg") not in ALGORITHMS:
        raise TokenValidationError(
            f"{what}: signed with {str(header.get('alg'))[:20]!r}; only RS256 is accepted",
            "algorithm",
        )
    kid = header.get("kid")
    if kid is not None and not isinstance(kid, str):
        raise TokenValidationError(f"{what}: the JWT header's kid is not a string", "malformed")
    key = await keys.key(connection, kid)
    if key is None:
        raise TokenValidationError(f"{what}: no signing key of the environment matches", "key")
    claims: dict[str, Any] = {}
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=list(ALGORITHMS),
            options={
                "verify_signature": True,
                "verify_exp": False,  # checked below against the client's clock
                "verify_nbf": False,
                "verify_iat": False,
                "verify_aud": False,
                "verify_iss": False,
            },
        )
    except jwt.InvalidSignatureError:
        reason = "signature"
    except jwt.InvalidAlgorithmError:
        reason = "algorithm"
    except jwt.PyJWTError:
        reason = "malformed"
    if reason:
        raise TokenValidationError(f"{what}: the JWT's {_REASONS[reason]}", reason)
    _check_times(claims, now.timestamp(), leeway, what)
    if claims.get("iss") != issuer:
        raise TokenValidationError(f"{what}: the issuer is not {issuer!r}", "issuer")
    wanted = audience if isinstance(audience, str) else audience(claims)
    given = claims.get("aud")
    audiences = given if isinstance(given, list) else [given]
    if wanted is None or wanted not in audiences:
        raise TokenValidationError(f"{what}: the audience is not the expected one", "audience")
    return claims


def _pick(keys: dict[str, Any], kid: str | None) -> Any:
    """The key named ``kid``; without a ``kid``, the key when there is exactly one."""
    if kid is not None:
        return keys.get(kid)
    return next(iter(keys.values())) if len(keys) == 1 else None


_REASONS = {
    "signature": "signature does not verify with the environment's key",
    "algorithm": "algorithm is not RS256",
    "malformed": "parts do not decode",
}


def _check_times(claims: dict[str, Any], now: float, leeway: float, what: str) -> None:
    exp = claims.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        raise TokenValidationError(f"{what}: the JWT has no expiry (exp)", "claims")
    if now > exp + leeway:
        raise TokenValidationError(f"{what}: the JWT expired {now - exp:.0f} s ago", "expired")
    nbf = claims.get("nbf")
    if nbf is not None and (isinstance(nbf, bool) or not isinstance(nbf, int | float)):
        raise TokenValidationError(f"{what}: the JWT's nbf is not a time", "claims")
    if nbf is not None and now + leeway < nbf:
        raise TokenValidationError(f"{what}: the JWT is not valid yet (nbf)", "not-yet-valid")
