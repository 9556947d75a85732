"""Read the spec's operations into their facts; render ``operations.py`` and ``resources.py``.

Everything per operation comes from the spec, once, into the run-time classes of
``superoffice_async.operation`` (``OperationFacts``, ``Param``): method, path template, where
each parameter goes and how it is checked, the body, whether ``200 null`` means None,
idempotency, the slow-call threshold and the ``$select`` carrier. Beside the facts the generator
keeps only what rendering needs (the summary for the docstring, the answer's ``Shape`` for its
parser and return type). The typed methods of ``so.users`` / ``so.user_agent`` are written from
the same facts, so adding an operation to the spec and running ``make generate`` adds its method
with no hand-written line.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from typing import Any

from spec_reader import Schema, operations, read_properties, read_schema, resolve

from superoffice_async.operation import LIST_ITEMS, OperationFacts, Param, ParamKind, param_kind

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
    """The Shape of a (possibly nullable, possibly referenced) schema, read by ``read_schema``."""
    return _shape(spec, read_schema(spec, node))


def _shape(spec: dict[str, Any], schema: Schema) -> Shape:
    if schema.type == "carrier":
        if schema.name is None:
            raise CodegenError("an object schema written in place has no class; use a component")
        accepts = _extended_by(spec, schema.name)
        return Shape("carrier", cls=schema.name, nullable=schema.nullable, accepts=accepts)
    if schema.enum_class:
        return Shape("enum", cls=schema.name, nullable=schema.nullable)
    if schema.type == "union":
        real = schema.options
        if len(real) == 2 and real[1] == Schema("string"):
            inner = _shape(spec, real[0])
            if inner.kind != "enum":
                raise CodegenError("anyOf [X, string] is only allowed for an open enum X")
            inner.open = True
            inner.nullable = schema.nullable
            return inner
        raise CodegenError(f"cannot type a union of {len(real)} schemas")
    nullable = schema.nullable
    if schema.type == "integer":
        low, high = INT32 if schema.format == "int32" else (None, None)
        minimum = low if schema.minimum is None else schema.minimum
        maximum = high if schema.maximum is None else schema.maximum
        return Shape("int", nullable=nullable, minimum=minimum, maximum=maximum)
    if schema.type == "string":
        return Shape(
            "str",
            nullable=nullable,
            pattern=schema.pattern,
            min_length=schema.min_length,
            choices=schema.enum or (),
        )
    if schema.type == "boolean":
        return Shape("bool", nullable=nullable)
    if schema.type == "array" and schema.items is not None:
        return Shape("list", nullable=nullable, item=_shape(spec, schema.items))
    if schema.type == "object":
        values = "any" if schema.values is None else schema.values.type
        plain = values not in ("carrier", "union")  # a JSON type, or any
        return Shape("map", nullable=nullable, values=values if plain else "any")
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


@dataclass(frozen=True)
class SpecOperation:
    """One operation as the generator reads it: its run-time facts, and what only the rendering
    of its parser and typed method needs."""

    facts: OperationFacts
    summary: str
    """The spec's summary: the first line of the typed method's docstring."""
    result: Shape | None
    """The success answer's shape (None: no body): its parser and the method's return type."""

    @property
    def constant(self) -> str:
        return python_name(self.facts.operation_id).upper()


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


def collect(spec: dict[str, Any], known_classes: set[str]) -> list[SpecOperation]:
    """Every operation of the spec, in path order."""
    ops: list[SpecOperation] = []
    tags = resources(spec)
    for path, method, item, raw in operations(spec):
        ops.append(_operation(spec, path, method, item, raw, known_classes, tags))
    names = [(op.facts.tag, op.facts.method_name) for op in ops]
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
) -> SpecOperation:
    op_id = str(raw["operationId"])
    where = f"{method.upper()} {path} ({op_id})"
    for key in ("x-superoffice-idempotent", "x-superoffice-slow-ms"):
        if key not in raw:
            raise CodegenError(f"{where}: missing {key}")
    tag = str((raw.get("tags") or ["default"])[0])
    if tag not in tags:
        raise CodegenError(f"{where}: tag {tag} is not declared in the spec's tags")
    name = raw.get("x-superoffice-method") or python_name(op_id.split("_", 1)[-1])
    select_carrier = raw.get("x-superoffice-select-carrier")
    replaces = bool(raw.get("x-superoffice-replaces", False))
    creates_when_empty = raw.get("x-superoffice-creates-when-empty")
    columns = raw.get("x-superoffice-select-columns")
    params: list[Param] = []
    options: list[tuple[str, str]] = []
    for reference in [*item.get("parameters", []), *raw.get("parameters", [])]:
        param = resolve(spec, reference)
        option = param.get("x-superoffice-option")
        if option is not None:
            options.append((str(option), str(param["name"])))
            continue
        location = str(param["in"])
        wire = str(param["name"])
        python = str(param.get("x-python-name") or python_name(wire))
        shape = shape_of(spec, param.get("schema", {}))
        required = bool(param.get("required", location == "path"))
        reserved = _reserved(spec, path, method, wire) if location == "path" else ()
        select = columns is not None and location == "query" and wire == "$select"
        column = str(columns) if select else None
        params.append(_param(python, wire, location, shape, required, reserved, column))
    body = _add_body(spec, params, raw, where)
    if replaces:
        if not any(p.kind == "carrier" for p in params):
            raise CodegenError(f"{where}: x-superoffice-replaces needs a carrier in the body")
        params.append(Param("replace", "replace", "local", "replace"))
    elif creates_when_empty is not None:
        raise CodegenError(f"{where}: x-superoffice-creates-when-empty without replaces")
    status, result = _result(spec, raw, where, known)
    if select_carrier is not None and not any(p.kind == "select" for p in params):
        raise CodegenError(f"{where}: has a select carrier but no $select parameter")
    taken = [p.python for p in params]
    if len(set(taken)) != len(taken):
        raise CodegenError(f"{where}: two arguments share a Python name: {taken}")
    facts = OperationFacts(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        params=_ordered(params),
        idempotent=bool(raw["x-superoffice-idempotent"]),
        slow_ms=int(raw["x-superoffice-slow-ms"]),
        select_carrier=select_carrier,
        option_headers=tuple(options),
        body=body,
        no_content=result is None,
        nullable=result is not None and result.nullable,
        status=status,
        replaces=replaces,
        creates_when_empty=creates_when_empty,
        tag=tag,
        method_name=str(name),
    )
    summary = str(raw.get("summary", "")).strip().rstrip(".")
    return SpecOperation(facts, summary, result)


def _param(
    python: str,
    wire: str,
    location: str,
    shape: Shape,
    required: bool,
    reserved: tuple[str, ...] = (),
    columns: str | None = None,
) -> Param:
    """The ``Param`` of an argument of ``shape`` (``columns``: a ``$select``'s carrier)."""
    kind = _kind(python, wire, location, shape)
    cls = shape.cls if kind in ("enum", "carrier") else columns
    bounds = shape
    if kind in LIST_ITEMS and shape.item is not None:
        cls = shape.item.cls
        bounds = shape.item  # minimum, maximum, choices and the class apply to the items
    return Param(
        python,
        wire,
        location,
        kind,
        required=required,
        nullable=shape.nullable,
        type=cls or None,
        minimum=bounds.minimum,
        maximum=bounds.maximum,
        pattern=shape.pattern,
        min_length=shape.min_length,
        choices=bounds.choices,
        reserved=reserved,
        accepts=tuple(bounds.accepts),
    )


def _kind(python: str, wire: str, location: str, shape: Shape) -> ParamKind:
    if wire == "$select" and location == "query":
        return "select"
    item = shape.item
    if shape.kind == "list" and item is not None:
        lists = {item_kind: kind for kind, item_kind in LIST_ITEMS.items()}
        if item.kind not in lists:
            raise CodegenError(f"{python}: cannot send a list of {item.kind}")
        return lists[param_kind(item.kind)]
    try:
        return param_kind(shape.kind)
    except ValueError as exc:
        raise CodegenError(f"{python}: {exc}") from None


def _add_body(
    spec: dict[str, Any], params: list[Param], raw: dict[str, Any], where: str
) -> str | None:
    """Adds the body's arguments to ``params``; the body kind (``value``, ``fields``) or None."""
    body = raw.get("requestBody")
    if body is None:
        return None
    body = resolve(spec, body)
    content = body.get("content", {})
    if list(content) != ["application/json"]:
        raise CodegenError(f"{where}: request bodies must be application/json only")
    schema = content["application/json"]["schema"]
    target = resolve(spec, schema)
    if target.get("x-superoffice-arguments"):
        required = set(target.get("required", []))
        for prop, sub in read_properties(spec, read_schema(spec, schema)).items():
            shape = _shape(spec, sub)
            if prop in required and shape.kind in ("int", "str", "bool"):
                shape.nullable = False  # an argument the call needs (null only in answers)
            params.append(_param(python_name(prop), prop, "field", shape, prop in required))
        return "fields"
    shape = shape_of(spec, schema)
    if shape.kind == "carrier":
        default = python_name(str(shape.cls))
    elif shape.kind == "list" and shape.item is not None and shape.item.cls:
        default = python_name(shape.item.cls) + "s"
    else:
        default = "body"
    python = str(body.get("x-python-name") or default)
    params.append(_param(python, "body", "body", shape, bool(body.get("required", False))))
    return "value"


def _result(
    spec: dict[str, Any], raw: dict[str, Any], where: str, known: set[str]
) -> tuple[int, Shape | None]:
    """The documented success status and its answer's shape (None: no body)."""
    responses = raw.get("responses", {})
    success = [code for code in responses if str(code).startswith("2")]
    if len(success) != 1:
        raise CodegenError(f"{where}: needs exactly one 2xx answer, has {success}")
    status = int(success[0])
    answer = resolve(spec, responses[success[0]])
    content = answer.get("content")
    if not content:
        return status, None
    if list(content) != ["application/json"]:
        raise CodegenError(f"{where}: answers must be application/json only")
    result = shape_of(spec, content["application/json"]["schema"])
    for shape in (result, result.item):
        if shape is not None and shape.cls is not None and shape.cls not in known:
            raise CodegenError(f"{where}: no generated model {shape.cls}")
    return status, result


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


_PARAM_POSITIONAL = ("python", "wire", "location", "kind")
"""The run-time ``Param``'s fields written by position; the rest go by keyword, ``type`` first,
and only where they differ from the default."""


def _param_source(param: Param) -> str:
    values = [repr(getattr(param, name)) for name in _PARAM_POSITIONAL]
    keywords = sorted(
        (f for f in fields(param) if f.name not in _PARAM_POSITIONAL),
        key=lambda f: f.name != "type",
    )
    values += [
        f"{f.name}={getattr(param, f.name)!r}"
        for f in keywords
        if getattr(param, f.name) != f.default
    ]
    return f"Param({', '.join(values)})"


def _facts_source(facts: OperationFacts, parser: str, decoder: str | None) -> list[str]:
    """The keyword arguments of ``Operation(...)``: every fact that differs from its default,
    in the class's order, and ``parse=parser`` (and ``decode=decoder``, if any) after the params
    (the one place the generated code attaches an operation's parser)."""
    lines: list[str] = []
    for f in fields(facts):
        value = getattr(facts, f.name)
        if f.name == "params":
            lines += ["    params=(", *[f"        {_param_source(p)}," for p in value], "    ),"]
            lines.append(f"    parse={parser},")
            if decoder is not None:
                lines.append(f"    decode={decoder},")
        elif f.default is MISSING or value != f.default:
            lines.append(f"    {f.name}={value!r},")
    return lines


def render_operations(ops: list[SpecOperation], default_slow_ms: int) -> str:
    """The source of ``operations.py``."""
    lines = [_OPERATIONS_HEAD, f"DEFAULT_SLOW_MS = {default_slow_ms}", ""]
    for op in ops:
        result = "None" if op.result is None else op.result.result()
        result = _model_prefixed(result)
        fn = f"_parse_{python_name(op.facts.operation_id)}"
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
        decoder = None if kind is None else f"_decode_{fn[len('_parse_') :]}"
        lines += _facts_source(op.facts, fn, decoder)
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


def _ordered(params: list[Param]) -> tuple[Param, ...]:
    """Positional arguments (path, required query, body, required fields), then keywords."""
    positional = [p for p in params if _is_positional(p)]
    keywords = [p for p in params if not _is_positional(p)]
    return (*positional, *keywords)


def _is_positional(param: Param) -> bool:
    if param.kind == "select":
        return False
    return param.location in ("path", "body") or (
        param.required and param.location in ("query", "field")
    )


_ANNOTATIONS: dict[ParamKind, str] = {
    "int": "int",
    "str": "str",
    "bool": "bool",
    "any": "Any",
    "map": "dict[str, Any]",
    "list": "list[Any]",
    "replace": "bool",
}
"""The Python type a caller passes for the kinds that name no class."""


def _annotation(param: Param, select_carrier: str | None) -> str:
    """The Python type a caller passes for ``param``, from its facts (enums also as a value)."""
    if param.kind == "select":
        return "SelectArg" if select_carrier else "str | Sequence[str] | None"
    item = LIST_ITEMS.get(param.kind)
    kind = item or param.kind
    if kind == "enum":
        text = f"{param.type} | str"
    elif kind == "carrier":
        text = " | ".join([str(param.type), *param.accepts])
    else:
        text = _ANNOTATIONS[kind]
    if item is not None:
        text = f"list[{text}]"
    return f"{text} | None" if param.nullable or not param.required else text


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


def render_resources(ops: list[SpecOperation], tags: dict[str, Resource]) -> str:
    """The source of ``resources.py``: a class per tag, its raw twin, each tag's attribute."""
    used: set[str] = set()
    for op in ops:
        used |= {p.type for p in op.facts.params if p.type and p.kind != "select"}
        if op.result is not None:
            used |= _classes(op.result)
    imports = "\n".join(f"        {name}," for name in sorted(used))
    lines = [_RESOURCES_HEAD.replace("{imports}", imports)]
    for resource in tags.values():
        members = [op for op in ops if op.facts.tag == resource.tag]
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


def _resource_class(name: str, tag: str, ops: list[SpecOperation], *, raw: bool) -> list[str]:
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


def _method(op: SpecOperation, *, raw: bool) -> list[str]:
    facts = op.facts
    ordered = facts.params
    signature = ["self"]
    star = False
    for param in ordered:
        annotation = _annotation(param, facts.select_carrier)
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
    lines = ["", f"    async def {facts.method_name}("]
    lines += [f"        {part}," for part in signature]
    lines += [f"    ) -> {returns}:"]
    lines += [f"        {line}" if line else "" for line in doc]
    lines += [f"        return await {call}(ops.{op.constant}, {arguments}, options)"]
    return lines


def _docstring(op: SpecOperation) -> list[str]:
    facts = op.facts
    short = facts.path.removeprefix("/api/v1/")
    request = f"``{facts.method} {short}``"
    first = f"{request}: {op.summary}." if op.summary else f"{request}."
    notes = []
    if facts.nullable:
        notes.append("None: the server answered ``200 null`` (not found).")
    if not facts.idempotent:
        notes.append("Never repeated once it may have reached the server.")
    if facts.replaces:
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
