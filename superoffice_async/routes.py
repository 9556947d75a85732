"""Which operation of the spec a request is for, from its method and path.

The table comes from the spec by generation (``_generated/spec_facts.py``). A request that
matches no operation is refused before it is sent, so no argument can move a call to another
endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._generated.spec_facts import OPERATIONS, OperationFacts

__all__ = ["OperationFacts", "RouteTable"]

_PARAM = re.compile(r"\{[^}/]+\}")


class RouteTable:
    """Matches ``(method, raw path)`` to the spec's operations under one base path."""

    def __init__(self, base_path: str, operations: Iterable[OperationFacts] = OPERATIONS) -> None:
        prefix = base_path.rstrip("/")
        static: dict[tuple[str, str], OperationFacts] = {}
        templated: list[tuple[str, re.Pattern[str], OperationFacts]] = []
        for op in operations:
            if _PARAM.search(op.path) is None:
                static[(op.method, prefix + op.path)] = op
                continue
            pattern = "".join(
                "[^/]+" if _PARAM.fullmatch(part) else re.escape(part)
                for part in re.split(r"(\{[^}/]+\})", op.path)
            )
            templated.append((op.method, re.compile(re.escape(prefix) + pattern), op))
        self._static = static
        self._templated = templated
        self.by_id = {op.operation_id: op for op in operations}

    def match(self, method: str, raw_path: str) -> OperationFacts | None:
        """The operation for this request, static routes first; None when none matches."""
        path = raw_path.split("?", 1)[0]
        found = self._static.get((method, path))
        if found is not None:
            return found
        for op_method, pattern, op in self._templated:
            if op_method == method and pattern.fullmatch(path):
                return op
        return None
