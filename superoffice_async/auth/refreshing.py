"""Credentials that sign in themselves: cached, renewed before they expire and after a refusal.

``RefreshingAuth`` holds the current credential and when it expires. Before each attempt the
pipeline awaits ``fresh_headers()``: a credential about to expire (within the margin) is renewed
first. After a refusal (``refresh_statuses``) it awaits ``refresh(rejected, status)``: if another
call has renewed meanwhile the call is simply repeated with the new credential; otherwise one
renewal is made. Concurrent calls share one renewal (``SingleFlight``). A subclass says how to
sign in (``_sign_in``) and how its credential becomes headers (``_headers_for``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..errors import ConfigurationError, SignInError
from ..online.services import Connection
from ..single_flight import SingleFlight
from .schemes import Auth

__all__ = ["Held", "RefreshingAuth"]

logger = logging.getLogger("superoffice_async")


@dataclass(slots=True)
class Held:
    """The current credential. ``value`` is secret: it is never shown."""

    value: str = field(repr=False)
    """The Authorization header value (``SOTicket 7T:...``, ``Bearer 8A:...``)."""
    obtained: datetime
    expires_at: datetime | None
    """None: unknown; renewed only when the server refuses it."""
    sliding: timedelta | None = None
    """Each use keeps the credential alive this much longer (system-user tickets)."""


class RefreshingAuth(Auth):
    """A credential that renews itself; see the module doc. Subclasses implement ``_sign_in``."""

    refreshes = True
    what = "credential"
    """What the credential is called in logs and errors."""

    def __init__(self, *, refresh_margin: float) -> None:
        super().__init__("")
        if isinstance(refresh_margin, bool) or not isinstance(refresh_margin, int | float):
            raise ConfigurationError("refresh_margin must be seconds (a number >= 0)")
        if refresh_margin < 0:
            raise ConfigurationError("refresh_margin must be seconds (a number >= 0)")
        self._margin = timedelta(seconds=refresh_margin)
        self._held: Held | None = None
        self._connection: Connection | None = None
        self._flight: SingleFlight[Held] = SingleFlight()
        self.renewals = 0
        """How many times a credential was obtained (the first sign-in included)."""

    # -- what the pipeline calls ------------------------------------------------------------

    def bind(self, connection: Connection) -> None:
        """Sign in through this client's pool and clock (the last client bound wins)."""
        self._connection = connection

    def headers(self) -> tuple[tuple[str, str], ...]:
        """The current credential's headers; SignInError before the first sign-in."""
        if self._held is None:
            raise SignInError(f"no {self.what} yet: the first call signs in")
        return self._headers_for(self._held)

    async def fresh_headers(self) -> tuple[tuple[str, str], ...]:
        """The headers for the next attempt, renewed first when the credential is about to
        expire (or there is none yet)."""
        now = self._now()
        held = self._held
        if held is None or self._due(held, now):
            held = await self._flight.run(self._renew)
        if held.sliding is not None:
            held.expires_at = now + held.sliding
        return self._headers_for(held)

    async def refresh(self, rejected: tuple[tuple[str, str], ...], status: int) -> bool:
        """Refused with ``rejected``: True when there is (now) another credential to repeat with."""
        held = self._held
        if held is not None and not _carries(rejected, held.value):
            return True  # another call renewed it since this one was sent
        if not self._renew_after(status, held):
            return False
        if not self._flight.running:
            logger.info("%s refused with %d: renewing", self.what, status)
        await self._flight.run(self._renew)
        return True

    # -- for subclasses -----------------------------------------------------------------------

    async def _sign_in(self, connection: Connection) -> Held:
        """Obtain a new credential; raise a ``SignInError`` (no secret in it) when refused."""
        raise NotImplementedError

    def _headers_for(self, held: Held) -> tuple[tuple[str, str], ...]:
        return (("Authorization", held.value),)

    def _renew_after(self, status: int, held: Held | None) -> bool:
        """Renew after this refusal of the current credential? (Yes; OAuth is choosier on 403.)"""
        return True

    def _now(self) -> datetime:
        return self._bound().clock.now()

    def _bound(self) -> Connection:
        if self._connection is None:
            raise SignInError(f"{type(self).__name__} is not used by a client yet")
        return self._connection

    def _install(self, held: Held) -> None:
        """Make ``held`` the current credential (for a subclass given one to start with)."""
        self._held = held

    # -- inside -------------------------------------------------------------------------------

    def _due(self, held: Held, now: datetime) -> bool:
        if held.expires_at is None:
            return False
        window = held.sliding or (held.expires_at - held.obtained)
        margin = min(self._margin, window / 5)
        return now >= held.expires_at - margin

    async def _renew(self) -> Held:
        held = await self._sign_in(self._bound())
        self._held = held
        self.renewals += 1
        left = "" if held.expires_at is None else f", valid {_seconds(held, held.obtained)}"
        logger.info("%s obtained (sign-in %d%s)", self.what, self.renewals, left)
        return held


def _carries(headers: tuple[tuple[str, str], ...], value: str) -> bool:
    return any(name == "Authorization" and given == value for name, given in headers)


def _seconds(held: Held, since: datetime) -> str:
    assert held.expires_at is not None
    return f"{(held.expires_at - since).total_seconds():.0f} s"
