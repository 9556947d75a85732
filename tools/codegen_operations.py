"""Render ``operations.py`` (each operation's facts) and ``resources.py`` (typed methods).

Everything per operation comes from the spec, once: method, path template, where each
parameter goes and how it is checked, the body, the 2xx carrier and how it is parsed, whether
``200 null`` means None, idempotency, the slow-call threshold and the ``$select`` carrier. The
typed methods of ``so.users`` / ``so.user_agent`` are written from the same facts, so adding an
operation to the spec and running ``make generate`` adds its method with no hand-written line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from spec_reader import is_carrier, operations, resolve, types

from superoffice_async import operation
from superoffice_async.operation import LIST_ITEMS, ParamKind, param_kind

INT32 = (-(2**31), 2**31 - 1)


class CodegenError(Exception):
    """The spec says something the generator cannot turn into code."""


@dataclass(frozen=True)
class Resource:
    """A tag of the spec: one resource of the client, its class and its attribute."""

    tag: str
    attribute: str
    """The client's attribute (``x-superoffice-attribute``): ``users`` for ``so.users``."""
    description: str

    @property
    def cls(self) -> str:
        return f"{self.tag}Operations"


def resources(spec: dict[str, Any]) -> dict[str, Resource]:
    """Each tag the spec declares, with the client attribute its resource gets."""
    found: dict[str, Resource] = {}
    for tag in spec.get("tags", []):
        attribute = tag.get("x-superoffice-attribute")
        if not isinstance(attribute, str) or not attribute.isidentifier():
            raise CodegenError(f"tag {tag.get('name')}: needs x-superoffice-attribute")
        found[str(tag["name"])] = Resource(
            str(tag["name"]), attribute, str(tag.get("description", "")).strip()
        )
    return found


def python_name(name: str) -> str:
    """``$orderBy`` -> ``order_by``, ``If-Unmodified-Since`` -> ``if_unmodified_since``."""
    text = re.sub(r"[^0-9A-Za-z]+", "_", name.lstrip("$"))
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return text.strip("_").lower()


@dataclass
class Shape:
    """What a schema means to the SDK: how a value is checked, typed and parsed."""

    kind: str
    """int | str | bool | enum | carrier | map | list | any"""
    cls: str | None = None
    nullable: bool = False
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    min_length: int | None = None
    choices: tuple[str, ...] = ()
    item: Shape | None = None
    values: str = "any"
    """map: the values' JSON type (string, any)."""
    open: bool = False
    """enum: an open enum (``anyOf: [enum, string]``): unknown values are kept as strings."""
    accepts: tuple[str, ...] = ()
    """carrier: the carriers that extend it (``allOf: [its $ref, ...]``), also taken as it."""

    def annotation(self) -> str:
        """The Python type a caller passes (enums also as their value)."""
        base = {
            "int": "int",
            "str": "str",
            "bool": "bool",
            "any": "Any",
            "map": "dict[str, str]" if self.values == "string" else "dict[str, Any]",
        }.get(self.kind)
        if self.kind == "enum":
            base = f"{self.cls} | str"
        elif self.kind == "carrier":
            base = " | ".join([str(self.cls), *self.accepts])
        elif self.kind == "list":
            assert self.item is not None
            base = f"list[{self.item.annotation()}]"
        assert base is not None
        return f"{base} | None" if self.nullable else base

    def result(self) -> str:
        """The Python type of a parsed answer of this shape."""
        if self.kind == "enum" and self.open:
            base = f"{self.cls} | str"
        elif self.kind in ("enum", "carrier"):
            base = str(self.cls)
        elif self.kind == "list":
            assert self.item is not None
            base = f"list[{self.item.result()}]"
        else:
            return self.annotation()
        return f"{base} | None" if self.nullable else base


def shape_of(spec: dict[str, Any], node: dict[str, Any]) -> Shape:
    """The Shape of a (possibly nullable, possibly referenced) schema."""
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        target = resolve(spec, node)
        if "enum" in target:
            return Shape("enum", cls=name)
        if is_carrier(target):
            return Shape("carrier", cls=name, accepts=_extended_by(spec, name))
        return shape_of(spec, target)
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        real = [o for o in options if o.get("type") != "null"]
        if len(real) == 2 and real[1] == {"type": "string"}:
            inner = shape_of(spec, real[0])
            if inner.kind != "enum":
                raise CodegenError("anyOf [X, string] is only allowed for an open enum X")
            inner.open = True
            inner.nullable = len(real) < len(options)
            return inner
        if len(real) != 1:
            raise CodegenError(f"cannot type a union of {len(real)} schemas")
        inner = shape_of(spec, real[0])
        inner.nullable = inner.nullable or len(real) < len(options)
        return inner
    allowed, nullable = types(node)
    kind = allowed[0] if allowed else None
    if kind == "integer":
        low, high = INT32 if node.get("format") == "int32" else (None, None)
        return Shape(
            "int",
            nullable=nullable,
            minimum=node.get("minimum", low),
            maximum=node.get("maximum", high),
        )
    if kind == "string":
        return Shape(
            "str",
            nullable=nullable,
            pattern=node.get("pattern"),
            min_length=node.get("minLength"),
            choices=tuple(node.get("enum", ())),
        )
    if kind == "boolean":
        return Shape("bool", nullable=nullable)
    if kind == "array":
        return Shape("list", nullable=nullable, item=shape_of(spec, node.get("items", {})))
    if kind == "object" or "additionalProperties" in node:
        values = node.get("additionalProperties")
        value_type = values.get("type") if isinstance(values, dict) else None
        return Shape("map", nullable=nullable, values=str(value_type or "any"))
    return Shape("any", nullable=True)


def _extended_by(spec: dict[str, Any], name: str) -> tuple[str, ...]:
    """The carriers whose ``allOf`` starts from ``name`` (``UserWithLinks`` for ``User``)."""
    ref = f"#/components/schemas/{name}"
    schemas = spec["components"]["schemas"]
    return tuple(
        sorted(
            other
            for other, schema in schemas.items()
            if any(part.get("$ref") == ref for part in schema.get("allOf", []))
        )
    )


@dataclass
class Param:
    """One argument of an operation, as the generated code describes it."""

    python: str
    wire: str
    location: str
    """path | query | header | body | field (a property of an arguments body)"""
    shape: Shape
    required: bool
    reserved: tuple[str, ...] = ()
    columns: str | None = None
    """select: the carrier whose properties are the archive's columns (checked before sending)."""

    @property
    def kind(self) -> ParamKind:
        if self.location == "local":
            return "replace"
        if self.wire == "$select" and self.location == "query":
            return "select"
        item = self.shape.item
        if self.shape.kind == "list" and item is not None:
            lists = {item_kind: kind for kind, item_kind in LIST_ITEMS.items()}
            if item.kind not in lists:
                raise CodegenError(f"{self.python}: cannot send a list of {item.kind}")
            return lists[param_kind(item.kind)]
        try:
            return param_kind(self.shape.kind)
        except ValueError as exc:
            raise CodegenError(f"{self.python}: {exc}") from None

    def annotation(self, select_carrier: str | None) -> str:
        if self.kind == "select":
            return "SelectArg" if select_carrier else "str | Sequence[str] | None"
        text = self.shape.annotation()
        if not self.required and not text.endswith("| None"):
            text += " | None"
        return text


@dataclass
class Op:
    """One operation and everything the SDK needs to know about it."""

    operation_id: str
    method: str
    path: str
    tag: str
    method_name: str
    summary: str
    idempotent: bool
    slow_ms: int
    select_carrier: str | None
    params: list[Param] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)
    body: str | None = None
    result: Shape | None = None
    no_content: bool = False
    null_note: str = ""
    status: int = 200
    replaces: bool = False
    creates_when_empty: str | None = None

    @property
    def constant(self) -> str:
        return python_name(self.operation_id).upper()


def _reserved(spec: dict[str, Any], path: str, method: str, name: str) -> tuple[str, ...]:
    """Literal segments of other paths (with this method) that a value of ``{name}`` would
    reach instead of ``path``: ``Default`` for ``GET User/{userName}``."""
    parts = path.split("/")
    index = parts.index("{" + name + "}")
    found: set[str] = set()
    for other in spec["paths"]:
        segments = other.split("/")
        if len(segments) != len(parts) or other == path or method not in spec["paths"][other]:
            continue
        same = all(
            a == b for i, (a, b) in enumerate(zip(segments, parts, strict=True)) if i != index
        )
        literal = segments[index]
        if same and not literal.startswith("{"):
            found.add(literal)
    return tuple(sorted(found))


def collect(spec: dict[str, Any], known_classes: set[str]) -> list[Op]:
    """Every operation of the spec, in path order."""
    ops: list[Op] = []
    tags = resources(spec)
    for path, method, item, raw in operations(spec):
        ops.append(_operation(spec, path, method, item, raw, known_classes, tags))
    names = [(op.tag, op.method_name) for op in ops]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise CodegenError(f"two operations share a method name: {sorted(duplicates)}")
    return ops


def _operation(
    spec: dict[str, Any],
    path: str,
    method: str,
    item: dict[str, Any],
    raw: dict[str, Any],
    known: set[str],
    tags: dict[str, Resource],
) -> Op:
    op_id = str(raw["operationId"])
    where = f"{method.upper()} {path} ({op_id})"
    for key in ("x-superoffice-idempotent", "x-superoffice-slow-ms"):
        if key not in raw:
            raise CodegenError(f"{where}: missing {key}")
    tag = str((raw.get("tags") or ["default"])[0])
    if tag not in tags:
        raise CodegenError(f"{where}: tag {tag} is not declared in the spec's tags")
    name = raw.get("x-superoffice-method") or python_name(op_id.split("_", 1)[-1])
    op = Op(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        tag=tag,
        method_name=str(name),
        summary=str(raw.get("summary", "")).strip().rstrip("."),
        idempotent=bool(raw["x-superoffice-idempotent"]),
        slow_ms=int(raw["x-superoffice-slow-ms"]),
        select_carrier=raw.get("x-superoffice-select-carrier"),
        replaces=bool(raw.get("x-superoffice-replaces", False)),
        creates_when_empty=raw.get("x-superoffice-creates-when-empty"),
    )
    columns = raw.get("x-superoffice-select-columns")
    for reference in [*item.get("parameters", []), *raw.get("parameters", [])]:
        param = resolve(spec, reference)
        option = param.get("x-superoffice-option")
        if option is not None:
            op.options.append((str(option), str(param["name"])))
            continue
        location = str(param["in"])
        wire = str(param["name"])
        python = str(param.get("x-python-name") or python_name(wire))
        shape = shape_of(spec, param.get("schema", {}))
        required = bool(param.get("required", location == "path"))
        reserved = _reserved(spec, path, method, wire) if location == "path" else ()
        op.params.append(Param(python, wire, location, shape, required, reserved))
        if columns is not None and location == "query" and wire == "$select":
            op.params[-1].columns = str(columns)
    _add_body(spec, op, raw, where)
    if op.replaces:
        if not any(p.kind == "carrier" for p in op.params):
            raise CodegenError(f"{where}: x-superoffice-replaces needs a carrier in the body")
        op.params.append(Param("replace", "replace", "local", Shape("bool"), False))
    elif op.creates_when_empty is not None:
        raise CodegenError(f"{where}: x-superoffice-creates-when-empty without replaces")
    _add_result(spec, op, raw, where, known)
    if op.select_carrier is not None and not any(p.kind == "select" for p in op.params):
        raise CodegenError(f"{where}: has a select carrier but no $select parameter")
    taken = [p.python for p in op.params]
    if len(set(taken)) != len(taken):
        raise CodegenError(f"{where}: two arguments share a Python name: {taken}")
    return op


def _add_body(spec: dict[str, Any], op: Op, raw: dict[str, Any], where: str) -> None:
    body = raw.get("requestBody")
    if body is None:
        return
    body = resolve(spec, body)
    content = body.get("content", {})
    if list(content) != ["application/json"]:
        raise CodegenError(f"{where}: request bodies must be application/json only")
    schema = content["application/json"]["schema"]
    target = resolve(spec, schema)
    if target.get("x-superoffice-arguments"):
        op.body = "fields"
        required = set(target.get("required", []))
        for prop, sub in target.get("properties", {}).items():
            shape = shape_of(spec, sub)
            if prop in required and shape.kind in ("int", "str", "bool"):
                shape.nullable = False  # an argument the call needs (null only in answers)
            op.params.append(Param(python_name(prop), prop, "field", shape, prop in required))
        return
    op.body = "value"
    shape = shape_of(spec, schema)
    if shape.kind == "carrier":
        default = python_name(str(shape.cls))
    elif shape.kind == "list" and shape.item is not None and shape.item.cls:
        default = python_name(shape.item.cls) + "s"
    else:
        default = "body"
    python = str(body.get("x-python-name") or default)
    op.params.append(Param(python, "body", "body", shape, bool(body.get("required", False))))


def _add_result(
    spec: dict[str, Any], op: Op, raw: dict[str, Any], where: str, known: set[str]
) -> None:
    responses = raw.get("responses", {})
    success = [code for code in responses if str(code).startswith("2")]
    if len(success) != 1:
        raise CodegenError(f"{where}: needs exactly one 2xx answer, has {success}")
    op.status = int(success[0])
    answer = resolve(spec, responses[success[0]])
    content = answer.get("content")
    if not content:
        op.no_content = True
        return
    if list(content) != ["application/json"]:
        raise CodegenError(f"{where}: answers must be application/json only")
    op.result = shape_of(spec, content["application/json"]["schema"])
    if op.result.nullable:
        op.null_note = str(answer.get("description", "")).strip()
    for shape in (op.result, op.result.item):
        if shape is not None and shape.cls is not None and shape.cls not in known:
            raise CodegenError(f"{where}: no generated model {shape.cls}")


# ----------------------------------------------------------------------------- operations.py


_OPERATIONS_HEAD = '''"""Every operation of the spec as data. Do not edit.

Written by tools/generate.py. The SDK's request function reads these facts; nothing re-derives
them from a URL or a module name. The types are ``superoffice_async.operation``'s.
"""

from __future__ import annotations

from typing import Any

from ..operation import (
    Operation,
    Param,
    parse_array,
    parse_object,
    parse_open_enum,
    parse_string_map,
    parse_typed,
)
from . import models as m
from .types import decoder

__all__ = ["BY_ID", "DEFAULT_SLOW_MS", "OPERATIONS", "Operation", "Param"]

'''


def _parse_expr(shape: Shape, var: str) -> str:
    """Python source that turns the JSON value ``var`` into ``shape``'s result type."""
    if shape.kind == "carrier":
        expr = f"m.{shape.cls}.from_dict(parse_object({var}))"
    elif shape.kind == "enum":
        expr = f"parse_open_enum(m.{shape.cls}, {var})" if shape.open else f"m.{shape.cls}({var})"
    elif shape.kind == "list":
        assert shape.item is not None
        expr = f"[{_parse_expr(shape.item, 'item')} for item in parse_array({var})]"
    elif shape.kind == "map":
        expr = f"parse_string_map({var})" if shape.values == "string" else f"parse_object({var})"
    elif shape.kind in ("int", "str", "bool"):
        expr = f"parse_typed({var}, {shape.annotation().split(' ')[0]})"
    else:
        expr = var
    return f"None if {var} is None else {expr}" if shape.nullable else expr


def _decode_type(shape: Shape) -> str | None:
    """The type msgspec decodes an answer of ``shape`` into, straight from its bytes, as
    Python source; None where only ``_parse_expr``'s path applies (enums, untyped values)."""
    if shape.kind == "carrier":
        base: str | None = f"m.{shape.cls}"
    elif shape.kind == "list":
        assert shape.item is not None
        inner = _decode_type(shape.item)
        base = None if inner is None else f"list[{inner}]"
    elif shape.kind == "map":
        base = "dict[str, str]" if shape.values == "string" else None
    elif shape.kind in ("int", "str", "bool"):
        base = shape.kind
    else:
        base = None
    return f"{base} | None" if base is not None and shape.nullable else base


def runtime_param(param: Param) -> operation.Param:
    """The run-time ``Param`` of ``param``: the fact ``operations.py`` writes out."""
    shape = param.shape
    kind = param.kind
    cls = shape.cls if kind in ("enum", "carrier") else param.columns
    bounds = shape
    if kind in LIST_ITEMS and shape.item is not None:
        cls = shape.item.cls
        bounds = shape.item  # minimum, maximum, choices and the class apply to the items
    return operation.Param(
        param.python,
        param.wire,
        param.location,
        kind,
        required=param.required,
        nullable=shape.nullable,
        type=cls or None,
        minimum=bounds.minimum,
        maximum=bounds.maximum,
        pattern=shape.pattern,
        min_length=shape.min_length,
        choices=bounds.choices,
        reserved=param.reserved,
        accepts=tuple(bounds.accepts),
    )


_PARAM_POSITIONAL = ("python", "wire", "location", "kind")
"""The run-time ``Param``'s fields written by position; the rest go by keyword, ``type`` first,
and only where they differ from the default."""


def _param_source(param: Param) -> str:
    fact = runtime_param(param)
    values = [repr(getattr(fact, name)) for name in _PARAM_POSITIONAL]
    keywords = sorted(
        (f for f in fields(fact) if f.name not in _PARAM_POSITIONAL),
        key=lambda f: f.name != "type",
    )
    values += [
        f"{f.name}={getattr(fact, f.name)!r}"
        for f in keywords
        if getattr(fact, f.name) != f.default
    ]
    return f"Param({', '.join(values)})"


def render_operations(ops: list[Op], default_slow_ms: int) -> str:
    """The source of ``operations.py``."""
    lines = [_OPERATIONS_HEAD, f"DEFAULT_SLOW_MS = {default_slow_ms}", ""]
    for op in ops:
        result = "None" if op.result is None else op.result.result()
        result = _model_prefixed(result)
        fn = f"_parse_{python_name(op.operation_id)}"
        lines += ["", f"def {fn}(data: Any) -> {result}:"]
        lines.append(
            "    return None"
            if op.result is None
            else f"    return {_parse_expr(op.result, 'data')}"
        )
        kind = None if op.result is None else _decode_type(op.result)
        if kind is not None:
            lines += ["", "", f"def _decode_{fn[len('_parse_') :]}(body: bytes) -> {result}:"]
            lines += [f"    decoded: {result} = decoder({kind})(body)", "    return decoded"]
        lines += ["", "", f"{op.constant}: Operation[{result}] = Operation("]
        lines += [
            f"    operation_id={op.operation_id!r},",
            f"    method={op.method!r},",
            f"    path={op.path!r},",
            "    params=(",
            *[f"        {_param_source(p)}," for p in _ordered(op)],
            "    ),",
            f"    parse={fn},",
            *([f"    decode=_decode_{fn[len('_parse_') :]},"] if kind is not None else []),
            f"    idempotent={op.idempotent!r},",
            f"    slow_ms={op.slow_ms!r},",
        ]
        if op.select_carrier:
            lines.append(f"    select_carrier={op.select_carrier!r},")
        if op.options:
            lines.append(f"    option_headers={tuple(op.options)!r},")
        if op.body:
            lines.append(f"    body={op.body!r},")
        if op.no_content:
            lines.append("    no_content=True,")
        if op.result is not None and op.result.nullable:
            lines.append("    nullable=True,")
        if op.status != 200:
            lines.append(f"    status={op.status!r},")
        if op.replaces:
            lines.append("    replaces=True,")
        if op.creates_when_empty:
            lines.append(f"    creates_when_empty={op.creates_when_empty!r},")
        lines.append(f"    tag={op.tag!r},")
        lines.append(f"    method_name={op.method_name!r},")
        lines += [")", ""]
    lines += ["", "OPERATIONS: tuple[Operation[Any], ...] = ("]
    lines += [f"    {op.constant}," for op in ops]
    lines += [")", '"""Every operation of the spec, in path order."""', ""]
    lines += ["BY_ID: dict[str, Operation[Any]] = {op.operation_id: op for op in OPERATIONS}", ""]
    return "\n".join(lines)


def _model_prefixed(annotation: str) -> str:
    """``User | None`` -> ``m.User | None`` (models are imported as a module)."""
    return re.sub(r"\b([A-Z][A-Za-z0-9]*)\b", lambda mt: _prefix(mt.group(1)), annotation)


def _prefix(name: str) -> str:
    return name if name in ("None", "Any") else f"m.{name}"


def _ordered(op: Op) -> list[Param]:
    """Positional arguments (path, required query, body, required fields), then keywords."""
    positional = [p for p in op.params if _is_positional(p)]
    keywords = [p for p in op.params if not _is_positional(p)]
    return positional + keywords


def _is_positional(param: Param) -> bool:
    if param.kind == "select":
        return False
    return param.location in ("path", "body") or (
        param.required and param.location in ("query", "field")
    )


# ----------------------------------------------------------------------------- resources.py


_RESOURCES_HEAD = '''"""Typed methods of every operation, from the OpenAPI document. Do not edit.

Written by tools/generate.py from the operation facts in ``operations.py``. Each method checks
nothing itself: it hands its arguments, in the order of the operation's ``params``, with the
call's options to the client's request function, which checks, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Unpack

from . import operations as ops

if TYPE_CHECKING:
    from ..records import RawResponse
    from ..options import CallOptions
    from ..select import SelectArg
    from .models import (
{imports}
    )

T = TypeVar("T")


class Caller(Protocol):
    """The client's request function: returns the parsed answer."""

    def __call__(
        self, operation: ops.Operation[T], arguments: tuple[Any, ...], options: CallOptions
    ) -> Awaitable[T]: ...


class RawCaller(Protocol):
    """The client's request function: returns the answer with the call's record."""

    def __call__(
        self, operation: ops.Operation[T], arguments: tuple[Any, ...], options: CallOptions
    ) -> Awaitable[RawResponse[T]]: ...
'''


def render_resources(ops: list[Op], tags: dict[str, Resource]) -> str:
    """The source of ``resources.py``: a class per tag, its raw twin, each tag's attribute."""
    used: set[str] = set()
    for op in ops:
        for param in op.params:
            used |= _classes(param.shape)
        if op.result is not None:
            used |= _classes(op.result)
    imports = "\n".join(f"        {name}," for name in sorted(used))
    lines = [_RESOURCES_HEAD.replace("{imports}", imports)]
    for resource in tags.values():
        members = [op for op in ops if op.tag == resource.tag]
        lines += _resource_class(resource.cls + "WithRawResponse", resource.tag, members, raw=True)
        lines += _resource_class(resource.cls, resource.tag, members, raw=False)
    lines += _client_attributes(list(tags.values()))
    return "\n".join(lines)


def _client_attributes(tags: list[Resource]) -> list[str]:
    """``RESOURCE_ATTRIBUTES`` (the client's bases are in ``bindings.py``)."""
    lines = ["", "", "RESOURCE_ATTRIBUTES: dict[str, str] = {"]
    lines += [f"    {r.tag!r}: {r.attribute!r}," for r in tags]
    lines += ["}", '"""The client attribute of each tag\'s resource."""']
    return [*lines, ""]


_BINDINGS_HEAD = '''"""The client's resources, one attribute per tag, bound when a client is made.

Do not edit. Written by tools/generate.py. Apart from ``resources.py`` (the typed methods),
so that importing the client costs neither the methods nor the operation facts: they are
imported the first time a client binds its resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .resources import (
{imports}
    )
'''


def render_bindings(tags: dict[str, Resource]) -> str:
    """The source of ``bindings.py``: ``Resources`` and ``RawResources``, the client's bases."""
    found = list(tags.values())
    names = ["Caller", "RawCaller"]
    names += [name for r in found for name in (r.cls, f"{r.cls}WithRawResponse")]
    imports = "\n".join(f"        {name}," for name in sorted(names))
    lines = [_BINDINGS_HEAD.replace("{imports}", imports)]
    lines += ["", "class Resources:", '    """The client\'s resources, one per tag."""', ""]
    for r in found:
        lines += [f"    {r.attribute}: {r.cls}", f'    """{r.description}"""']
    lines += [
        "",
        "    def _bind_resources(",
        "        self, call: Caller, raw: RawCaller, extras: Mapping[str, type[Any]]",
        "    ) -> None:",
        '        """Each resource, as its hand-written extension where ``extras`` names one."""',
        f"        from .resources import {', '.join(sorted(r.cls for r in found))}",
        "",
    ]
    lines += [
        f"        self.{r.attribute} = extras.get({r.attribute!r}, {r.cls})(call, raw)"
        for r in found
    ]
    lines += [
        "",
        "",
        "class RawResources:",
        '    """The same resources, returning ``RawResponse``."""',
        "",
    ]
    for r in found:
        lines += [f"    {r.attribute}: {r.cls}WithRawResponse"]
    lines += [
        "",
        "    def _bind_raw_resources(self, resources: Resources) -> None:",
        '        """The raw twin of each of ``resources``."""',
    ]
    lines += [
        f"        self.{r.attribute} = resources.{r.attribute}.with_raw_response" for r in found
    ]
    return "\n".join([*lines, ""])


def _classes(shape: Shape) -> set[str]:
    found = {shape.cls} if shape.cls else set()
    if shape.item is not None:
        found |= _classes(shape.item)
    return found


def _resource_class(name: str, tag: str, ops: list[Op], *, raw: bool) -> list[str]:
    what = "answers with their call records" if raw else "parsed answers"
    lines = [
        "",
        "",
        f"class {name}:",
        f'    """The {tag} operations; methods return {what}."""',
        "",
        '    __slots__ = ("_call", "_raw")',
        "",
        "    def __init__(self, call: Caller, raw: RawCaller) -> None:",
        "        self._call = call",
        "        self._raw = raw",
    ]
    if not raw:
        lines += [
            "",
            "    @property",
            f"    def with_raw_response(self) -> {name}WithRawResponse:",
            '        """The same methods, returning ``RawResponse`` (answer and call record)."""',
            f"        return {name}WithRawResponse(self._call, self._raw)",
        ]
    for op in ops:
        lines += _method(op, raw=raw)
    return lines


def _method(op: Op, *, raw: bool) -> list[str]:
    ordered = _ordered(op)
    signature = ["self"]
    star = False
    for param in ordered:
        annotation = param.annotation(op.select_carrier)
        if param.kind == "replace":
            if not star:
                signature.append("*")
                star = True
            signature.append(f"{param.python}: bool = False")
            continue
        if _is_positional(param):
            default = "" if param.required or param.location == "path" else " = None"
            signature.append(f"{param.python}: {annotation}{default}")
        else:
            if not star:
                signature.append("*")
                star = True
            signature.append(f"{param.python}: {annotation} = None")
    signature.append("**options: Unpack[CallOptions]")
    result = "None" if op.result is None else op.result.result()
    returns = f"RawResponse[{result}]" if raw else result
    call = "self._raw" if raw else "self._call"
    arguments = ", ".join(p.python for p in ordered)
    arguments = f"({arguments},)" if len(ordered) == 1 else f"({arguments})"
    doc = _docstring(op)
    lines = ["", f"    async def {op.method_name}("]
    lines += [f"        {part}," for part in signature]
    lines += [f"    ) -> {returns}:"]
    lines += [f"        {line}" if line else "" for line in doc]
    lines += [f"        return await {call}(ops.{op.constant}, {arguments}, options)"]
    return lines


def _docstring(op: Op) -> list[str]:
    short = op.path.removeprefix("/api/v1/")
    first = f"``{op.method} {short}``: {op.summary}." if op.summary else f"``{op.method} {short}``."
    notes = []
    if op.result is not None and op.result.nullable:
        notes.append("None: the server answered ``200 null`` (not found).")
    if not op.idempotent:
        notes.append("Never repeated once it may have reached the server.")
    if op.replaces:
        notes += [
            "Replaces the whole entity: send a carrier read from the server (changed as you",
            "like); any other is refused unless ``replace=True``.",
        ]
    body = [f'"""{first}']
    if notes:
        body += ["", *notes]
    body.append('"""')
    if len(body) == 2:
        return [body[0] + '"""']
    return body
