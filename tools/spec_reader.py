"""Reading an API document: its operations, ``$ref``s, carriers' properties and types, once.

The generator (``codegen_operations``, ``generate``) and the drift check (``spec_drift``) walk
the document through these; what an operation becomes at run time is
``superoffice_async.operation``. Local ``$ref``s are followed by their path, so the same
functions read the spec (``#/components/schemas/...``) and SuperOffice's Swagger 2.0 files
(``#/definitions/...``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from superoffice_async.operation import HTTP_METHODS as _METHODS

__all__ = [
    "HTTP_METHODS",
    "is_carrier",
    "operations",
    "properties",
    "ref_name",
    "resolve",
    "types",
]

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


def ref_name(node: Json) -> str | None:
    """The component ``node`` refers to, through anyOf/allOf/oneOf and array items."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "allOf", "oneOf"):
        for sub in node.get(key, []):
            name = ref_name(sub)
            if name is not None:
                return name
    if "items" in node:
        return ref_name(node["items"])
    return None


def is_carrier(schema: Json) -> bool:
    """A schema with properties of its own or built by ``allOf``: a carrier, not a value."""
    return "properties" in schema or "allOf" in schema


def properties(document: Json, schema: Json) -> Json:
    """A carrier's JSON property name -> its schema, ``allOf`` parts merged in order."""
    result: Json = {}
    for part in schema.get("allOf", []):
        result.update(properties(document, resolve(document, part)))
    result.update(schema.get("properties", {}))
    return result


def types(node: Json) -> tuple[list[str], bool]:
    """The JSON types ``node`` allows besides null, and whether it allows null."""
    declared = node.get("type", [])
    declared = [declared] if isinstance(declared, str) else list(declared)
    return [t for t in declared if t != "null"], "null" in declared
