"""Which operation of the spec a request reaches: routed from the generated operation facts.

Every operation of ``OPERATIONS`` has a path template. Templates with more literal segments
win (``User/current`` before ``User/{id}``); where two templates have the same shape
(``User/{id}`` and ``User/{userName}``) the path parameters' kinds decide: an ``int`` parameter
takes digits only, a text parameter its pattern, and neither takes a reserved word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from superoffice_async._generated.operations import OPERATIONS
from superoffice_async.operation import Operation, Param

__all__ = ["Match", "Router"]

_PLACEHOLDER = re.compile(r"^\{(?P<name>[^}]+)\}$")
_INT = re.compile(r"-?[0-9]+")


@dataclass(frozen=True, slots=True)
class Match:
    """The operation a request reaches and its path parameters (by wire name)."""

    operation: Operation[Any]
    path_params: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Template:
    operation: Operation[Any]
    segments: tuple[str, ...]
    params: dict[str, Param]

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for segment, part in zip(self.segments, parts, strict=True):
            placeholder = _PLACEHOLDER.match(segment)
            if placeholder is None:
                if segment.casefold() != part.casefold():
                    return None
                continue
            name = placeholder["name"]
            if not part or not _accepts(self.params.get(name), part):
                return None
            values[name] = part
        return values

    @property
    def literal_count(self) -> int:
        return sum(1 for s in self.segments if _PLACEHOLDER.match(s) is None)


def _accepts(param: Param | None, value: str) -> bool:
    if param is None:
        return True
    if value.casefold() in {r.casefold() for r in param.reserved}:
        return False
    if param.kind == "int":
        return _INT.fullmatch(value) is not None
    return param.pattern is None or re.search(param.pattern, value) is not None


class Router:
    """Finds the operation of a method and path (the path below the tenant)."""

    def __init__(self, operations: tuple[Operation[Any], ...] = OPERATIONS) -> None:
        templates = [
            _Template(
                operation,
                tuple(operation.path.strip("/").split("/")),
                {p.wire: p for p in operation.params if p.location == "path"},
            )
            for operation in operations
        ]
        # More literal segments first, then the spec's order.
        self._templates = sorted(templates, key=lambda t: -t.literal_count)
        self.operations = {o.operation_id: o for o in operations}

    def match(self, method: str, path: str) -> Match | None:
        """The operation (and path parameters) for ``method`` and ``path``; None if none."""
        parts = path.strip("/").split("/")
        for template in self._templates:
            if template.operation.method != method.upper():
                continue
            values = template.match(parts)
            if values is not None:
                return Match(template.operation, values)
        return None

    def allows(self, path: str) -> list[str]:
        """The methods some operation has at ``path`` (for a 405's Allow header)."""
        parts = path.strip("/").split("/")
        return sorted({t.operation.method for t in self._templates if t.match(parts) is not None})
