"""The deactivation guard: at most N deactivations per window, so a misconfigured identity
provider cannot empty the tenant (the sync's retire threshold, as a rate).

Each deactivation (``active: false`` or a DELETE that retires or deletes) asks ``admit`` first;
over the limit it raises ``TooManyDeactivations`` (SCIM 429 with Retry-After) and logs it, and
nothing is retired. The count is per process: with several workers or replicas the tenant-wide
limit is the sum of theirs.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable

from ..errors import InvalidArgumentError
from .errors import TooManyDeactivations

__all__ = ["DeactivationGuard", "parse_rate"]

logger = logging.getLogger("superoffice_async.scim")


class DeactivationGuard:
    """A sliding window of deactivations: ``max_count`` per ``per_seconds``."""

    def __init__(
        self,
        max_count: int = 10,
        per_seconds: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(max_count, bool) or not isinstance(max_count, int) or max_count < 0:
            raise InvalidArgumentError("max_count must be an int >= 0")
        if not per_seconds > 0:
            raise InvalidArgumentError("per_seconds must be > 0")
        self.max_count = max_count
        self.per_seconds = per_seconds
        self._clock = clock
        self._times: deque[float] = deque()

    def admit(self, what: str) -> None:
        """Count one deactivation of ``what``, or refuse it (``TooManyDeactivations``)."""
        now = self._clock()
        while self._times and self._times[0] <= now - self.per_seconds:
            self._times.popleft()
        if len(self._times) >= self.max_count:
            wait = self.per_seconds - (now - self._times[0]) if self._times else self.per_seconds
            logger.warning(
                "deactivation of %s refused: %d in the last %gs is the limit",
                what, self.max_count, self.per_seconds,
            )  # fmt: skip
            error = TooManyDeactivations(
                detail=f"more than {self.max_count} deactivations in {self.per_seconds:g}s: "
                "refused, nothing was retired (check the identity provider's assignments)"
            )
            error.retry_after = max(1, math.ceil(wait))  # type: ignore[attr-defined]
            raise error
        self._times.append(now)


def parse_rate(text: str) -> tuple[int, float]:
    """``"10/60"`` (10 per 60 seconds) or ``"10"`` (per minute) -> (count, seconds)."""
    count, _, seconds = text.strip().partition("/")
    try:
        rate = int(count), float(seconds or 60)
    except ValueError:
        rate = (-1, 0.0)
    if rate[0] < 0 or not rate[1] > 0:
        raise InvalidArgumentError(f"a deactivation rate is COUNT/SECONDS (10/60), not {text!r}")
    return rate
