"""What the SDK knows about an operation: the ``Operation`` and ``Param`` types and parsers.

The generator (``tools/codegen_operations.py``) reads the spec once into these classes: an
``OperationFacts`` per operation, its ``Param``s. It writes them into ``_generated/operations.py``
as ``Operation``s (the same facts and the parser of the answer, which only exists once
generated); the request path reads them (``calls/``), and so do the sandbox's router and the
contract tests. The ``parse_*`` helpers are what the generated parsers call on an answer's JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, get_args

__all__ = [
    "HTTP_METHODS",
    "LIST_ITEMS",
    "PARAM_KINDS",
    "Operation",
    "OperationFacts",
    "Param",
    "ParamKind",
    "by_kind",
    "param_kind",
    "parse_array",
    "parse_object",
    "parse_open_enum",
    "parse_string_map",
    "parse_typed",
]

T = TypeVar("T")
V = TypeVar("V")

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH")
"""The methods an operation of the spec (and a ``request()``) may have."""

ParamKind = Literal[
    "int",
    "str",
    "bool",
    "enum",
    "select",
    "carrier",
    "map",
    "any",
    "list",
    "replace",
    "int_list",
    "str_list",
    "enum_list",
    "carrier_list",
]
"""What an argument is, which decides how it is checked, sent and decoded: ``select`` is a
``$select`` query; ``replace`` is the local ``replace=True`` switch of a replacing write (never
sent); ``list`` is a list the SDK passes as it is; the ``*_list`` kinds are in ``LIST_ITEMS``."""

PARAM_KINDS: frozenset[ParamKind] = frozenset(get_args(ParamKind))
"""Every kind, once: each table keyed by kind is checked against it (``by_kind``)."""

LIST_ITEMS: Mapping[ParamKind, ParamKind] = {
    "int_list": "int",
    "str_list": "str",
    "enum_list": "enum",
    "carrier_list": "carrier",
}
"""The list kinds and their items' kind (``minimum``, ``maximum``, ``choices`` and ``type``
then apply to each item)."""


def param_kind(name: str) -> ParamKind:
    """``name`` as a declared kind; ``ValueError`` for any other."""
    if name not in PARAM_KINDS:
        raise ValueError(
            f"{name!r} is not a parameter kind; known: {', '.join(sorted(PARAM_KINDS))}"
        )
    return name


def by_kind(table: Mapping[ParamKind, V], owner: str) -> Mapping[ParamKind, V]:
    """``table`` if it handles every kind and no other; else ``TypeError`` naming ``owner``.

    Whatever behaves per kind keeps one such table, so a new kind fails at import where it
    is not handled yet instead of falling through a chain of ``if``s.
    """
    missing = sorted(PARAM_KINDS - table.keys())
    unknown = sorted(set(table) - PARAM_KINDS)
    if missing or unknown:
        raise TypeError(f"{owner}: kinds not handled {missing}, unknown kinds {unknown}")
    return table


@dataclass(frozen=True, slots=True)
class Param:
    """One argument: where it goes on the wire and how it is checked."""

    python: str
    """The argument's name in the typed method."""
    wire: str
    """Its name on the wire (query or header name, path placeholder, body property)."""
    location: str
    """path | query | header | body (the whole body) | field (a property of the body)"""
    kind: ParamKind
    """What the argument is (``ParamKind``); for a list kind, ``minimum``, ``maximum``,
    ``choices`` and ``type`` apply to its items."""
    required: bool = False
    nullable: bool = False
    type: str | None = None
    """The enum or carrier class's name in ``models``, for those kinds."""
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    min_length: int | None = None
    choices: tuple[str, ...] = ()
    reserved: tuple[str, ...] = ()
    """Path values that would reach another operation (matched case-insensitively)."""
    accepts: tuple[str, ...] = ()
    """carrier: names of the classes that extend ``type`` and are taken for it (their extra
    properties are left out of what is sent)."""

    def __post_init__(self) -> None:
        param_kind(self.kind)  # a kind nothing handles fails where the fact is made


@dataclass(frozen=True, slots=True)
class OperationFacts:
    """What the SDK knows about one operation, as the generator reads it from the spec."""

    operation_id: str
    method: str
    path: str
    """The path template under the tenant's base URL, e.g. ``/api/v1/User/{id}``."""
    params: tuple[Param, ...]
    """In the order the typed method passes its arguments."""
    idempotent: bool
    slow_ms: int
    select_carrier: str | None = None
    option_headers: tuple[tuple[str, str], ...] = ()
    """(option name, header name): headers filled from the client's or the call's options."""
    body: str | None = None
    """None, "value" (one argument is the body) or "fields" (arguments are its properties)."""
    no_content: bool = False
    """The success answer has no body (204)."""
    nullable: bool = False
    """A ``200 null`` answer ("not found" in the Agents) parses to None."""
    status: int = 200
    """The success status the spec documents; another 2xx is not the API as specified (0: any)."""
    replaces: bool = False
    """The body's carrier replaces the whole entity on the server (PUT, Agents Save*): what it
    leaves out is blanked. Only a carrier read from the server is sent, unless ``replace=True``."""
    creates_when_empty: str | None = None
    """The carrier property whose empty value (absent, null or 0) makes the call a create."""
    tag: str = ""
    """The spec's tag: User (``client.users``) or UserAgent (``client.user_agent``)."""
    method_name: str = ""
    """The typed method's name on that resource (``_patch``: wrapped by a hand-written one)."""


@dataclass(frozen=True, slots=True)
class Operation(OperationFacts, Generic[T]):
    """An operation's facts with the parser of its answer: what a call runs on."""

    parse: Callable[[Any], T] = field(kw_only=True)
    """Turns the answer's JSON into the typed result (raises on a mismatch)."""
    decode: Callable[[bytes], T] | None = field(default=None, kw_only=True)
    """The fast path: the answer's bytes straight into the typed result (msgspec), for an
    answer that fits the spec exactly. Raises ValueError on anything else (a property the spec
    does not name, a mismatch, null), and the answer then goes ``parse``'s way, which keeps
    such properties and names a mismatch. None: ``parse`` only."""


def parse_array(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise TypeError(f"expected an array, got {type(data).__name__}")
    return data


def parse_object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    return data


def parse_string_map(data: Any) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise TypeError("expected an object of strings")
    return dict(data)


def parse_open_enum(cls: Callable[[str], T], data: Any) -> T | str:
    if not isinstance(data, str):
        raise TypeError(f"expected a string, got {type(data).__name__}")
    try:
        return cls(data)
    except ValueError:
        return data


def parse_typed(data: Any, kind: type[T]) -> T:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data
