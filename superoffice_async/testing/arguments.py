"""A request's arguments, decoded by the matched operation's generated ``Param``s.

Each ``Param`` says where its argument travels (path, query, header, the whole body, or a
property of an Agents body) and its kind; ``decode`` returns the arguments by the parameter's
Python name, typed by kind, or raises ``BadInputError`` (400) naming the one that is malformed.
As on the server, an Agents argument left null arrives as its type's default: 0 for an integer,
false for a boolean; other kinds arrive as None.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from superoffice_async._generated import models
from superoffice_async.operation import Operation, Param

from .errors import BadInputError

__all__ = ["decode"]

_INT32 = range(-(2**31), 2**31)
_LISTS = {"int_list": int, "str_list": str, "enum_list": str, "carrier_list": dict}


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


def _text_value(param: Param, raw: str | None) -> Any:
    """A path, query or header value, by kind; None when absent (400 if it is required)."""
    if raw is None or raw == "":
        if param.required and param.location != "field":
            raise BadInputError(f"{param.wire} is required")
        return None
    if param.kind == "int":
        try:
            value = int(raw)
        except ValueError:
            raise BadInputError(f"{param.wire} must be an integer, got {raw!r}") from None
        if value not in _INT32:
            raise BadInputError(f"{param.wire} is out of the int32 range")
        return value
    if param.kind == "bool":
        if raw.casefold() not in ("true", "false"):
            raise BadInputError(f"{param.wire} must be true or false")
        return raw.casefold() == "true"
    if param.kind == "enum":
        return _member(param, raw)
    return raw


def _json_value(param: Param, value: Any, name: str) -> Any:
    """A body value by kind: null integers and booleans are 0 and false, other nulls None."""
    if param.kind == "int":
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON has one number type: 845.0 is 845
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value not in _INT32:
            raise BadInputError(f"{name} must be an integer")
        return value
    if param.kind == "bool":
        if value is not None and not isinstance(value, bool):
            raise BadInputError(f"{name} must be true or false")
        return bool(value)
    if value is None:
        return None
    if param.kind in ("str", "select") and not isinstance(value, str):
        raise BadInputError(f"{name} must be a string")
    if param.kind == "enum":
        return _member(param, value)
    if param.kind in ("carrier", "map") and not isinstance(value, dict):
        raise BadInputError(f"{name} must be an object")
    item_type = _LISTS.get(param.kind)
    if item_type is int and isinstance(value, list):
        value = [int(v) if isinstance(v, float) and v.is_integer() else v for v in value]
    if item_type is not None:
        items_ok = isinstance(value, list) and all(
            isinstance(v, item_type) and not isinstance(v, bool) for v in value
        )
        if not items_ok:
            raise BadInputError(f"{name} must be an array of {param.type or param.kind[:-5]}")
    return value


def _member(param: Param, value: object) -> str:
    """An enum member's value; 400 naming the choices when ``value`` is none of them."""
    choices = param.choices or tuple(m.value for m in getattr(models, str(param.type)))
    if value not in choices:
        raise BadInputError(f"{param.wire} must be one of {', '.join(choices)}")
    return str(value)
