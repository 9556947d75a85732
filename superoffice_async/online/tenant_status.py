"""Where an Online tenant lives now, from the tenant status API (``/api/state/{tenant}``).

``TenantStateLocator`` implements ``tenant.TenantLocator``: it asks
``{environment}/api/state/{tenant}`` and keeps the answer until its ``ValidUntil``; calls go to
the ``Endpoint`` it names (e.g. ``https://sod2.superoffice.com/Cust12345``). After a ``421``
("wrong subdomain": the tenant moved) it asks again; the pipeline repeats the call once when the
address changed. A tenant that is not running (``IsRunning`` false: maintenance, suspended,
deleted, ...) raises ``TenantNotRunningError`` naming the state, and nothing is sent. Concurrent
calls share one lookup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..errors import ConfigurationError, ServerError, TenantLookupError, TenantNotRunningError
from ..single_flight import SingleFlight
from .services import Connection, OnlineEnvironment, send

__all__ = ["TenantState", "TenantStateLocator", "not_running"]

logger = logging.getLogger("superoffice_async")

DEFAULT_VALIDITY = timedelta(minutes=5)
"""How long an answer without a usable ``ValidUntil`` is kept."""
MIN_VALIDITY = timedelta(seconds=5)
"""An answer is kept at least this long (a ``ValidUntil`` in the past does not mean "ask on
every call")."""


@dataclass(frozen=True, slots=True)
class TenantState:
    """One answer of the tenant status API."""

    tenant: str
    state: str
    """``Running``, ``OnlineMaintenance``, ``OfflineMaintenance``, ``Suspended``, ..."""
    is_running: bool
    endpoint: str
    """The tenant's root, no trailing slash: ``https://sod2.superoffice.com/Cust12345``."""
    valid_until: datetime | None


class TenantStateLocator:
    """The ``TenantLocator`` of an Online tenant; see the module doc."""

    def __init__(self, tenant: str, environment: str | OnlineEnvironment) -> None:
        if not isinstance(tenant, str) or not tenant.strip() or not tenant.isascii():
            raise ConfigurationError("tenant must be a context identifier such as Cust12345")
        if any(not (c.isalnum() or c in "-_") for c in tenant.strip()):
            raise ConfigurationError("tenant must be a context identifier such as Cust12345")
        self.tenant = tenant.strip()
        self.environment = OnlineEnvironment.of(environment)
        self._connection: Connection | None = None
        self._state: TenantState | None = None
        self._keep_until: datetime | None = None
        self._flight: SingleFlight[TenantState] = SingleFlight()
        self.lookups = 0
        """How many times the status API was asked (tests, diagnosis)."""

    def bind(self, connection: Connection) -> None:
        """Ask the status API through this client's pool, on its clock."""
        self._connection = connection

    @property
    def state(self) -> TenantState | None:
        """The last answer, if any."""
        return self._state

    async def base_url(self) -> str:
        """The tenant's current base URL; looked up when there is none or it is out of date."""
        state = self._state
        if state is None or self._expired():
            state = await self._flight.run(self._lookup)
        return self._usable(state)

    async def relocate(self, stale: str) -> bool:
        """``stale`` answered 421: look again; True when the tenant's address is now another."""
        state = self._state
        if state is not None and state.endpoint != stale:
            return True  # another call has looked again already
        if not self._flight.running:
            logger.info("tenant %s answered 421 at its known address: looking it up", self.tenant)
        state = await self._flight.run(self._lookup)
        return self._usable(state) != stale

    def __repr__(self) -> str:
        return f"TenantStateLocator({self.tenant!r}, {self.environment.name!r})"

    def _expired(self) -> bool:
        return self._keep_until is None or self._now() >= self._keep_until

    def _now(self) -> datetime:
        return self._bound().clock.now()

    def _bound(self) -> Connection:
        if self._connection is None:
            raise TenantLookupError(
                "the tenant locator is not used by a client yet", tenant=self.tenant
            )
        return self._connection

    def _usable(self, state: TenantState) -> str:
        if not state.is_running:
            raise TenantNotRunningError(
                f"tenant {self.tenant} is not running: its state is {state.state}",
                tenant=self.tenant,
                state=state.state,
                valid_until=state.valid_until,
            )
        return state.endpoint

    async def _lookup(self) -> TenantState:
        connection = self._bound()
        url = self.environment.state_url(self.tenant)
        answer = await send(connection, "GET", url)
        self.lookups += 1
        data = answer.data
        if not answer.ok:
            raise TenantLookupError(
                f"the tenant status API ({url}) gave no usable answer: "
                + (answer.problem or f"answered {answer.status}"),
                tenant=self.tenant,
                status_code=answer.status,
            )
        state_name = data.get("State")
        running = data.get("IsRunning")
        endpoint = data.get("Endpoint")
        if not isinstance(state_name, str) or not isinstance(running, bool):
            raise TenantLookupError(
                f"the tenant status API ({url}) answered without State and IsRunning",
                tenant=self.tenant,
                status_code=answer.status,
            )
        endpoint_text = endpoint.strip().rstrip("/") if isinstance(endpoint, str) else ""
        if running and not self.environment.trusts(endpoint_text):
            raise TenantLookupError(
                f"the tenant status API ({url}) named an endpoint outside the environment "
                f"{self.environment.name}; credentials are not sent there",
                tenant=self.tenant,
                status_code=answer.status,
            )
        valid_until = _instant(data.get("ValidUntil"))
        now = connection.clock.now()
        keep = DEFAULT_VALIDITY if valid_until is None else valid_until - now
        self._keep_until = now + max(keep, MIN_VALIDITY)
        state = TenantState(self.tenant, state_name, running, endpoint_text, valid_until)
        if self._state is None or self._state.endpoint != state.endpoint:
            logger.info("tenant %s is %s at %s", self.tenant, state_name, endpoint_text or "-")
        self._state = state
        return state


def _instant(value: object) -> datetime | None:
    """``ValidUntil`` (ISO 8601, e.g. ``2020-10-05T09:52:01.9342965Z``) as an aware datetime."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def not_running(error: BaseException) -> str | None:
    """When ``error`` says the tenant is not running (the status API said so, or a call was
    answered ``503 TenantNotRunning`` mid-run), the message to stop a run with, saying when to
    try again; None for any other error."""
    if isinstance(error, TenantNotRunningError):
        when = error.valid_until
        again = f"after {when:%Y-%m-%d %H:%M} UTC" if when is not None else "later"
        return f"{error}; try again {again}"
    if isinstance(error, ServerError) and error.error_type == "TenantNotRunning":
        wait = error.retry_after
        again = f"in {wait:g} s (Retry-After)" if wait is not None else "later"
        reason = error.error_message or "maintenance"
        return f"the tenant is not running ({reason}); try again {again}"
    return None
