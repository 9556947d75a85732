"""Checks on a call's arguments, made before any request is sent, from the spec's facts.

Each generated ``Param`` says what an argument is (an int32 id, a path segment, an enum, a
carrier, ...); ``wire_value`` checks the caller's value against it and returns what goes on the
wire. A wrong value is an ``InvalidArgumentError`` naming the argument and the problem.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from enum import Enum
from typing import Any
from urllib.parse import quote

from .._generated import models
from .._generated.spec_facts import CARRIER_ENUMS, CARRIER_PROPERTIES
from .._generated.types import Carrier
from ..errors import (
    InvalidArgumentError,
    InvalidEnumValueError,
    UnknownColumnError,
    UnknownOperationError,
)
from ..operation import Operation, Param, ParamKind, by_kind
from ..write_safety import check_replace as check_replace_guard

__all__ = [
    "check_enums",
    "check_replace",
    "check_text",
    "encode_query",
    "request_path",
    "wire_value",
]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def wire_value(param: Param, value: Any, select_carrier: str | None) -> Any:
    """``value`` checked against ``param``: a str for path, query and header; JSON for bodies."""
    return _CHECKS[param.kind](param, value, select_carrier)


def check_text(value: object, what: str) -> str:
    """A non-empty string without control characters."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{what} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(f"{what} must not be empty or blank")
    return value


def _int(param: Param, value: Any, _: str | None) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"{param.python} must be an int, got {type(value).__name__}")
    low, high = param.minimum, param.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise InvalidArgumentError(
            f"{param.python} must be between {low} and {high}, got {value}"
            if low is not None and high is not None
            else f"{param.python} is out of range: {value}"
        )
    return value if param.location in ("body", "field") else str(value)


def _str(param: Param, value: Any, _: str | None) -> Any:
    what = param.python
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{what} must be a str, got {type(value).__name__}")
    location = param.location
    if location in ("path", "field") and param.required and not value.strip():
        raise InvalidArgumentError(f"{what} must be a non-empty str, not blank")
    if location != "field" and _CONTROL.search(value):
        raise InvalidArgumentError(f"{what} must not contain control characters")
    if location == "header" and not value.isascii():
        raise InvalidArgumentError(f"{what} must be ASCII (it is sent as a header)")
    if location == "path":
        _check_segment(param, value)
    if param.min_length is not None and len(value) < param.min_length:
        raise InvalidArgumentError(f"{what} must have at least {param.min_length} characters")
    if param.choices and value not in param.choices:
        raise InvalidArgumentError(f"{what} must be one of {', '.join(param.choices)}")
    return value


def _check_segment(param: Param, value: str) -> None:
    """A path value that stays one segment of this operation's path, whatever it is."""
    what = param.python
    if value in (".", ".."):
        raise UnknownOperationError(f"{what} must not be {value!r}: it would change the endpoint")
    if value.lower() in _lowered(param.reserved):
        raise UnknownOperationError(
            f"{what} {value!r} would reach another endpoint ({value} is a route of its own); "
            "use the Agents operation that takes it in the body"
        )
    if param.pattern is not None and not _compiled(param.pattern).search(value):
        raise UnknownOperationError(
            f"{what} {value!r} cannot be sent in the path (it must match {param.pattern}); "
            "use the Agents operation that takes it in the body"
        )


@functools.cache
def _lowered(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _bool(param: Param, value: Any, _: str | None) -> Any:
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"{param.python} must be True or False")
    if param.location in ("body", "field"):
        return value
    return "true" if value else "false"


@functools.cache
def _model(name: str | None) -> Any:
    """A generated model class by name (its module is imported on first use)."""
    return getattr(models, str(name))


def _enum(param: Param, value: Any, _: str | None) -> Any:
    cls: type[Enum] = _model(param.type)
    if isinstance(value, cls):
        return value.value
    try:
        return cls(value).value
    except ValueError:
        valid = tuple(str(m.value) for m in cls)
        raise InvalidEnumValueError(param.python, value, valid) from None


def _select(param: Param, value: Any, carrier: str | None) -> Any:
    if carrier is None:
        return _columns(param, value)
    from ..select import select_param  # typed $select paths: loaded with the first $select

    return select_param(value, carrier)


def _columns(param: Param, value: Any) -> str:
    """Archive columns, not carrier properties: "a,b" or a list of names. When the spec
    documents the archive's row (``param.type``), each name must be one of its columns."""
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, Iterable) or isinstance(names, Mapping):
        raise InvalidArgumentError(f"{param.python} must be a str or a list of names")
    names = [n.strip() if isinstance(n, str) else n for n in names]
    if not names or not all(isinstance(n, str) and n for n in names):
        raise InvalidArgumentError(f"{param.python} must name one or more columns")
    if param.type is not None:
        names = [archive_column(param.type, name) for name in names]
    return ",".join(names)


def archive_column(row: str, name: str) -> str:
    """``name`` spelled as a documented column of the archive row carrier ``row``
    (case-insensitive), or an UnknownColumnError naming the closest columns."""
    columns = CARRIER_PROPERTIES[row]
    by_lower = {c.lower(): c for c in columns}
    found = by_lower.get(name.lower())
    if found is None:
        import difflib  # only for the error: not imported with the request path

        close = difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.5)
        archive = row.removesuffix("Row")
        raise UnknownColumnError(archive, name, tuple(by_lower[c] for c in close))
    return found


def _carrier(param: Param, value: Any, _: str | None) -> Any:
    kinds = _kinds(param.type, param.accepts)
    cls = kinds[0]
    if not isinstance(value, kinds):
        names = " or ".join(c.__name__ for c in kinds)
        raise InvalidArgumentError(f"{param.python} must be a {names}, got {type(value).__name__}")
    check_enums(cls.__name__, value, param.python)
    return _as_carrier(cls.__name__, value)


def _carrier_list(param: Param, value: Any, _: str | None) -> Any:
    kinds = _kinds(param.type, param.accepts)
    cls = kinds[0]
    if not isinstance(value, list | tuple) or not all(isinstance(v, kinds) for v in value):
        raise InvalidArgumentError(f"{param.python} must be a list of {cls.__name__}")
    for index, item in enumerate(value):
        check_enums(cls.__name__, item, f"{param.python}[{index}]")
    return [_as_carrier(cls.__name__, v) for v in value]


@functools.cache
def _kinds(name: str | None, accepts: tuple[str, ...]) -> tuple[type, ...]:
    """The carrier class a parameter takes, then the ones that extend it (``UserWithLinks``)."""
    return (_model(name), *(_model(other) for other in accepts))


def _as_carrier(carrier: str, value: Any) -> dict[str, Any]:
    """``value.to_dict()`` as the JSON of ``carrier``: a carrier that extends it
    (``UserWithLinks`` for ``User``) leaves out the properties only it has (``_Links``)."""
    data: dict[str, Any] = value.to_dict()
    source = type(value).__name__
    if source == carrier:
        return data
    own = CARRIER_PROPERTIES[carrier]
    extra = [p for p in CARRIER_PROPERTIES.get(source, {}) if p not in own]
    for prop in extra:
        data.pop(prop, None)
    return data


def check_replace(operation: Operation[Any], param: Param, value: Any, replace: Any) -> None:
    """A carrier that replaces the whole entity: the write-safety guard decides (a value that
    is not such a carrier is allowed or refused as the parameter says)."""
    kinds = _kinds(param.type, param.accepts)
    if isinstance(value, kinds):
        where = (kinds[0].__name__, param.python)
        check_replace_guard(
            operation.operation_id, operation.creates_when_empty, value, where, replace
        )


def _replace(param: Param, value: Any, _: str | None) -> Any:
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"{param.python} must be True or False")
    return value


def check_enums(carrier: str, data: Any, where: str) -> None:
    """Refuse an enum value outside the spec anywhere in a carrier (or its JSON) about to be sent.

    Carriers keep unknown enum values the server sends (open enums) and may send them back; a
    string the caller wrote must be a listed value, or the server would refuse it or store a
    default. Raises InvalidEnumValueError naming the JSON path (``user.Type``) and the valid
    values. Only the properties that hold an enum, or a carrier that does, are looked at.
    """
    if not isinstance(data, dict | Carrier):
        return
    enums, nested = _enum_plan(carrier)
    for prop, allowed in enums.items():
        value = data.get(prop)
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            # A member is fine, a listed one or one the server sent (a newer server's value,
            # read and sent back); a bare string must be a listed value.
            if not isinstance(item, Enum) and item not in allowed:
                raise InvalidEnumValueError(f"{where}.{prop}", item, allowed)
    for prop, child in nested.items():
        value = data.get(prop)
        if value is None:
            continue
        if isinstance(value, list):
            for index, item in enumerate(value):
                check_enums(child, item, f"{where}.{prop}[{index}]")
        else:
            check_enums(child, value, f"{where}.{prop}")


@functools.cache
def _enum_plan(carrier: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The carrier's enum properties, and its nested carriers that hold an enum somewhere."""
    nested = {
        prop: child
        for prop, child in CARRIER_PROPERTIES.get(carrier, {}).items()
        if child is not None and _holds_enums(child)
    }
    return dict(CARRIER_ENUMS.get(carrier, {})), nested


@functools.cache
def _holds_enums(carrier: str) -> bool:
    """Does the carrier, or a carrier nested in it at any depth, have an enum property?"""
    seen: set[str] = set()
    todo = [carrier]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if CARRIER_ENUMS.get(name):
            return True
        todo += [c for c in CARRIER_PROPERTIES.get(name, {}).values() if c is not None]
    return False


def _items(param: Param, value: Any, check: Callable[[Param, Any, str | None], Any]) -> Any:
    """A list checked item by item with the item's own check (as a body value)."""
    if not isinstance(value, list | tuple):
        raise InvalidArgumentError(f"{param.python} must be a list, got {type(value).__name__}")
    item = replace(param, location="field", required=True)
    checked = []
    for index, entry in enumerate(value):
        try:
            checked.append(check(item, entry, None))
        except InvalidArgumentError as exc:
            raise InvalidArgumentError(f"{param.python}[{index}]: {exc}") from None
    return checked


def _int_list(param: Param, value: Any, _: str | None) -> Any:
    return _items(param, value, _int)


def _str_list(param: Param, value: Any, _: str | None) -> Any:
    return _items(param, value, _str)


def _enum_list(param: Param, value: Any, _: str | None) -> Any:
    return _items(param, value, _enum)


def _map(param: Param, value: Any, _: str | None) -> Any:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidArgumentError(f"{param.python} must be a mapping with str keys")
    return dict(value)


def _as_is(param: Param, value: Any, _: str | None) -> Any:
    return value


_CHECKS: Mapping[ParamKind, Callable[[Param, Any, str | None], Any]] = by_kind(
    {
        "int": _int,
        "str": _str,
        "bool": _bool,
        "enum": _enum,
        "select": _select,
        "carrier": _carrier,
        "carrier_list": _carrier_list,
        "int_list": _int_list,
        "str_list": _str_list,
        "enum_list": _enum_list,
        "map": _map,
        "replace": _replace,
        "list": _as_is,
        "any": _as_is,
    },
    __name__,
)


_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_ENCODED_DOT = re.compile(r"%2e", re.IGNORECASE)


def request_path(path: object) -> str:
    """A path for ``request()``: relative to the base URL, one way only, quoted.

    ``api/v1/Person/5`` or ``/api/v1/Person/5``. Refused: absolute URLs, ``//host``, dot
    segments (also percent-encoded), backslashes, a query or fragment, control characters.
    """
    if not isinstance(path, str) or not path.strip("/ "):
        raise InvalidArgumentError("path must be a non-empty str, like 'api/v1/Person/5'")
    if _CONTROL.search(path) or " " in path:
        raise InvalidArgumentError("path must not contain spaces or control characters")
    if "://" in path or path.startswith("//") or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", path):
        raise UnknownOperationError("path must be relative to the base URL, not an absolute URL")
    if "\\" in path or "?" in path or "#" in path:
        raise InvalidArgumentError("path must not contain '\\', '?' or '#'; pass params=")
    segments = path.strip("/").split("/")
    if any(_ENCODED_DOT.sub(".", s) in (".", "..") or s == "" for s in segments):
        raise UnknownOperationError("path must not contain empty or dot segments ('.', '..')")
    return "/" + quote("/".join(segments), safe=_PATH_SAFE)


def encode_query(params: Mapping[str, Any] | None) -> str:
    """A query string from names to str, int, float, bool or lists of them (None: left out)."""
    if params is None:
        return ""
    if not isinstance(params, Mapping):
        raise InvalidArgumentError("params must be a mapping of names to values")
    parts: list[str] = []
    for name, value in params.items():
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError("params names must be non-empty str")
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if item is None:
                continue
            parts.append(f"{quote(name, safe='$')}={quote(_query_text(name, item), safe='')}")
    return "&".join(parts)


def _query_text(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str | int | float):
        return str(value)
    raise InvalidArgumentError(f"params[{name!r}] must be a str, int, float or bool")
