"""Per-client and per-call options, and the settings one call carries down to the transport.

Language, culture, time zone and Accept-Language travel as the generated operations' header
parameters. What the generated code cannot pass (the timeout) rides in a context variable that
the transport reads: it is task-local, so concurrent calls never see each other's settings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypedDict

from .errors import InvalidArgumentError
from .slowcall import CallRecord

__all__ = [
    "CallOptions",
    "CallState",
    "call_scope",
    "current_call",
    "header_arguments",
    "validate_options",
]


class CallOptions(TypedDict, total=False):
    """Options accepted by the client and by every call; a call's options win."""

    language: str
    """SO-Language: language (iso2) for string references and multi-language values."""
    culture: str
    """SO-Culture: number and date formatting culture (iso2); ignored without a language."""
    time_zone: str
    """SO-TimeZone: the time zone code date/time values are converted to."""
    accept_language: str
    """Accept-Language, for servers or proxies that only read the standard header."""
    timeout: float
    """Seconds allowed for each network phase (connect, write, read, pool) of an attempt."""
    max_attempts: int
    """Attempts in all, the first included (1: no retry)."""
    deadline: float
    """Seconds for the whole call, every attempt and wait included."""
    retries: bool
    """False turns retries off (tests, or callers that retry themselves)."""


_HEADER_ARGUMENTS = {
    "language": "so_language",
    "culture": "so_culture",
    "time_zone": "so_time_zone",
    "accept_language": "accept_language",
}


def validate_options(options: CallOptions) -> CallOptions:
    """Refuse unknown names and unusable values with a clear error."""
    unknown = set(options) - set(CallOptions.__annotations__)
    if unknown:
        known = ", ".join(sorted(CallOptions.__annotations__))
        raise InvalidArgumentError(f"unknown option(s) {sorted(unknown)}; known: {known}")
    for name in _HEADER_ARGUMENTS:
        value: Any = options.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(f"option {name!r} must be a non-empty string")
        if not value.isascii() or any(c in value for c in "\r\n\x00"):
            raise InvalidArgumentError(f"option {name!r} must be printable ASCII on one line")
    for name in ("timeout", "deadline"):
        number: Any = options.get(name)
        if number is not None and (
            isinstance(number, bool) or not isinstance(number, int | float) or not number > 0
        ):
            raise InvalidArgumentError(f"option {name!r} must be a positive number of seconds")
    attempts: Any = options.get("max_attempts")
    if attempts is not None and (
        isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1
    ):
        raise InvalidArgumentError("option 'max_attempts' must be an int >= 1")
    if not isinstance(options.get("retries", True), bool):
        raise InvalidArgumentError("option 'retries' must be True or False")
    return options


def header_arguments(
    defaults: CallOptions, options: CallOptions, accepted: Collection[str]
) -> dict[str, str]:
    """The header keyword arguments to pass to a generated operation taking ``accepted``.

    Client defaults go where the operation has the header (the reference leaves the SO-*
    headers off some, such as the DELETEs); an option given for this very call that the
    operation cannot send is an error, never silently dropped.
    """
    arguments: dict[str, str] = {}
    for name, argument in _HEADER_ARGUMENTS.items():
        if argument in accepted:
            value = options.get(name, defaults.get(name))
            if value is not None:
                arguments[argument] = str(value)
        elif name in options:
            raise InvalidArgumentError(f"this operation does not take the option {name!r}")
    return arguments


@dataclass(slots=True)
class CallState:
    """One call in progress: its settings, and what the transport learned while making it."""

    timeout: float | None = None
    max_attempts: int | None = None
    deadline: float | None = None
    retries: bool = True
    expected_operation: str | None = None
    """The operation the caller means; a request that routes elsewhere is not sent."""
    operation_id: str | None = None
    attempts: int = 0
    record: CallRecord | None = None

    @classmethod
    def from_options(cls, options: CallOptions) -> CallState:
        """The state of a call made with these (validated) options."""
        return cls(
            timeout=options.get("timeout"),
            max_attempts=options.get("max_attempts"),
            deadline=options.get("deadline"),
            retries=options.get("retries", True),
        )


_current: ContextVar[CallState | None] = ContextVar("superoffice_call_state", default=None)


def current_call() -> CallState | None:
    """The call running in this task, or None outside ``SuperOfficeClient.invoke``."""
    return _current.get()


@contextmanager
def call_scope(state: CallState) -> Iterator[CallState]:
    """Make ``state`` the current call for the duration of one call."""
    token = _current.set(state)
    try:
        yield state
    finally:
        _current.reset(token)


_last: ContextVar[CallRecord | None] = ContextVar("superoffice_last_call", default=None)


def last_call() -> CallRecord | None:
    """The record (attempts, elapsed ms, status) of the last call this task finished."""
    return _last.get()


def remember(record: CallRecord | None) -> None:
    """Make ``record`` what ``last_call()`` returns in this task."""
    _last.set(record)
