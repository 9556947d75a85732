"""Reading an API document: its operations, ``$ref``s, carriers and schemas, once.

The generator (``codegen_operations``, ``generate``) and the drift check (``spec_drift``) read
the document through these: ``read_schema`` is the one walk of a JSON Schema (``$ref``,
``anyOf``/``oneOf``, types, items, maps), and each of them turns its ``Schema`` into what it
needs (the SDK's shapes, the tables of carriers, the drift check's type strings). What an
operation becomes at run time is ``superoffice_async.operation``. Local ``$ref``s are followed
by their path, so the same functions read the spec (``#/components/schemas/...``) and
SuperOffice's Swagger 2.0 files (``#/definitions/...``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from superoffice_async.operation import HTTP_METHODS as _METHODS

__all__ = [
    "HTTP_METHODS",
    "Schema",
    "UnresolvedReferenceError",
    "carriers",
    "is_carrier",
    "operations",
    "properties",
    "read_properties",
    "read_schema",
    "resolve",
    "types",
]

HTTP_METHODS = tuple(method.lower() for method in _METHODS)
"""The methods as the document's path items spell them."""

Json = dict[str, Any]


class UnresolvedReferenceError(LookupError):
    """A ``$ref`` names nothing in the document."""


def resolve(document: Json, node: Json) -> Json:
    """Follow local ``$ref``s (``#/components/...``) to the node they name."""
    while "$ref" in node:
        ref = str(node["$ref"])
        target: Any = document
        try:
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
        except (KeyError, TypeError, IndexError):
            target = None
        if not isinstance(target, dict):
            raise UnresolvedReferenceError(f"unresolved reference {ref}")
        node = target
    return node


def operations(document: Json) -> Iterator[tuple[str, str, Json, Json]]:
    """``(path, method, path item, operation)`` of every operation, in path order."""
    for path, item in sorted(document.get("paths", {}).items()):
        for method in HTTP_METHODS:
            raw = item.get(method)
            if raw is not None:
                yield path, method, item, raw


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


@dataclass(frozen=True, slots=True)
class Schema:
    """A schema as read from either dialect: what a value of it may be, ``$ref``s followed.

    A carrier is not read further (``read_properties`` reads it), so a schema that refers to
    itself is read in finite time.
    """

    type: str
    """A JSON type (integer, number, string, boolean, array, object), ``carrier`` (properties of
    its own or built by ``allOf``), ``union`` (``anyOf``/``oneOf`` of several schemas besides
    null: ``options``) or ``any``. A union of one schema and null is that schema, nullable."""
    nullable: bool = False
    ref: str | None = None
    """The ``$ref`` of the component a carrier or an enum was reached through."""
    format: str | None = None
    enum: tuple[str, ...] | None = None
    """The members, as strings."""
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    min_length: int | None = None
    items: Schema | None = None
    """array: its items."""
    values: Schema | None = None
    """object: its values (``additionalProperties``; ``any`` when not a schema); None: not a
    map."""
    options: tuple[Schema, ...] = ()
    """union: the schemas it may be, in order."""

    @property
    def name(self) -> str | None:
        """The component's short name: ``User`` for ``#/definitions/SuperOffice.CRM.User``."""
        return None if self.ref is None else self.ref.rsplit("/", 1)[-1].rsplit(".", 1)[-1]

    @property
    def enum_class(self) -> bool:
        """An enum that is a component of its own (a class in ``models``), not a list of
        allowed strings written in place."""
        return self.ref is not None and self.enum is not None


_ANY = Schema("any")


def read_schema(document: Json, node: Json) -> Schema:
    """The ``Schema`` of ``node`` in ``document`` (``UnresolvedReferenceError`` on a bad
    ``$ref``)."""
    if "$ref" in node:
        ref = str(node["$ref"])
        target = resolve(document, node)
        if is_carrier(target):
            return Schema("carrier", ref=ref)
        found = read_schema(document, target)
        return replace(found, ref=ref) if "enum" in target else found
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        real = tuple(read_schema(document, o) for o in options if o.get("type") != "null")
        nullable = len(real) < len(options)
        if len(real) == 1:
            return replace(real[0], nullable=real[0].nullable or nullable)
        return Schema("union", nullable=nullable, options=real)
    allowed, nullable = types(node)
    if is_carrier(node):
        return Schema("carrier", nullable=nullable)
    extra = node.get("additionalProperties")
    kind = allowed[0] if allowed else ("object" if "additionalProperties" in node else "any")
    enum = node.get("enum")
    values = None
    if kind == "object" and "additionalProperties" in node:
        values = read_schema(document, extra) if isinstance(extra, dict) else _ANY
    return Schema(
        kind,
        nullable=nullable,
        format=node.get("format"),
        enum=None if enum is None else tuple(str(v) for v in enum),
        minimum=node.get("minimum"),
        maximum=node.get("maximum"),
        pattern=node.get("pattern"),
        min_length=node.get("minLength"),
        items=read_schema(document, node.get("items", {})) if kind == "array" else None,
        values=values,
    )


def read_properties(document: Json, carrier: Schema) -> dict[str, Schema]:
    """A carrier's JSON property name -> its ``Schema``, ``allOf`` parts merged in order."""
    if carrier.ref is None:
        raise ValueError("only a carrier that is a component can be read by its properties")
    merged = properties(document, resolve(document, {"$ref": carrier.ref}))
    return {name: read_schema(document, sub) for name, sub in merged.items()}


def carriers(document: Json) -> dict[str, Schema]:
    """Every carrier among the document's components, by name, in name order."""
    if "definitions" in document:
        prefix, schemas = "#/definitions/", document["definitions"]
    else:
        prefix, schemas = "#/components/schemas/", document.get("components", {}).get("schemas", {})
    return {
        name: Schema("carrier", ref=prefix + name)
        for name in sorted(schemas)
        if is_carrier(schemas[name])
    }
