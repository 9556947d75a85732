"""Building a call's request: a typed call and ``request()`` give the same prepared request.

A typed call's arguments are checked and placed by its operation's facts (path values quoted
into one segment each, query, headers, a JSON body); ``request()`` gets an operation too (the
spec's, when its method and path are one of the spec's operations; else one labelled
``request`` whose path shows no id), so both calls are recorded, logged and reported alike.
Both end in ``assemble``: the client's headers, the option headers the operation takes (a call
option it cannot send is an error), the JSON content type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import orjson

from .._generated.operations import DEFAULT_SLOW_MS, OPERATIONS
from ..errors import InvalidArgumentError
from ..operation import Operation
from ..options import HEADER_OPTIONS, CallOptions
from .arguments import check_replace, wire_value

__all__ = ["ESCAPE_OPERATION_ID", "Prepared", "assemble", "escape_operation", "prepare"]

ESCAPE_OPERATION_ID = "request"
"""The operation id of a ``request()`` to a path the spec does not have (also its key in
``slow_call_ms``)."""

_WORD = re.compile(r"[A-Za-z]+|v[0-9]+")
"""A path segment kept in a record as it is: a word or the API version; any other is an id."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A call's request before its attempts: relative target, headers without credentials."""

    method: str
    target: str
    """Path (quoted) and query, relative to the base URL."""
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    narrowed: bool = False
    """A ``$select`` argument was given: the answer is not a complete read of the entity."""


def prepare(
    operation: Operation[Any],
    arguments: tuple[Any, ...],
    values: CallOptions,
    options: CallOptions,
    headers: tuple[tuple[str, str], ...],
) -> Prepared:
    """A typed call's request: each argument checked and placed where the spec says."""
    path = operation.path
    query: list[str] = []
    placed: list[tuple[str, str]] = []
    body: Any = None
    fields: dict[str, Any] | None = {} if operation.body == "fields" else None
    carrier = operation.select_carrier
    replace = narrowed = False
    if operation.replaces:
        for param, value in zip(operation.params, arguments, strict=True):
            if param.kind == "replace":
                replace = wire_value(param, value, carrier)
    for param, value in zip(operation.params, arguments, strict=True):
        location = param.location
        if location == "local":
            continue
        if operation.replaces and param.kind == "carrier":
            check_replace(operation, param, value, replace)
        if value is None:
            if param.required and not (param.nullable and param.kind == "carrier"):
                raise InvalidArgumentError(f"{param.python} is required")
            if fields is not None and param.required:
                fields[param.wire] = None
            continue
        narrowed = narrowed or param.kind == "select"
        wire = wire_value(param, value, carrier)
        if location == "path":
            quoted = wire if wire.isascii() and wire.isdigit() else quote(wire, safe="")
            path = path.replace("{" + param.wire + "}", quoted)
        elif location == "query":
            query.append(f"{quote(param.wire, safe='')}={quote(wire, safe='')}")
        elif location == "header":
            placed.append((param.wire, wire))
        elif location == "body":
            body = wire
        elif fields is not None:
            fields[param.wire] = wire
    if fields is not None:
        body = fields
    target = f"{path}?{'&'.join(query)}" if query else path
    content = None if body is None else orjson.dumps(body)
    return assemble(
        operation, target, (*headers, *placed), content, values, options, narrowed=narrowed
    )


def assemble(
    operation: Operation[Any],
    target: str,
    headers: tuple[tuple[str, str], ...],
    body: bytes | None,
    values: CallOptions,
    options: CallOptions,
    *,
    narrowed: bool = False,
) -> Prepared:
    """The request of any call: the option headers the operation takes, the content type."""
    extra: list[tuple[str, str]] = []
    for name, header in operation.option_headers:
        value = values.get(name)
        if value is not None:
            extra.append((header, str(value)))
    if options:
        names = {name for name, _ in operation.option_headers}
        for name in HEADER_OPTIONS:
            if name in options and name not in names:
                raise InvalidArgumentError(f"this operation does not take the option {name!r}")
    if body is not None:
        extra.append(("Content-Type", "application/json"))
    return Prepared(operation.method, target, (*headers, *extra), body, narrowed)


def escape_operation(method: str, path: str, idempotent: bool) -> Operation[Any]:
    """The operation a ``request(method, path)`` is recorded, logged and reported as.

    The spec's operation when the method and the (quoted) path match one of its paths: its id,
    path template and slow-call threshold. Else ``request`` with the path's ids replaced by
    ``{id}``. Either way the answer is the JSON as it came, and it is retried after it may have
    reached the server only when the caller said ``idempotent=True``.
    """
    known = _spec_operation(method, path)
    return Operation(
        operation_id=known.operation_id if known else ESCAPE_OPERATION_ID,
        method=method,
        path=known.path if known else _template(path),
        params=(),
        parse=_identity,
        idempotent=idempotent,
        slow_ms=known.slow_ms if known else DEFAULT_SLOW_MS,
        option_headers=_ALL_OPTION_HEADERS,
        nullable=True,
        status=0,
    )


def _spec_operation(method: str, path: str) -> Operation[Any] | None:
    segments = path.strip("/").lower().split("/")
    for operation in _BY_METHOD.get(method, ()):
        template = operation.path.strip("/").lower().split("/")
        if len(template) == len(segments) and all(
            t == s or (t.startswith("{") and t.endswith("}"))
            for t, s in zip(template, segments, strict=True)
        ):
            return operation
    return None


def _template(path: str) -> str:
    """``/api/v1/Contact/5/Persons`` -> ``/api/v1/Contact/{id}/Persons``."""
    return "/" + "/".join(s if _WORD.fullmatch(s) else "{id}" for s in path.strip("/").split("/"))


def _identity(data: Any) -> Any:
    return data


_ALL_OPTION_HEADERS = tuple(
    dict.fromkeys(pair for operation in OPERATIONS for pair in operation.option_headers)
)
"""(option, header) pairs any operation of the spec takes: what ``request()`` sends."""


def _by_method() -> dict[str, list[Operation[Any]]]:
    table: dict[str, list[Operation[Any]]] = {}
    for operation in sorted(OPERATIONS, key=lambda o: o.path.count("{")):  # literal ones first
        table.setdefault(operation.method, []).append(operation)
    return table


_BY_METHOD = _by_method()
