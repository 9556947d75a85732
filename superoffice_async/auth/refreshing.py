"""Credentials that sign in themselves: cached, renewed before they expire and after a refusal.

``RefreshingAuth`` holds the current credential and when it expires. Before each attempt the
pipeline awaits ``fresh_headers()``: a credential about to expire (within the margin) is renewed
first. After a refusal (``refresh_statuses``) it awaits ``refresh(rejected, status)``: if another
call has renewed meanwhile the call is simply repeated with the new credential; otherwise one
renewal is made. Concurrent calls share one renewal (``SingleFlight``). A subclass says how to
sign in (``_sign_in``) and how its credential becomes headers (``_headers_for``).

A failed sign-in is not repeated by every call that follows: for ``backoff_initial`` seconds
(doubling after each further failure, at most ``backoff_max``) calls fail fast with a copy of
the same ``SignInError``, its ``retry_at``/``retry_after`` saying when the next sign-in will be
tried; one success resets it. A failure the subclass calls terminal (OAuth's ``invalid_grant``:
the grant was revoked) is repeated until new credentials are given. A credential that is due
for renewal but not yet expired is still used while sign-in fails.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..clock import Clock
from ..errors import ConfigurationError, SignInError
from ..online.services import Connection
from ..single_flight import SingleFlight, copy_error
from .schemes import Auth

__all__ = ["BACKOFF_INITIAL", "BACKOFF_MAX", "Held", "RefreshingAuth"]

BACKOFF_INITIAL = 2.0
"""Seconds without a new sign-in attempt after the first failure (doubling after each)."""
BACKOFF_MAX = 300.0
"""The longest pause between sign-in attempts while they keep failing."""

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

    def __init__(
        self,
        *,
        refresh_margin: float,
        backoff_initial: float = BACKOFF_INITIAL,
        backoff_max: float = BACKOFF_MAX,
    ) -> None:
        super().__init__("")
        for name, value in [
            ("refresh_margin", refresh_margin),
            ("backoff_initial", backoff_initial),
            ("backoff_max", backoff_max),
        ]:
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
                raise ConfigurationError(f"{name} must be seconds (a number >= 0)")
        if backoff_max < backoff_initial:
            raise ConfigurationError("backoff_max must not be below backoff_initial")
        self._margin = timedelta(seconds=refresh_margin)
        self._backoff = (float(backoff_initial), float(backoff_max))
        self._failure: SignInError | None = None
        """The last sign-in failure (a copy, no traceback) while sign-in keeps failing."""
        self._failures = 0
        self._next_try = 0.0
        """When (the client clock's monotonic seconds) sign-in may be tried again."""
        self._held: Held | None = None
        self._connection: Connection | None = None
        self._flight: SingleFlight[Held] = SingleFlight()
        self.renewals = 0
        """How many times a credential was obtained (the first sign-in included)."""
        self.sign_in_attempts = 0
        """How many times the sign-in service was asked (failures included)."""

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
            try:
                held = await self._flight.run(self._renew)
            except SignInError:
                if held is None or held.expires_at is None or now >= held.expires_at:
                    raise
                # due for renewal but still valid: used while sign-in fails
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

    def _terminal(self, error: SignInError) -> bool:
        """Is ``error`` one that waiting cannot cure (only new credentials can)? No by default."""
        return False

    def _forget_failures(self) -> None:
        """New credentials were given: the next call signs in again at once."""
        self._failure, self._failures, self._next_try = None, 0, 0.0

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
        connection = self._bound()
        self._fail_fast(connection.clock)
        self.sign_in_attempts += 1
        try:
            held = await self._sign_in(connection)
        except SignInError as error:
            self._failed(error, connection.clock)
            raise
        self._forget_failures()
        self._held = held
        self.renewals += 1
        left = "" if held.expires_at is None else f", valid {_seconds(held, held.obtained)}"
        logger.info("%s obtained (sign-in %d%s)", self.what, self.renewals, left)
        return held

    def _fail_fast(self, clock: Clock) -> None:
        """Raise the last failure again while sign-in is paused (or for good, if terminal)."""
        failure = self._failure
        if failure is None:
            return
        left = self._next_try - clock.monotonic()
        if failure.retry_at is not None and left <= 0:
            return
        error = copy_error(failure)
        if error.retry_at is not None:
            error.retry_after = left
            error.retry_at = clock.now() + timedelta(seconds=left)
        raise error

    def _failed(self, error: SignInError, clock: Clock) -> None:
        """Remember ``error`` and pause sign-in (doubling, capped); tell ``error`` until when."""
        self._failures += 1
        if self._terminal(error):
            error.retry_at = error.retry_after = None
            logger.warning(
                "%s: sign-in refused for good (%s); new credentials are needed",
                self.what,
                type(error).__name__,
            )
        else:
            initial, cap = self._backoff
            wait = min(initial * 2.0 ** min(self._failures - 1, 62), cap)
            self._next_try = clock.monotonic() + wait
            error.retry_after = wait
            error.retry_at = clock.now() + timedelta(seconds=wait)
            logger.warning(
                "%s: sign-in failed (%s, %d in a row); calls fail fast for %.3g s",
                self.what,
                type(error).__name__,
                self._failures,
                wait,
            )
        self._failure = copy_error(error)


def _carries(headers: tuple[tuple[str, str], ...], value: str) -> bool:
    return any(name == "Authorization" and given == value for name, given in headers)


def _seconds(held: Held, since: datetime) -> str:
    assert held.expires_at is not None
    return f"{(held.expires_at - since).total_seconds():.0f} s"
