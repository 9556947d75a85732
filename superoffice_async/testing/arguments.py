"""A request's arguments, decoded by the matched operation's generated ``Param``s.

Each ``Param`` says where its argument travels (path, query, header, the whole body, or a
property of an Agents body) and its kind; ``decode`` returns the arguments by the parameter's
Python name, typed by kind, or raises ``BadInputError`` (400) naming the one that is malformed.
As on the server, an Agents argument left null arrives as its type's default: 0 for an integer,
false for a boolean; other kinds arrive as None.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from starlette.requests import Request

from superoffice_async._generated import models
from superoffice_async.operation import (
    LIST_ITEMS,
    Operation,
    Param,
    ParamKind,
    by_kind,
)

from .errors import BadInputError

__all__ = ["decode"]

_INT32 = range(-(2**31), 2**31)


async def decode(
    operation: Operation[Any], request: Request, path_params: dict[str, str]
) -> dict[str, Any]:
    """The arguments of ``operation`` in ``request`` by Python name (400 on a malformed one)."""
    body: Any = None
    if operation.body is not None:
        body = await _json_body(request)
        if operation.body == "fields" and not isinstance(body, dict):
            raise BadInputError("Request is not in request body")
    args: dict[str, Any] = {}
    for param in operation.params:
        if param.location == "path":
            args[param.python] = _text_value(param, path_params[param.wire])
        elif param.location == "query":
            args[param.python] = _text_value(param, request.query_params.get(param.wire))
        elif param.location == "header":
            args[param.python] = request.headers.get(param.wire)
        elif param.location == "body":
            args[param.python] = _json_value(param, body, "The body")
        elif param.location == "field":
            args[param.python] = _json_value(param, body.get(param.wire), param.wire)
    return args


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        raise BadInputError("Entity to save is not in request body")
    try:
        return json.loads(raw)
    except ValueError:
        raise BadInputError("The request body is not valid JSON") from None


def _member(param: Param, value: object) -> str:
    """An enum member's value; 400 naming the choices when ``value`` is none of them."""
    choices = param.choices or tuple(m.value for m in getattr(models, str(param.type)))
    if value not in choices:
        raise BadInputError(f"{param.wire} must be one of {', '.join(choices)}")
    return str(value)


def _text_value(param: Param, raw: str | None) -> Any:
    """A path, query or header value, by kind; None when absent (400 if it is required)."""
    if raw is None or raw == "":
        if param.required and param.location != "field":
            raise BadInputError(f"{param.wire} is required")
        return None
    return _TEXT[param.kind](param, raw)


def _text_int(param: Param, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise BadInputError(f"{param.wire} must be an integer, got {raw!r}") from None
    if value not in _INT32:
        raise BadInputError(f"{param.wire} is out of the int32 range")
    return value


def _text_bool(param: Param, raw: str) -> bool:
    if raw.casefold() not in ("true", "false"):
        raise BadInputError(f"{param.wire} must be true or false")
    return raw.casefold() == "true"


def _text_as_is(param: Param, raw: str) -> str:
    return raw


_TEXT: Mapping[ParamKind, Callable[[Param, str], Any]] = by_kind(
    {
        "int": _text_int,
        "bool": _text_bool,
        "enum": _member,
        "str": _text_as_is,
        "select": _text_as_is,
        # Never in a path, query or header: passed on as they are, as the server would.
        **dict.fromkeys(["carrier", "map", "any", "list", "replace"], _text_as_is),
        **dict.fromkeys(LIST_ITEMS, _text_as_is),
    },
    __name__,
)


def _json_value(param: Param, value: Any, name: str) -> Any:
    """A body value by kind: null integers and booleans are 0 and false, other nulls None."""
    return _JSON[param.kind](param, value, name)


def _json_int(param: Param, value: Any, name: str) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON has one number type: 845.0 is 845
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value not in _INT32:
        raise BadInputError(f"{name} must be an integer")
    return value


def _json_bool(param: Param, value: Any, name: str) -> bool:
    if value is not None and not isinstance(value, bool):
        raise BadInputError(f"{name} must be true or false")
    return bool(value)


def _json_str(param: Param, value: Any, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise BadInputError(f"{name} must be a string")
    return value


def _json_enum(param: Param, value: Any, name: str) -> str | None:
    return None if value is None else _member(param, value)


def _json_object(param: Param, value: Any, name: str) -> dict[str, Any] | None:
    if value is not None and not isinstance(value, dict):
        raise BadInputError(f"{name} must be an object")
    return value


def _json_list(param: Param, value: Any, name: str) -> list[Any] | None:
    """A list of the items' JSON type (``LIST_ITEMS``); a whole number counts as an int."""
    if value is None:
        return None
    item_kind = LIST_ITEMS[param.kind]
    item_type = _ITEM_TYPES[item_kind]
    if item_type is int and isinstance(value, list):
        value = [int(v) if isinstance(v, float) and v.is_integer() else v for v in value]
    items_ok = isinstance(value, list) and all(
        isinstance(v, item_type) and not isinstance(v, bool) for v in value
    )
    if not items_ok:
        raise BadInputError(f"{name} must be an array of {param.type or item_kind}")
    checked: list[Any] = value
    return checked


def _json_as_is(param: Param, value: Any, name: str) -> Any:
    return value


_ITEM_TYPES: Mapping[ParamKind, type] = {"int": int, "str": str, "enum": str, "carrier": dict}
"""The JSON type of a list kind's items (an enum member is a string)."""

_JSON: Mapping[ParamKind, Callable[[Param, Any, str], Any]] = by_kind(
    {
        "int": _json_int,
        "bool": _json_bool,
        "str": _json_str,
        "select": _json_str,
        "enum": _json_enum,
        "carrier": _json_object,
        "map": _json_object,
        **dict.fromkeys(LIST_ITEMS, _json_list),
        "list": _json_as_is,
        "any": _json_as_is,
        "replace": _json_as_is,
    },
    __name__,
)
