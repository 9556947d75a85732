"""Checks on caller arguments, made before any request is sent, and on parsed answers."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from ._generated.types import UNSET, Unset
from .errors import InvalidArgumentError, ResponseValidationError

__all__ = [
    "check_enum",
    "check_id",
    "check_model",
    "check_path_text",
    "check_text",
    "expect",
    "expect_list",
    "expect_or_none",
    "optional_bool",
    "optional_id",
]

E = TypeVar("E", bound=Enum)
M = TypeVar("M")

INT32_MAX = 2**31 - 1


def check_id(value: object, what: str = "user_id") -> int:
    """A positive int32 id."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"{what} must be an int, got {type(value).__name__}")
    if not 1 <= value <= INT32_MAX:
        raise InvalidArgumentError(f"{what} must be between 1 and {INT32_MAX}, got {value}")
    return value


def check_path_text(value: object, what: str) -> str:
    """Text for a path segment: never empty, never a dot segment that would move the call."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{what} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(f"{what} must not be empty or blank")
    if value in (".", ".."):
        raise InvalidArgumentError(f"{what} must not be {value!r}: it would change the endpoint")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise InvalidArgumentError(f"{what} must not contain control characters")
    return value


def check_text(value: object, what: str) -> str:
    """A non-empty string for a body field."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{what} must be a non-empty str")
    return value


def check_model(value: object, cls: type[M], what: str) -> M:
    """An instance of a generated carrier."""
    if not isinstance(value, cls):
        raise InvalidArgumentError(f"{what} must be a {cls.__name__}, got {type(value).__name__}")
    return value


def check_enum(value: object, cls: type[E], what: str) -> E | Unset:
    """An enum member, given as the member or its value; None means "not sent"."""
    if value is None:
        return UNSET
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        valid = ", ".join(str(m.value) for m in cls)
        raise InvalidArgumentError(f"{what} must be one of {valid}; got {value!r}") from None


def expect(parsed: object, cls: type[M], operation_id: str) -> M:
    """The parsed answer, checked to be a ``cls``."""
    if not isinstance(parsed, cls):
        raise ResponseValidationError(
            f"{operation_id}: expected a {cls.__name__} answer, got {type(parsed).__name__}",
            operation_id=operation_id,
        )
    return parsed


def expect_list(parsed: object, cls: type[M], operation_id: str) -> list[M]:
    """The parsed answer, checked to be a list of ``cls``."""
    if not isinstance(parsed, list) or not all(isinstance(item, cls) for item in parsed):
        raise ResponseValidationError(
            f"{operation_id}: expected a list of {cls.__name__}, got {type(parsed).__name__}",
            operation_id=operation_id,
        )
    return parsed


def optional_bool(value: object, what: str) -> bool | Unset:
    """A bool query flag; None means "not sent"."""
    if value is None:
        return UNSET
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"{what} must be True, False or None")
    return value


def optional_id(value: object, what: str, *, allow_zero: bool = False) -> int | Unset:
    """An int32 id for a query parameter; None means "not sent"."""
    if value is None:
        return UNSET
    if allow_zero and value == 0 and not isinstance(value, bool):
        return 0
    return check_id(value, what)


def expect_or_none(parsed: object, cls: type[M], operation_id: str) -> M | None:
    """Like ``expect``, but an Agents ``200 null`` ("not found") gives None."""
    return None if parsed is None else expect(parsed, cls, operation_id)
