"""The errors of a sync: a bad mapping, a bad source, a refused plan, a run stopped early."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import InvalidArgumentError, SuperOfficeError

__all__ = [
    "AdoptionError",
    "MappingError",
    "NotFoundAnswerError",
    "RetireLimitError",
    "SourceError",
    "SourceHeaderError",
    "SyncError",
]


class SyncError(SuperOfficeError):
    """Root of the errors raised by the sync engine itself."""


class MappingError(SyncError, InvalidArgumentError):
    """The mapping file cannot be used; the message names the entry and the problem."""


class SourceError(SyncError, InvalidArgumentError):
    """The source file cannot be read as a whole (not a single row's problem)."""


class SourceHeaderError(SourceError):
    """The source's columns do not match the mapping: every unknown and missing one, at once."""

    def __init__(self, path: str, unknown: Sequence[str], missing: Sequence[str]) -> None:
        self.unknown = tuple(unknown)
        self.missing = tuple(missing)
        parts = []
        if unknown:
            parts.append(f"unknown column(s) {', '.join(map(repr, unknown))}")
        if missing:
            parts.append(f"missing column(s) {', '.join(map(repr, missing))}")
        hint = []
        if unknown:
            hint.append("map the unknown ones, or list them in the mapping's [source] "
                        "ignore_columns")  # fmt: skip
        if missing:
            hint.append("add the missing ones to the file, or take them out of the mapping")
        super().__init__(
            f"{path}: the header does not match the mapping: {'; '.join(parts)} ({'; '.join(hint)})"
        )


class RetireLimitError(SyncError):
    """The plan would retire or delete more users than allowed; nothing was written."""

    def __init__(self, count: int, in_scope: int, limit: str) -> None:
        self.count = count
        self.in_scope = in_scope
        self.limit = limit
        super().__init__(
            f"the plan retires or deletes {count} of {in_scope} user(s) in scope, over the "
            f"limit of {limit}; nothing was written (raise --max-retire if this is intended)"
        )


class AdoptionError(SyncError):
    """The plan takes over existing users the sync never wrote; ``--adopt`` allows it."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            f"the plan adopts {count} existing user(s) the sync never created or adopted "
            "(shown as 'adopt'); nothing was written (run with --adopt to take them over)"
        )


class NotFoundAnswerError(SyncError):
    """An Agents call answered ``200 null``: SuperOffice's way of saying "not found"."""
