"""Where retries are decided: which failures, how long to wait, and the shared retry budget.

Rules (urllib3's and botocore's, applied to the spec's idempotency facts):

- A request that provably never reached the server (connection refused, connect timeout, no
  free connection) is retried for every operation.
- A read timeout, a dropped connection, and the statuses 408, 429, 502, 503 and 504 are retried
  only for operations the spec marks idempotent: a non-idempotent call is never repeated once it
  may have reached the server.
- The wait is exponential backoff with full jitter, capped; a ``Retry-After`` (seconds or HTTP
  date) is honoured up to a cap, and a longer one gives up at once.
- Each retry spends from a budget shared by all calls of one client; successes refill it. An
  empty budget means no more retries, so a bulk job against a failing server does not multiply
  its load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..errors import (
    APIStatusError,
    CallTimeoutError,
    ConfigurationError,
    ConnectionFailedError,
    RequestError,
    TransportError,
)

__all__ = ["RETRYABLE_STATUSES", "RetryBudget", "RetryPolicy", "is_retryable"]

RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a call is retried. ``RetryPolicy(max_attempts=1)`` never retries."""

    max_attempts: int = 3
    """Attempts in all, the first included."""
    backoff_initial: float = 0.5
    """Seconds; the n-th retry waits up to ``backoff_initial * 2**(n-1)``."""
    backoff_max: float = 8.0
    """No backoff wait is longer than this."""
    retry_after_max: float = 30.0
    """A longer Retry-After gives up at once, with the wait the server asked for on the error."""
    deadline: float | None = 90.0
    """Seconds for the whole call, every attempt and wait included; None for no deadline."""

    def __post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise ConfigurationError("max_attempts must be an int")
        if self.max_attempts < 1:
            raise ConfigurationError("max_attempts must be at least 1")
        for name in ("backoff_initial", "backoff_max", "retry_after_max"):
            if not getattr(self, name) >= 0:
                raise ConfigurationError(f"{name} must be >= 0")
        if self.deadline is not None and not self.deadline > 0:
            raise ConfigurationError("deadline must be > 0 seconds or None")

    def wait(self, retry_number: int, error: RequestError, random: Callable[[], float]) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based); -1 to give up at once."""
        retry_after = error.retry_after if isinstance(error, APIStatusError) else None
        if retry_after is not None:
            return retry_after if retry_after <= self.retry_after_max else -1.0
        ceiling = min(self.backoff_max, self.backoff_initial * 2.0 ** (retry_number - 1))
        return random() * ceiling


def is_retryable(idempotent: bool, error: RequestError) -> bool:
    """May this failure be retried for an operation that is (or is not) idempotent?"""
    if isinstance(error, TransportError) and not error.request_sent:
        return True
    if not idempotent:
        return False
    if isinstance(error, CallTimeoutError | ConnectionFailedError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in RETRYABLE_STATUSES


class RetryBudget:
    """A retry quota shared by all calls of one client (botocore's standard retry mode).

    A retry spends ``retry_cost`` (``timeout_cost`` after a timeout); a call that succeeds
    gives back what it spent, or ``success_refill`` when it spent nothing. When a retry cannot
    be paid for, the call fails with its last error instead.
    """

    def __init__(
        self,
        capacity: int = 500,
        *,
        retry_cost: int = 5,
        timeout_cost: int = 10,
        success_refill: int = 1,
    ) -> None:
        self.capacity = capacity
        self.available = capacity
        self.retry_cost = retry_cost
        self.timeout_cost = timeout_cost
        self.success_refill = success_refill

    def cost(self, error: RequestError) -> int:
        """What retrying after ``error`` costs."""
        return self.timeout_cost if isinstance(error, CallTimeoutError) else self.retry_cost

    def try_spend(self, amount: int) -> bool:
        """Take ``amount`` if it is there; False leaves the budget untouched."""
        if amount > self.available:
            return False
        self.available -= amount
        return True

    def refill(self, spent_by_call: int) -> None:
        """A call succeeded: give back what it spent (or the small success refill)."""
        self.available = min(self.capacity, self.available + (spent_by_call or self.success_refill))

    def __repr__(self) -> str:
        return f"RetryBudget({self.available}/{self.capacity})"
