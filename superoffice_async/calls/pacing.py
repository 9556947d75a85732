"""Pacing: an optional requests-per-second limit shared by every call of a client.

SuperOffice has announced request throttling for Online tenants. ``RateLimit(10)`` lets at
most 10 requests a second leave (``burst`` of them back to back after a quiet spell); every
attempt counts, retries included, whether it comes from a typed method, ``request()``, a bulk
run or a sync run. One ``RateLimit`` is shared by a client and its ``with_options`` views (pass
the same object to several clients to share it between them). A 429 and its ``Retry-After``
are still handled by the retry rules; pacing only keeps a job under the limit to begin with.

Waiting is fair (first come, first served) and uses the client's clock, so tests are
deterministic with a fake clock. A call whose deadline would pass while it waits for its turn
fails at once with ``CallTimeoutError``.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from ..errors import CallTimeoutError, ConfigurationError

if TYPE_CHECKING:
    from ..clock import Clock

__all__ = ["RateLimit"]


class RateLimit:
    """At most ``requests_per_second`` requests a second (``burst`` at once); see the module.

    Counters: ``requests`` (let through), ``delayed`` (of those, how many waited), ``waited``
    (seconds waited in all).
    """

    def __init__(self, requests_per_second: float, *, burst: int = 1) -> None:
        if (
            isinstance(requests_per_second, bool)
            or not isinstance(requests_per_second, int | float)
            or not requests_per_second > 0
        ):
            raise ConfigurationError("requests_per_second must be a positive number")
        if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
            raise ConfigurationError("burst must be an int >= 1")
        self.requests_per_second = float(requests_per_second)
        self.burst = burst
        self.requests = 0
        """Requests let through."""
        self.delayed = 0
        """Requests that had to wait for their turn."""
        self.waited = 0.0
        """Seconds waited in all (summed over the requests)."""
        self._tokens = float(burst)
        self._stamp: float | None = None
        self._lock = asyncio.Lock()

    async def wait_turn(self, clock: Clock, remaining: float | None = None) -> None:
        """Wait until one more request may leave; ``CallTimeoutError`` when that is later than
        ``remaining`` seconds from now (nothing is used up then)."""
        async with self._lock:
            self._refill(clock.monotonic())
            if self._tokens < 1.0:
                wait = (1.0 - self._tokens) / self.requests_per_second
                if remaining is not None and wait > remaining:
                    raise CallTimeoutError(
                        f"the deadline would pass while waiting {wait:.3g} s for the client's "
                        f"request rate limit ({self.requests_per_second:g}/s)"
                    )
                await clock.sleep(wait)
                self.delayed += 1
                self.waited += wait
                self._refill(clock.monotonic())
            self._tokens = max(self._tokens - 1.0, 0.0)
            self.requests += 1

    def _refill(self, now: float) -> None:
        if self._stamp is not None:
            gained = (now - self._stamp) * self.requests_per_second
            self._tokens = min(float(self.burst), self._tokens + max(gained, 0.0))
        self._stamp = now

    def __repr__(self) -> str:
        return (
            f"RateLimit({self.requests_per_second:g}/s, burst={self.burst}, "
            f"requests={self.requests}, delayed={self.delayed})"
        )
