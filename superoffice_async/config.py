"""Configuration from ``SUPEROFFICE_*`` environment variables (``SuperOfficeClient.from_env()``
and the command line).

Where:

- ``SUPEROFFICE_URL``: a fixed site, e.g. ``https://crm.example.com/SuperOffice`` (onsite) or
  ``https://sod2.superoffice.com/Cust12345``; or
- ``SUPEROFFICE_TENANT`` (``Cust12345``) with ``SUPEROFFICE_ENVIRONMENT`` (``sod``, ``stage``,
  ``online``; default ``online``): the address comes from the tenant status API.

Who (exactly one kind):

- Basic (onsite): ``SUPEROFFICE_USER``, ``SUPEROFFICE_PASSWORD``;
- SOTicket: ``SUPEROFFICE_TICKET``;
- Bearer you renew yourself: ``SUPEROFFICE_ACCESS_TOKEN``;
- OAuth that renews itself (Online): ``SUPEROFFICE_REFRESH_TOKEN``, ``SUPEROFFICE_CLIENT_ID``,
  ``SUPEROFFICE_CLIENT_SECRET`` (and ``SUPEROFFICE_ACCESS_TOKEN`` when you have a current one);
- system user (Online): ``SUPEROFFICE_SYSTEM_USER_TOKEN``, ``SUPEROFFICE_CLIENT_SECRET``,
  ``SUPEROFFICE_PRIVATE_KEY`` (PEM or RSAXML text) or ``SUPEROFFICE_PRIVATE_KEY_FILE``, and
  ``SUPEROFFICE_TENANT``;
- X-XSRF-TOKEN: ``SUPEROFFICE_XSRF_TOKEN``.

Also: ``SUPEROFFICE_APP_TOKEN`` (SO-AppToken with SOTicket; defaults to
``SUPEROFFICE_CLIENT_SECRET`` when that is set), ``SUPEROFFICE_LANGUAGE``,
``SUPEROFFICE_ALLOW_INSECURE_HTTP=1`` (a plain http ``SUPEROFFICE_URL`` that is not loopback;
see ``superoffice_async.auth.trust``), and ``SUPEROFFICE_LOG=info|debug``, which switches the
SDK's logging on (to stderr; debug: one line per attempt with operation, status and elapsed
time).

The SCIM bridge's own ``SUPEROFFICE_SCIM_*`` variables (see ``superoffice_async.scim``) are
known too, so they may sit next to these without being refused; ``from_env()`` ignores them.

Every error names the variable at fault, and no value is ever logged or quoted in an error. A
``SUPEROFFICE_*`` variable not in this list is refused, naming the closest known one: a misspelt
``SUPEROFFICE_ENVIROMENT`` would otherwise send the job to production unnoticed.
"""

from __future__ import annotations

import difflib
import functools
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .auth.schemes import Auth, BasicAuth, BearerAuth, SOTicketAuth, XsrfTokenAuth, require_text
from .auth.trust import check_site, site_url
from .errors import ConfigurationError, InvalidArgumentError
from .online.services import OnlineEnvironment

__all__ = [
    "KNOWN_VARIABLES",
    "auth_from_env",
    "client_arguments",
    "configure_logging",
    "logging_from_env",
]

KNOWN_VARIABLES = (
    "SUPEROFFICE_URL",
    "SUPEROFFICE_TENANT",
    "SUPEROFFICE_ENVIRONMENT",
    "SUPEROFFICE_USER",
    "SUPEROFFICE_PASSWORD",
    "SUPEROFFICE_TICKET",
    "SUPEROFFICE_ACCESS_TOKEN",
    "SUPEROFFICE_REFRESH_TOKEN",
    "SUPEROFFICE_CLIENT_ID",
    "SUPEROFFICE_CLIENT_SECRET",
    "SUPEROFFICE_SYSTEM_USER_TOKEN",
    "SUPEROFFICE_PRIVATE_KEY",
    "SUPEROFFICE_PRIVATE_KEY_FILE",
    "SUPEROFFICE_XSRF_TOKEN",
    "SUPEROFFICE_APP_TOKEN",
    "SUPEROFFICE_LANGUAGE",
    "SUPEROFFICE_ALLOW_INSECURE_HTTP",
    "SUPEROFFICE_LOG",
    # read by the SCIM bridge (superoffice_async.scim), not by from_env()
    "SUPEROFFICE_SCIM_TOKEN",
    "SUPEROFFICE_SCIM_TOKEN_FILE",
    "SUPEROFFICE_SCIM_MAPPING",
    "SUPEROFFICE_SCIM_MAX_DEACTIVATIONS",
)
"""Every ``SUPEROFFICE_*`` variable the package reads (``from_env()`` and the SCIM bridge);
any other is refused."""
T = TypeVar("T")
_YES, _NO = ("1", "true", "yes", "on"), ("0", "false", "no", "off")

LOG_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG, "warning": logging.WARNING}
_MARKERS = {
    "system user": ("SUPEROFFICE_SYSTEM_USER_TOKEN",),
    "OAuth": ("SUPEROFFICE_REFRESH_TOKEN",),
    "SOTicket": ("SUPEROFFICE_TICKET",),
    "Basic": ("SUPEROFFICE_USER",),
    "X-XSRF-TOKEN": ("SUPEROFFICE_XSRF_TOKEN",),
}


def client_arguments(
    environ: Mapping[str, str],
    *,
    url: str | None = None,
    user: str | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """The ``SuperOfficeClient`` arguments the variables above give (``url``/``user``:
    command-line flags that take precedence), with ``kwargs`` added; for ``from_env()``.
    ``ConfigurationError`` naming the variable when one is unusable or unknown."""
    refuse_unknown(environ)
    configure_logging(_get(environ, "SUPEROFFICE_LOG"))
    url = url or _get(environ, "SUPEROFFICE_URL")
    tenant = _get(environ, "SUPEROFFICE_TENANT")
    environment = _environment(environ)
    language = _get(environ, "SUPEROFFICE_LANGUAGE")
    if language and "language" not in kwargs:
        from .options import validate_options

        _named("SUPEROFFICE_LANGUAGE", lambda: validate_options({"language": language}))
        kwargs["language"] = language
    insecure = _flag(environ, "SUPEROFFICE_ALLOW_INSECURE_HTTP")
    if insecure and "allow_insecure_http" not in kwargs:
        kwargs["allow_insecure_http"] = True
    auth = auth_from_env(environ, user=user)
    if not auth.sends_app_token and "app_token" not in kwargs:
        app_token = _get(environ, "SUPEROFFICE_APP_TOKEN")
        if app_token is None and isinstance(auth, SOTicketAuth):
            app_token = _get(environ, "SUPEROFFICE_CLIENT_SECRET")
        kwargs["app_token"] = app_token
    if url:  # a fixed site wins; SUPEROFFICE_TENANT then serves the system user sign-in only
        site = _named("SUPEROFFICE_URL", lambda: site_url(url, "the site"))
        insecure = bool(kwargs.get("allow_insecure_http"))
        _named(
            "SUPEROFFICE_URL",
            lambda: check_site(site, auth, allow_insecure_http=insecure, name="the site"),
        )
        return {"base_url": url, "auth": auth, **kwargs}
    if tenant:
        from .online.tenant_status import TenantStateLocator

        _named("SUPEROFFICE_TENANT", lambda: TenantStateLocator(tenant, environment))
        return {"tenant": tenant, "environment": environment, "auth": auth, **kwargs}
    raise ConfigurationError(
        "no site: set SUPEROFFICE_URL, or SUPEROFFICE_TENANT (and SUPEROFFICE_ENVIRONMENT)"
    )


def auth_from_env(environ: Mapping[str, str], *, user: str | None = None) -> Auth:
    """The one credential the variables describe; ConfigurationError naming the variables when
    there is none, more than one, or one is incomplete."""
    kinds = [kind for kind, names in _MARKERS.items() if any(_get(environ, n) for n in names)]
    if user:
        kinds = [kind for kind in kinds if kind != "Basic"] + ["Basic"]
    if not kinds and _get(environ, "SUPEROFFICE_ACCESS_TOKEN"):
        kinds = ["Bearer"]
    if not kinds:
        raise ConfigurationError(
            "no credentials: set SUPEROFFICE_USER and SUPEROFFICE_PASSWORD, SUPEROFFICE_TICKET, "
            "SUPEROFFICE_ACCESS_TOKEN, SUPEROFFICE_REFRESH_TOKEN (OAuth), "
            "SUPEROFFICE_SYSTEM_USER_TOKEN (system user) or SUPEROFFICE_XSRF_TOKEN"
        )
    if len(kinds) > 1:
        raise ConfigurationError(f"more than one kind of credential is set: {', '.join(kinds)}")
    kind = kinds[0]
    if kind == "Basic":
        password = _get(environ, "SUPEROFFICE_PASSWORD")
        if password is None:
            raise ConfigurationError("SUPEROFFICE_USER needs SUPEROFFICE_PASSWORD")
        name = user or _need(environ, "SUPEROFFICE_USER", kind)
        return _named("SUPEROFFICE_USER", lambda: BasicAuth(name, password))
    if kind == "SOTicket":
        return SOTicketAuth(_need(environ, "SUPEROFFICE_TICKET", kind))
    if kind == "Bearer":
        return BearerAuth(_need(environ, "SUPEROFFICE_ACCESS_TOKEN", kind))
    if kind == "X-XSRF-TOKEN":
        return XsrfTokenAuth(_need(environ, "SUPEROFFICE_XSRF_TOKEN", kind))
    environment = _environment(environ)
    if kind == "OAuth":
        from .auth.oauth import OAuthAuth

        return OAuthAuth(
            client_id=_need(environ, "SUPEROFFICE_CLIENT_ID", kind),
            client_secret=_need(environ, "SUPEROFFICE_CLIENT_SECRET", kind),
            refresh_token=_need(environ, "SUPEROFFICE_REFRESH_TOKEN", kind),
            access_token=_get(environ, "SUPEROFFICE_ACCESS_TOKEN"),
            environment=environment,
        )
    from .auth.system_user import SystemUserAuth

    key_text = _get(environ, "SUPEROFFICE_PRIVATE_KEY")
    key_file = _get(environ, "SUPEROFFICE_PRIVATE_KEY_FILE")
    if (key_text is None) == (key_file is None):
        raise ConfigurationError(
            "system user: set one of SUPEROFFICE_PRIVATE_KEY and SUPEROFFICE_PRIVATE_KEY_FILE"
        )
    client_secret = _need(environ, "SUPEROFFICE_CLIENT_SECRET", kind)
    token = _need(environ, "SUPEROFFICE_SYSTEM_USER_TOKEN", kind)
    tenant = _need(environ, "SUPEROFFICE_TENANT", kind)
    return _named(
        "SUPEROFFICE_PRIVATE_KEY_FILE" if key_file else "SUPEROFFICE_PRIVATE_KEY",
        lambda: SystemUserAuth(
            client_secret=client_secret,
            private_key=Path(key_file) if key_file is not None else key_text or "",
            system_user_token=token,
            tenant=tenant,
            environment=environment,
        ),
    )


@functools.cache
def logging_from_env() -> None:
    """``SUPEROFFICE_LOG`` as the process started with it, applied once: every client calls
    this when it is made, however it is made (``from_env()`` or the constructor)."""
    configure_logging(os.environ.get("SUPEROFFICE_LOG"))


def configure_logging(level: str | None) -> None:
    """``info``/``debug``/``warning``: the ``superoffice_async`` logger at that level, to stderr
    (one handler, however often called); None or empty: leave logging as it is."""
    if not level:
        return
    value = LOG_LEVELS.get(level.strip().lower())
    if value is None:
        raise ConfigurationError("SUPEROFFICE_LOG must be info, debug or warning")
    logger = logging.getLogger("superoffice_async")
    logger.setLevel(value)
    if not any(getattr(h, "superoffice_async", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.superoffice_async = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def refuse_unknown(environ: Mapping[str, str]) -> None:
    """``ConfigurationError`` for a ``SUPEROFFICE_*`` variable that is not read, naming the
    closest known one (a misspelt name must not quietly change what the job does)."""
    for name in sorted(environ):
        if name.upper().startswith("SUPEROFFICE_") and name not in KNOWN_VARIABLES:
            suffixes = [known.removeprefix("SUPEROFFICE_") for known in KNOWN_VARIABLES]
            given = name.upper().removeprefix("SUPEROFFICE_")
            closest = difflib.get_close_matches(given, suffixes, n=1, cutoff=0.7)
            hint = f"; did you mean SUPEROFFICE_{closest[0]}?" if closest else ""
            raise ConfigurationError(
                f"{name} is not a variable superoffice-async reads{hint} (known: "
                "superoffice_async.config.KNOWN_VARIABLES; unset it, or pass from_env() a "
                "mapping without it)"
            )


def _named(variable: str, make: Callable[[], T]) -> T:
    """``make()``; a configuration error it raises is raised again naming ``variable`` (its
    value is never quoted), with nothing chained."""
    message = ""
    try:
        return make()
    except (ConfigurationError, InvalidArgumentError) as exc:
        message = str(exc)
    raise ConfigurationError(f"{variable}: {message}")


def _environment(environ: Mapping[str, str]) -> OnlineEnvironment:
    value = _get(environ, "SUPEROFFICE_ENVIRONMENT") or "online"
    return _named("SUPEROFFICE_ENVIRONMENT", lambda: OnlineEnvironment.of(value))


def _flag(environ: Mapping[str, str], name: str) -> bool:
    value = (_get(environ, name) or "0").strip().lower()
    if value not in _YES + _NO:
        raise ConfigurationError(f"{name} must be 1 or 0 (true/false, yes/no)")
    return value in _YES


def _get(environ: Mapping[str, str], name: str) -> str | None:
    """The variable's value (None when unset or empty), on one line but for a key's text."""
    value = environ.get(name)
    if not value:
        return None
    if name != "SUPEROFFICE_PRIVATE_KEY":
        require_text(value, name)
    return value


def _need(environ: Mapping[str, str], name: str, kind: str) -> str:
    value = _get(environ, name)
    if value is None:
        raise ConfigurationError(f"{kind} credentials need {name}")
    return value
