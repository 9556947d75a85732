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


class RouteTable:
    """Matches ``(method, raw path)`` to the spec's operations under one base path.

    Static routes win over templated ones, and integer parameters match digits only, so
    ``/User/Default`` and ``/User/5`` never reach ``/User/{userName}``.
    """

    def __init__(self, base_path: str, operations: Iterable[OperationFacts] = OPERATIONS) -> None:
        prefix = re.escape(base_path.rstrip("/"))
        static: dict[tuple[str, str], OperationFacts] = {}
        templated: list[tuple[str, re.Pattern[str], OperationFacts]] = []
        for op in operations:
            if op.path_regex == re.escape(op.path):
                static[(op.method, base_path.rstrip("/") + op.path)] = op
            else:
                templated.append((op.method, re.compile(prefix + op.path_regex), op))
        templated.sort(key=lambda entry: entry[2].path_regex.count("[^/]+"))
        self._static = static
        self._templated = templated
        self.by_id = {op.operation_id: op for op in operations}
        self.by_module = {op.module: op for op in operations}

    def match(self, method: str, raw_path: str) -> OperationFacts | None:
        """The operation for this request; None when none matches."""
        path = raw_path.split("?", 1)[0]
        found = self._static.get((method, path))
        if found is not None:
            return found
        for op_method, pattern, op in self._templated:
            if op_method == method and pattern.fullmatch(path):
                return op
        return None
