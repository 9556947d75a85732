"""Authentication schemes of the SuperOffice WebAPI.

Each scheme gives the header(s) the client sets on every request; credentials live neither in
the client's default headers nor in any repr: ``repr()`` shows the scheme only.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from ..online.services import Connection

__all__ = [
    "AppTokenAuth",
    "Auth",
    "BasicAuth",
    "BearerAuth",
    "HeaderAuth",
    "SOTicketAuth",
    "XsrfTokenAuth",
]


def require_text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{what} must be a non-empty string")
    if any(c in value for c in "\r\n\x00"):
        raise ConfigurationError(f"{what} must not contain line breaks or NUL characters")
    return value


class Auth:
    """Base of the SuperOffice schemes: the header(s) set on every request.

    Credentials that expire (system-user tickets, OAuth tokens) set ``refreshes = True`` and
    override ``fresh_headers`` (awaited before each attempt) and ``refresh`` (awaited once per
    call after a status in ``refresh_statuses``; True repeats the call once). Those that sign
    in themselves get the client's pool and clock through ``bind``.
    """

    scheme: str = ""
    _header_name: str = "Authorization"
    refreshes: bool = False
    """True: the pipeline awaits ``fresh_headers()`` per attempt and may call ``refresh()``."""
    refresh_statuses: frozenset[int] = frozenset({401})
    """Answers after which ``refresh()`` is tried (a 401 means the call was not processed)."""
    sends_app_token: bool = False
    """True: the scheme sends ``SO-AppToken`` itself (the client's ``app_token`` must not)."""

    def __init__(self, header_value: str) -> None:
        self.__header_value = header_value

    def headers(self) -> tuple[tuple[str, str], ...]:
        """The header(s) this scheme puts on every request."""
        return ((self._header_name, self.__header_value),)

    async def fresh_headers(self) -> tuple[tuple[str, str], ...]:
        """The header(s) for the next attempt, renewed first when they are about to expire."""
        return self.headers()

    async def refresh(self, rejected: tuple[tuple[str, str], ...], status: int) -> bool:
        """The server refused ``rejected`` with ``status``: renew the credentials; True when
        there are new ones. Concurrent calls refused with the same credentials share one renewal.
        """
        return False

    def bind(self, connection: Connection) -> None:
        """The client this credential serves: its pool, clock and timeout (for signing in)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"

    __str__ = __repr__


class BasicAuth(Auth):
    """``Authorization: Basic base64(user:password)``. Onsite only; Online refuses it."""

    scheme = "Basic"

    def __init__(self, username: str, password: str) -> None:
        username = require_text(username, "BasicAuth username")
        if ":" in username:
            raise ConfigurationError("BasicAuth username must not contain ':'")
        if not isinstance(password, str):
            raise ConfigurationError("BasicAuth password must be a string")
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        super().__init__(f"Basic {token}")


class SOTicketAuth(Auth):
    """``Authorization: SOTicket <ticket>``, the ticket as it is (``7T:...``)."""

    scheme = "SOTicket"

    def __init__(self, ticket: str) -> None:
        super().__init__(f"SOTicket {require_text(ticket, 'SOTicket ticket')}")


class BearerAuth(Auth):
    """``Authorization: Bearer <access token>`` from SuperID (Online)."""

    scheme = "Bearer"

    def __init__(self, access_token: str) -> None:
        super().__init__(f"Bearer {require_text(access_token, 'Bearer access token')}")


class XsrfTokenAuth(Auth):
    """No Authorization header; ``X-XSRF-TOKEN`` proves a logged-in session."""

    scheme = "X-XSRF-TOKEN"
    _header_name = "X-XSRF-TOKEN"

    def __init__(self, token: str) -> None:
        super().__init__(require_text(token, "X-XSRF-TOKEN value"))


class AppTokenAuth:
    """Adds ``SO-AppToken`` after another scheme has set its header."""

    def __init__(self, inner: Auth, app_token: str) -> None:
        self.inner = inner
        self.__app_token = require_text(app_token, "SO-AppToken")

    @property
    def refreshes(self) -> bool:
        return self.inner.refreshes

    @property
    def refresh_statuses(self) -> frozenset[int]:
        return self.inner.refresh_statuses

    def headers(self) -> tuple[tuple[str, str], ...]:
        """The inner scheme's header and SO-AppToken."""
        return (*self.inner.headers(), ("SO-AppToken", self.__app_token))

    async def fresh_headers(self) -> tuple[tuple[str, str], ...]:
        """The inner scheme's fresh header(s) and SO-AppToken."""
        return (*await self.inner.fresh_headers(), ("SO-AppToken", self.__app_token))

    async def refresh(self, rejected: tuple[tuple[str, str], ...], status: int) -> bool:
        """Renew the inner scheme's credentials."""
        own = tuple(pair for pair in rejected if pair[0] != "SO-AppToken")
        return await self.inner.refresh(own, status)

    def bind(self, connection: Connection) -> None:
        """Bind the inner scheme."""
        self.inner.bind(connection)

    def __repr__(self) -> str:
        return f"AppTokenAuth({self.inner!r}, <redacted>)"

    __str__ = __repr__


HeaderAuth = Auth | AppTokenAuth
"""What a client authenticates with: a scheme, possibly with an app token."""
