"""Where credentials may go: one rule, checked when any client is built (or rebuilt).

- Over https only, to the configured host. Plain http only to a loopback address (a local
  sandbox), or when the caller opts in with ``allow_insecure_http=True`` (an onsite server on a
  private network that has no TLS: the credentials then cross that network in clear text).
- Online credentials (``SystemUserAuth``, ``OAuthAuth``: anything with an ``environment``) go
  only to their own environment: a fixed ``base_url`` must be that environment's host or a
  sibling of it (``sod2.superoffice.com`` for ``sod``), and a tenant client must look its
  tenant up in the same environment (the status API's answer is checked by the locator).
- Redirects are never followed (the network transports refuse them), so an answer cannot move
  the credentials elsewhere.

A configuration that breaks the rule raises ``ConfigurationError`` saying why, before anything
is sent.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..errors import ConfigurationError
from ..online.services import OnlineEnvironment, is_loopback
from .schemes import AppTokenAuth, Auth

__all__ = ["check_site", "check_tenant_environment", "site_url"]


def check_site(
    base_url: str, auth: Auth | AppTokenAuth, *, allow_insecure_http: bool, name: str = "base_url"
) -> None:
    """Refuse a fixed site ``base_url`` that ``auth``'s credentials must not be sent to."""
    url = urlsplit(base_url)
    host = url.hostname or ""
    if url.scheme == "http" and not is_loopback(host) and not allow_insecure_http:
        raise ConfigurationError(
            f"{name} {base_url!r} is plain http: the credentials would cross the network in "
            "clear text. Use https (plain http is allowed on loopback, for a local sandbox), or "
            "pass allow_insecure_http=True if this server really has no TLS"
        )
    environment = _environment_of(auth)
    if environment is None:
        return
    if not environment.trusts(base_url, allow_http=allow_insecure_http):
        raise ConfigurationError(
            f"{name} {base_url!r} is not a server of the Online environment "
            f"{environment.name} ({environment.root}) that {_kind(auth)} signs in at: its "
            "ticket or token is never sent to another host"
        )


def check_tenant_environment(environment: OnlineEnvironment, auth: Auth | AppTokenAuth) -> None:
    """Refuse Online credentials of one environment on a tenant client of another."""
    own = _environment_of(auth)
    if own is not None and own.root != environment.root:
        raise ConfigurationError(
            f"the tenant is looked up in {environment.name} ({environment.root}) but "
            f"{_kind(auth)} signs in at {own.name} ({own.root}): its ticket or token is never "
            "sent to another environment's servers"
        )


def _environment_of(auth: Auth | AppTokenAuth) -> OnlineEnvironment | None:
    inner = auth.inner if isinstance(auth, AppTokenAuth) else auth
    environment = getattr(inner, "environment", None)
    return environment if isinstance(environment, OnlineEnvironment) else None


def _kind(auth: Auth | AppTokenAuth) -> str:
    inner = auth.inner if isinstance(auth, AppTokenAuth) else auth
    return type(inner).__name__


def site_url(base_url: str, name: str = "base_url") -> str:
    """``base_url`` checked and normalized (one trailing slash); errors call it ``name``."""
    if not isinstance(base_url, str):
        raise ConfigurationError(f"{name} must be a str")
    try:
        url = urlsplit(base_url.strip())
        port = url.port
    except ValueError as exc:
        raise ConfigurationError(f"{name} is not a valid URL: {exc}") from None
    if url.scheme not in ("https", "http") or not url.hostname:
        raise ConfigurationError(
            f"{name} must be an absolute http(s) URL, like https://sod2.superoffice.com/Cust12345"
        )
    if url.username is not None or url.password is not None:
        raise ConfigurationError(f"{name} must not carry credentials; pass auth=BasicAuth(...)")
    if url.query or url.fragment or base_url.strip().endswith("?"):
        raise ConfigurationError(f"{name} must not have a query or a fragment")
    if any(c.isspace() or ord(c) < 32 for c in base_url.strip()):
        raise ConfigurationError(f"{name} must not contain spaces or control characters")
    host = url.hostname if ":" not in url.hostname else f"[{url.hostname}]"
    netloc = host if port is None else f"{host}:{port}"
    return f"{url.scheme}://{netloc}{url.path.rstrip('/')}/"
