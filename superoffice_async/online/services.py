"""SuperOffice Online's environments, and the few requests its sign-in and status services get.

An ``OnlineEnvironment`` says where the sign-in service (``/login``, ``/Login/api``) and the
tenant status API (``/api/state``) live: ``sod`` (development), ``stage`` (host ``qaonline``),
``online`` (production), or a root URL such as a local sandbox's. Only these root subdomains
serve sign-in; a tenant's API lives on a numbered one (``sod2``) that the status API names.

``send`` makes one such request through the client's own network transport (one pool, one place
where tests see every request) and returns an ``Answer``; it never raises for a failed request,
so the callers raise their own typed errors with nothing chained.
"""

from __future__ import annotations

import asyncio
import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

import orjson

from ..errors import ConfigurationError, SuperOfficeError
from ..network import NetworkTransport, Timeouts, WireRequest

if TYPE_CHECKING:
    from ..clock import Clock

__all__ = ["Answer", "Connection", "OnlineEnvironment", "is_loopback", "scrub", "send"]

ENVIRONMENT_HOSTS = {
    "sod": "sod",
    "development": "sod",
    "stage": "qaonline",
    "qaonline": "qaonline",
    "online": "online",
    "production": "online",
}
"""Environment names (as the docs and the .NET client spell them) and their sign-in host."""

MAX_ANSWER = 1024 * 1024
"""Bytes of a sign-in or status answer at most."""


@dataclass(frozen=True, slots=True)
class OnlineEnvironment:
    """Where an Online environment's sign-in and tenant status services live."""

    name: str
    root: str
    """Scheme and host, no trailing slash: ``https://sod.superoffice.com``."""

    @classmethod
    def of(cls, value: str | OnlineEnvironment) -> OnlineEnvironment:
        """``sod``, ``stage``/``qaonline``, ``online``, or a root URL (https; http on loopback)."""
        if isinstance(value, OnlineEnvironment):
            return value
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError("environment must be sod, stage, online or a root URL")
        text = value.strip()
        host = ENVIRONMENT_HOSTS.get(text.lower())
        if host is not None:
            return cls(host, f"https://{host}.superoffice.com")
        url = urlsplit(text)
        if url.scheme not in ("http", "https") or not url.hostname or url.path not in ("", "/"):
            raise ConfigurationError(
                "environment must be sod, stage (qaonline), online, or a root URL such as "
                "https://sod.superoffice.com"
            )
        if url.username or url.password or url.query or url.fragment:
            raise ConfigurationError("an environment URL must be scheme and host only")
        if url.scheme == "http" and not is_loopback(url.hostname):
            raise ConfigurationError("an environment URL must be https (http only on loopback)")
        return cls(url.hostname, f"{url.scheme}://{url.netloc}")

    @property
    def issuer(self) -> str:
        """The issuer of OpenID Connect tokens (id_token) of this environment."""
        return self.root

    @property
    def system_user_url(self) -> str:
        return f"{self.root}/Login/api/PartnerSystemUser/Authenticate"

    @property
    def token_url(self) -> str:
        return f"{self.root}/login/common/oauth/tokens"

    @property
    def jwks_url(self) -> str:
        return f"{self.root}/login/.well-known/jwks"

    def state_url(self, tenant: str) -> str:
        return f"{self.root}/api/state/{quote(tenant, safe='')}"

    def trusts(self, url: str, *, allow_http: bool = False) -> bool:
        """May credentials be sent to ``url``? Its host must be this environment's host or a
        sibling of it (``sod2.superoffice.com`` for ``sod``), over https (http on loopback, or
        anywhere with ``allow_http``)."""
        mine = urlsplit(self.root)
        theirs = urlsplit(url)
        host, own = theirs.hostname or "", mine.hostname or ""
        if theirs.username or theirs.password or theirs.query or theirs.fragment:
            return False
        plain_ok = allow_http or is_loopback(host)
        if theirs.scheme != "https" and not (theirs.scheme == "http" and plain_ok):
            return False
        if is_loopback(own):
            return host == own and theirs.port == mine.port
        parent = own.partition(".")[2]
        return host == own or (parent.count(".") >= 1 and host.endswith("." + parent))

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Connection:
    """What a credential or locator uses to reach Online: the client's pool, clock, timeout."""

    network: NetworkTransport
    clock: Clock
    timeout: float


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer of a sign-in or status service; ``status`` None when there was none."""

    status: int | None
    data: Any = None
    """The parsed JSON body; None when it was empty or not JSON."""
    problem: str = ""
    """Why there was no answer (connection refused, timeout), or why the body is unusable."""

    @property
    def ok(self) -> bool:
        return self.status == 200 and isinstance(self.data, dict)


async def send(
    connection: Connection,
    method: str,
    url: str,
    *,
    json: Any = None,
    form: dict[str, str] | None = None,
) -> Answer:
    """One request (no retry, no redirect), its whole answer parsed as JSON when it is JSON."""
    headers = [("Accept", "application/json")]
    body: bytes | None = None
    if json is not None:
        body = orjson.dumps(json)
        headers.append(("Content-Type", "application/json"))
    elif form is not None:
        body = urlencode(form).encode("ascii")
        headers.append(("Content-Type", "application/x-www-form-urlencoded"))
    limit = connection.timeout
    timeouts = Timeouts(connect=limit, read=limit, pool=limit)
    problem = ""
    try:
        async with asyncio.timeout(limit * 2):
            response = await connection.network.send(
                WireRequest(method, url, headers, body), timeouts=timeouts, max_body=MAX_ANSWER
            )
    except SuperOfficeError as exc:  # the transport's errors name no credential
        problem = f"{type(exc).__name__}: {exc}"
    except TimeoutError:
        problem = f"no answer within {limit * 2:g} s"
    if problem:
        return Answer(None, problem=problem)
    data: Any = None
    if response.body and "json" in response.headers.get("content-type", "").lower():
        try:
            data = orjson.loads(response.body)
        except orjson.JSONDecodeError:
            problem = "the answer is not valid JSON"
    elif response.body:
        problem = f"answered {response.status}, not JSON"
    return Answer(response.status, data, problem)


def scrub(text: object, secrets: tuple[str, ...], limit: int = 200) -> str:
    """A service's message, shortened, with any of our secrets it may echo cut out."""
    result = str(text) if text is not None else ""
    for secret in secrets:
        if secret:
            result = result.replace(secret, "<redacted>")
    return result[:limit]


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address: where plain http is allowed (a local sandbox)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
