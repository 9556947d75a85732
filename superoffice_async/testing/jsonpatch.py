"""JSON Patch (RFC 6902) as SuperOffice applies it to a carrier: add, replace, remove, test."""

from __future__ import annotations

import copy
from typing import Any

from .errors import BadInputError, ConflictError

__all__ = ["apply_patch"]

Json = dict[str, Any]


def apply_patch(document: Json, operations: list[Json]) -> Json:
    """A patched copy of ``document``; raises before anything changes when one operation fails."""
    changed = copy.deepcopy(document)
    for operation in operations:
        try:
            _apply(changed, operation)
        except BadInputError as exc:  # a test of what is not there fails like a wrong value
            if operation.get("op") != "test" or not isinstance(operation.get("path"), str):
                raise
            raise ConflictError(f"test failed at {operation['path']}: {exc}") from None
    return changed


def _apply(document: Json, operation: Json) -> None:
    """One operation; paths are case-insensitive and the leading slash optional."""
    op, path = operation.get("op"), operation.get("path")
    if op not in ("add", "replace", "remove", "test") or not isinstance(path, str):
        raise BadInputError(f"unsupported patch operation {op!r}")
    parts = path.strip("/").split("/")
    if not parts or not parts[0]:
        raise BadInputError("a patch path must name a property")
    parent: Any = document
    for part in parts[:-1]:
        parent = _child(parent, part, path)
    last = parts[-1]
    value = copy.deepcopy(operation.get("value"))
    if isinstance(parent, list):
        if last == "-" and op == "add":
            parent.append(value)
            return
        index = _index(parent, last, path, adding=op == "add")
        if op == "add":
            parent.insert(index, value)
        elif op == "replace":
            parent[index] = value
        elif op == "remove":
            del parent[index]
        elif parent[index] != value:
            raise ConflictError(f"test failed at {path}")
        return
    if not isinstance(parent, dict):
        raise BadInputError(f"patch path {path!r} does not exist")
    key = _key(parent, last)
    if op == "add":
        parent[key or last] = value
    elif key is None:
        raise BadInputError(f"patch path {path!r} does not exist")
    elif op == "replace":
        parent[key] = value
    elif op == "remove":
        if parent is document:
            parent[key] = None  # a carrier property cannot vanish: removing it nulls it
        else:
            del parent[key]
    elif parent[key] != value:
        raise ConflictError(f"test failed at {path}: the value is {parent[key]!r}")


def _key(mapping: Json, name: str) -> str | None:
    lowered = name.casefold()
    return next((k for k in mapping if k.casefold() == lowered), None)


def _index(items: list[Any], raw: str, path: str, *, adding: bool) -> int:
    if not raw.isdigit() or int(raw) > len(items) or (int(raw) == len(items) and not adding):
        raise BadInputError(f"patch path {path!r}: no item {raw!r}")
    return int(raw)


def _child(node: Any, part: str, path: str) -> Any:
    if isinstance(node, list):
        return node[_index(node, part, path, adding=False)]
    if isinstance(node, dict):
        key = _key(node, part)
        if key is not None and node[key] is not None:
            return node[key]
    raise BadInputError(f"patch path {path!r} does not exist")
