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
``SUPEROFFICE_CLIENT_SECRET`` when that is set), ``SUPEROFFICE_LANGUAGE``, and
``SUPEROFFICE_LOG=info|debug``, which switches the SDK's logging on (to stderr; debug: one line
per attempt with operation, status and elapsed time). No value is ever logged or quoted in an
error: errors name the variables only.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .auth import Auth, BasicAuth, BearerAuth, SOTicketAuth, XsrfTokenAuth
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .client import SuperOfficeClient

__all__ = ["auth_from_env", "client_from_env", "configure_logging", "logging_from_env"]

LOG_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG, "warning": logging.WARNING}
_MARKERS = {
    "system user": ("SUPEROFFICE_SYSTEM_USER_TOKEN",),
    "OAuth": ("SUPEROFFICE_REFRESH_TOKEN",),
    "SOTicket": ("SUPEROFFICE_TICKET",),
    "Basic": ("SUPEROFFICE_USER",),
    "X-XSRF-TOKEN": ("SUPEROFFICE_XSRF_TOKEN",),
}


def client_from_env(
    environ: Mapping[str, str],
    *,
    url: str | None = None,
    user: str | None = None,
    **kwargs: Any,
) -> SuperOfficeClient:
    """A ``SuperOfficeClient`` from the variables above (``url``/``user``: command-line flags
    that take precedence); ``kwargs`` go to the constructor."""
    from .client import SuperOfficeClient

    configure_logging(_get(environ, "SUPEROFFICE_LOG"))
    url = url or _get(environ, "SUPEROFFICE_URL")
    tenant = _get(environ, "SUPEROFFICE_TENANT")
    environment = _get(environ, "SUPEROFFICE_ENVIRONMENT") or "online"
    language = _get(environ, "SUPEROFFICE_LANGUAGE")
    if language and "language" not in kwargs:
        kwargs["language"] = language
    auth = auth_from_env(environ, user=user)
    if not auth.sends_app_token and "app_token" not in kwargs:
        app_token = _get(environ, "SUPEROFFICE_APP_TOKEN")
        if app_token is None and isinstance(auth, SOTicketAuth):
            app_token = _get(environ, "SUPEROFFICE_CLIENT_SECRET")
        kwargs["app_token"] = app_token
    if url:  # a fixed site wins; SUPEROFFICE_TENANT then serves the system user sign-in only
        return SuperOfficeClient(url, auth=auth, **kwargs)
    if tenant:
        return SuperOfficeClient.for_tenant(tenant, environment=environment, auth=auth, **kwargs)
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
        return BasicAuth(user or _need(environ, "SUPEROFFICE_USER", kind), password)
    if kind == "SOTicket":
        return SOTicketAuth(_need(environ, "SUPEROFFICE_TICKET", kind))
    if kind == "Bearer":
        return BearerAuth(_need(environ, "SUPEROFFICE_ACCESS_TOKEN", kind))
    if kind == "X-XSRF-TOKEN":
        return XsrfTokenAuth(_need(environ, "SUPEROFFICE_XSRF_TOKEN", kind))
    environment = _get(environ, "SUPEROFFICE_ENVIRONMENT") or "online"
    if kind == "OAuth":
        from .auth_oauth import OAuthAuth

        return OAuthAuth(
            client_id=_need(environ, "SUPEROFFICE_CLIENT_ID", kind),
            client_secret=_need(environ, "SUPEROFFICE_CLIENT_SECRET", kind),
            refresh_token=_need(environ, "SUPEROFFICE_REFRESH_TOKEN", kind),
            access_token=_get(environ, "SUPEROFFICE_ACCESS_TOKEN"),
            environment=environment,
        )
    from .auth_system_user import SystemUserAuth

    key_text = _get(environ, "SUPEROFFICE_PRIVATE_KEY")
    key_file = _get(environ, "SUPEROFFICE_PRIVATE_KEY_FILE")
    if (key_text is None) == (key_file is None):
        raise ConfigurationError(
            "system user: set one of SUPEROFFICE_PRIVATE_KEY and SUPEROFFICE_PRIVATE_KEY_FILE"
        )
    return SystemUserAuth(
        client_secret=_need(environ, "SUPEROFFICE_CLIENT_SECRET", kind),
        private_key=Path(key_file) if key_file is not None else key_text or "",
        system_user_token=_need(environ, "SUPEROFFICE_SYSTEM_USER_TOKEN", kind),
        tenant=_need(environ, "SUPEROFFICE_TENANT", kind),
        environment=environment,
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


def _get(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    return value if value else None


def _need(environ: Mapping[str, str], name: str, kind: str) -> str:
    value = _get(environ, name)
    if value is None:
        raise ConfigurationError(f"{kind} credentials need {name}")
    return value
