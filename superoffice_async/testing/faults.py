"""Fault injection for demos and tests: latency, failing statuses, dropped connections."""

from __future__ import annotations

import threading
from dataclasses import dataclass

__all__ = ["Failure", "Faults"]


@dataclass(frozen=True, slots=True)
class Failure:
    """What the sandbox does instead of answering: a status (with Retry-After), or a drop."""

    status: int = 503
    retry_after: str | None = None
    drop: bool = False
    operation_id: str | None = None
    """Only this operation; None for any."""


class Faults:
    """The faults to inject, shared by the test thread and the server thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latency: dict[str | None, float] = {}
        self._pending: list[Failure] = []

    def add_latency(self, seconds: float, operation_id: str | None = None) -> None:
        """Delay every answer (of one operation, or of all) by ``seconds``."""
        if seconds < 0:
            raise ValueError("latency must be >= 0 seconds")
        with self._lock:
            self._latency[operation_id] = seconds

    def fail_next(
        self,
        count: int = 1,
        status: int = 503,
        *,
        retry_after: float | str | None = None,
        operation_id: str | None = None,
    ) -> None:
        """Answer the next ``count`` calls with ``status`` (and Retry-After, when given)."""
        after = None if retry_after is None else str(retry_after)
        failure = Failure(status=status, retry_after=after, operation_id=operation_id)
        with self._lock:
            self._pending.extend([failure] * count)

    def drop_next(self, count: int = 1, *, operation_id: str | None = None) -> None:
        """Drop the connection of the next ``count`` calls before the answer is complete."""
        with self._lock:
            self._pending.extend([Failure(drop=True, operation_id=operation_id)] * count)

    def clear(self) -> None:
        """No more faults."""
        with self._lock:
            self._latency.clear()
            self._pending.clear()

    def take(self, operation_id: str) -> tuple[float, Failure | None]:
        """The latency and the failure (if any) for one call of ``operation_id``."""
        with self._lock:
            latency = self._latency.get(operation_id, self._latency.get(None, 0.0))
            for index, failure in enumerate(self._pending):
                if failure.operation_id in (None, operation_id):
                    del self._pending[index]
                    return latency, failure
            return latency, None

    @property
    def pending(self) -> int:
        """Failures not yet used."""
        with self._lock:
            return len(self._pending)
