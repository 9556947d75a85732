"""Reading the OpenAPI document: its operations, ``$ref``s and carriers' properties, once.

The generator (``codegen_operations``, ``generate``) and the drift check (``spec_drift``) walk
the document through these; what an operation becomes at run time is
``superoffice_async.operation``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from superoffice_async.operation import HTTP_METHODS as _METHODS

__all__ = ["HTTP_METHODS", "operations", "resolve"]

HTTP_METHODS = tuple(method.lower() for method in _METHODS)
"""The methods as the document's path items spell them."""

Json = dict[str, Any]


def resolve(document: Json, node: Json) -> Json:
    """Follow local ``$ref``s (``#/components/...``) to the node they name."""
    while "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(document: Json) -> Iterator[tuple[str, str, Json, Json]]:
    """``(path, method, path item, operation)`` of every operation, in path order."""
    for path, item in sorted(document.get("paths", {}).items()):
        for method in HTTP_METHODS:
            raw = item.get(method)
            if raw is not None:
                yield path, method, item, raw
