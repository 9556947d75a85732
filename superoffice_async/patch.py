"""JSON Patch (RFC 6902) documents for ``PATCH /api/v1/User/{id}``, checked against the carrier.

``UserPatch().replace("Tooltip", "Lead").test("Rank", 3).remove("Person/MiddleName")``: each
path is checked against the spec's User carrier before any request (case-insensitive, leading
slash optional, as the server takes them); array items are ``OtherGroups/0`` or ``OtherGroups/-``
and map entries ``CustomFields/SuperOffice:1``. The server applies all operations or none; a
failed ``test`` is a ``ConflictError`` (409).
"""

from __future__ import annotations

import datetime as dt
import email.utils
from enum import Enum
from typing import Any, Self

from ._generated.models import PatchOperation, PatchOperationOp
from ._generated.spec_facts import CARRIER_PROPERTIES, PROPERTY_SHAPES
from ._generated.types import UNSET
from .errors import InvalidArgumentError
from .select import property_name

__all__ = ["UserPatch", "http_date"]


class UserPatch:
    """A JSON Patch document for one User, built operation by operation."""

    carrier = "User"

    def __init__(self) -> None:
        self._operations: list[PatchOperation] = []

    def add(self, path: str, value: Any) -> Self:
        """Add ``value`` at ``path`` (``OtherGroups/-`` appends to an array)."""
        return self._append(PatchOperationOp.ADD, path, value)

    def replace(self, path: str, value: Any) -> Self:
        """Replace the value at ``path``."""
        return self._append(PatchOperationOp.REPLACE, path, value)

    def remove(self, path: str) -> Self:
        """Remove the value at ``path``."""
        return self._append(PatchOperationOp.REMOVE, path, UNSET)

    def test(self, path: str, value: Any) -> Self:
        """Fail the whole patch (409) unless ``path`` holds ``value`` now."""
        return self._append(PatchOperationOp.TEST, path, value)

    @property
    def operations(self) -> list[PatchOperation]:
        """The operations, in order, as the generated carrier."""
        if not self._operations:
            raise InvalidArgumentError("the patch has no operations")
        return list(self._operations)

    def __len__(self) -> int:
        return len(self._operations)

    def __repr__(self) -> str:
        ops = ", ".join(f"{o.op.value} {o.path}" for o in self._operations)
        return f"UserPatch({ops})"

    def _append(self, op: PatchOperationOp, path: str, value: Any) -> Self:
        canonical = patch_path(self.carrier, path)
        self._operations.append(
            PatchOperation(op=op, path=canonical, value=UNSET if value is UNSET else _json(value))
        )
        return self


def patch_path(carrier: str, path: str) -> str:
    """``/Name`` spelled as in the spec, or an InvalidArgumentError naming the closest names."""
    if not isinstance(path, str) or not path.strip("/ "):
        raise InvalidArgumentError("a patch path must be a non-empty string")
    parts = path.strip().lstrip("/").split("/")
    spelled: list[str] = []
    current: str | None = carrier
    index = 0
    while index < len(parts):
        name = parts[index]
        if current is None:
            raise InvalidArgumentError(f"patch path {path!r}: {'/'.join(spelled)} has no {name!r}")
        found = property_name(current, name, f"patch path {path!r}")
        spelled.append(found)
        shape = PROPERTY_SHAPES[current][found]
        nested = CARRIER_PROPERTIES[current][found]
        index += 1
        if shape == "map" and index < len(parts):
            spelled.append(parts[index])
            index += 1
            current = None
        elif shape == "array" and index < len(parts):
            item = parts[index]
            if item != "-" and not item.isdigit():
                raise InvalidArgumentError(
                    f"patch path {path!r}: {found} is an array; use an index or '-', not {item!r}"
                )
            spelled.append(item)
            index += 1
            current = nested
        else:
            current = nested if shape == "object" else None
    return "/" + "/".join(spelled)


def _json(value: Any) -> Any:
    """A JSON value from carriers, enums, dates and plain JSON types."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    raise InvalidArgumentError(f"a patch value cannot be a {type(value).__name__}")


def http_date(value: dt.datetime | str) -> str:
    """An HTTP date for If-Unmodified-Since; a naive datetime is taken as UTC."""
    if isinstance(value, str):
        try:
            email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            raise InvalidArgumentError(f"not an HTTP date: {value!r}") from None
        return value
    if not isinstance(value, dt.datetime):
        raise InvalidArgumentError("if_unmodified_since must be a datetime or an HTTP date")
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return email.utils.format_datetime(value.astimezone(dt.UTC), usegmt=True)
