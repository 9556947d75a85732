"""Options accepted by the client and by every call (a call's options win), and their checks.

Language, culture, time zone and Accept-Language become the headers the operation's spec lists
for them; the others shape the call's attempts (timeouts, retries, deadline).
"""

from __future__ import annotations

from typing import Any, TypedDict

from .errors import InvalidArgumentError

__all__ = ["HEADER_OPTIONS", "CallOptions", "validate_options"]


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
    """Seconds allowed for each network phase of an attempt: connecting, waiting for a pooled
    connection, waiting for the answer's whole head, and each read of its body."""
    attempt_timeout: float
    """Seconds for one whole attempt, sending and reading the answer (a slow drip ends here)."""
    max_attempts: int
    """Attempts in all, the first included (1: no retry)."""
    deadline: float
    """Seconds for the whole call, every attempt and wait included. None: no overall limit,
    but the call still ends (``max_attempts`` attempts of at most ``attempt_timeout`` each)."""
    retries: bool
    """False turns retries off (tests, or callers that retry themselves)."""


HEADER_OPTIONS = ("language", "culture", "time_zone", "accept_language")
"""The options that become headers where an operation's spec lists them."""


def validate_options(options: CallOptions) -> CallOptions:
    """Refuse unknown names and unusable values with a clear error."""
    unknown = set(options) - set(CallOptions.__annotations__)
    if unknown:
        known = ", ".join(sorted(CallOptions.__annotations__))
        raise InvalidArgumentError(f"unknown option(s) {sorted(unknown)}; known: {known}")
    for name in HEADER_OPTIONS:
        value: Any = options.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(f"option {name!r} must be a non-empty string")
        if not value.isascii() or any(c in value for c in "\r\n\x00"):
            raise InvalidArgumentError(f"option {name!r} must be printable ASCII on one line")
    for name in ("timeout", "attempt_timeout"):
        if name in options and options[name] is None:  # type: ignore[literal-required]
            raise InvalidArgumentError(
                f"option {name!r} must be a positive number of seconds, not None: every call "
                "must end (deadline=None is allowed: attempts stay bounded by these)"
            )
    for name in ("timeout", "attempt_timeout", "deadline"):
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
