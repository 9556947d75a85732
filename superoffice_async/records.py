"""What one call took, returned with its answer: ``CallRecord`` and ``RawResponse``.

Every typed method has a raw variant, ``so.users.with_raw_response.get(5)``, that returns a
``RawResponse``: the parsed answer, the status, the answer's headers and the call's record
(attempts, elapsed time, threshold). Errors carry the same record as ``error.record``.
``last_call()`` is a convenience over these for scripts: the record of the last call the current
task finished through a typed method.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, cast

__all__ = ["CallRecord", "RawResponse", "last_call", "raw_twin"]

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True, slots=True)
class CallRecord:
    """What one finished call took. Names the path template only: no ids, queries or secrets."""

    operation_id: str
    method: str
    path: str
    elapsed_ms: float
    attempts: int
    """Requests that left the client for this call (each one counted, retries included)."""
    status_code: int | None
    """The last answer's status; None when no answer came."""
    threshold_ms: int
    """The slow-call threshold that applied."""
    pool_wait_ms: float = 0.0
    """Of ``elapsed_ms``, the time spent waiting for a free pool connection (not the server's)."""


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """A successful call's parsed answer, with what came with it."""

    parsed: T
    status_code: int
    headers: Mapping[str, str]
    """The answer's headers, names in lower case (Set-Cookie left out)."""
    record: CallRecord

    @property
    def attempts(self) -> int:
        """Requests the call took."""
        return self.record.attempts

    @property
    def elapsed_ms(self) -> float:
        """Milliseconds the whole call took, retries and waits included."""
        return self.record.elapsed_ms

    def __repr__(self) -> str:
        return (
            f"RawResponse({self.record.operation_id}, status={self.status_code}, "
            f"attempts={self.attempts}, elapsed_ms={self.elapsed_ms:.1f})"
        )


_last: ContextVar[CallRecord | None] = ContextVar("superoffice_last_call", default=None)


def last_call() -> CallRecord | None:
    """The record of the last call this task finished through a typed method (or None)."""
    return _last.get()


def remember(record: CallRecord | None) -> None:
    """Make ``record`` what ``last_call()`` returns in this task (used by the client facade)."""
    _last.set(record)


def raw_twin(
    method: Callable[Concatenate[Any, P], Awaitable[T]],
) -> Callable[Concatenate[Any, P], Awaitable[RawResponse[T]]]:
    """The raw twin of a hand-written resource method whose answer is one generated call's:
    the same code, run on the raw resource (whose generated methods return ``RawResponse``)."""
    return cast("Callable[Concatenate[Any, P], Awaitable[RawResponse[T]]]", method)
