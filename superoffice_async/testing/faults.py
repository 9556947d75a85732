"""Fault injection for demos and tests: latency, failing statuses, dropped connections, held
answers."""

from __future__ import annotations

import asyncio
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
    error_type: str = "SoSandboxFault"
    """The ``ErrorType`` of the error body (``TenantNotRunning`` plays a tenant in
    maintenance)."""
    """Only this operation; None for any."""


class Faults:
    """The faults to inject, shared by the test thread and the server thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latency: dict[str | None, float] = {}
        self._pending: list[Failure] = []
        self._held: set[str] = set()
        self._release = threading.Event()
        self.holding = 0
        """Answers being held now (see ``hold_answers``)."""

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
        error_type: str = "SoSandboxFault",
    ) -> None:
        """Answer the next ``count`` calls with ``status`` (and Retry-After, when given)."""
        after = None if retry_after is None else str(retry_after)
        failure = Failure(
            status=status, retry_after=after, operation_id=operation_id, error_type=error_type
        )
        with self._lock:
            self._pending.extend([failure] * count)

    def drop_next(self, count: int = 1, *, operation_id: str | None = None) -> None:
        """Drop the connection of the next ``count`` calls before the answer is complete."""
        with self._lock:
            self._pending.extend([Failure(drop=True, operation_id=operation_id)] * count)

    def hold_answers(self, operation_id: str) -> None:
        """Process each call of ``operation_id`` (a write is applied) but hold its answer until
        ``release()``: calls that reached the server and whose answer the client has not seen.
        ``holding`` counts the answers held now."""
        with self._lock:
            self._release.clear()
            self._held.add(operation_id)

    def release(self) -> None:
        """Send every held answer and hold no more."""
        with self._lock:
            self._held.clear()
            self._release.set()

    async def held(self, operation_id: str) -> None:
        """Wait here while answers of ``operation_id`` are held (the server calls this)."""
        with self._lock:
            if operation_id not in self._held:
                return
            self.holding += 1
        try:
            await asyncio.to_thread(self._release.wait)
        finally:
            with self._lock:
                self.holding -= 1

    def clear(self) -> None:
        """No more faults (held answers are released)."""
        self.release()
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
