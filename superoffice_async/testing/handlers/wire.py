"""Reading requests and writing answers the SuperOffice way (shared by every handler)."""

from __future__ import annotations

import email.utils
import json
from datetime import datetime
from typing import Any

from starlette.responses import JSONResponse, Response

from ..errors import BadInputError, error_response
from .registry import Call

__all__ = [
    "COMMAND_ACTION_RESULTS",
    "action_result",
    "body_bool",
    "body_int",
    "body_object",
    "body_text",
    "http_date",
    "json_body",
    "json_response",
    "no_content",
    "not_found",
    "path_int",
    "query_int",
    "required_query_int",
    "select_of",
]

Json = dict[str, Any]

COMMAND_ACTION_RESULTS = ("Implicit", "Yes", "Ok", "No", "Cancel")


def json_response(value: Any) -> Response:
    """A 200 with ``value`` as compact JSON."""
    return Response(
        json.dumps(value, separators=(",", ":")),
        media_type="application/json; charset=utf-8",
    )


def no_content() -> Response:
    return Response(status_code=204)


def not_found(user_id: int) -> JSONResponse:
    return error_response(404, "SoNotFoundException", f"User id {user_id} not found")


async def json_body(call: Call) -> Any:
    """The parsed body; 400 when it is missing or not JSON."""
    raw = await call.request.body()
    if not raw.strip():
        raise BadInputError("Entity to save is not in request body")
    try:
        return json.loads(raw)
    except ValueError:
        raise BadInputError("The request body is not valid JSON") from None


async def body_object(call: Call) -> Json:
    """The body of an Agents operation: an object of its arguments."""
    body = await json_body(call)
    if not isinstance(body, dict):
        raise BadInputError("Request is not in request body")
    return body


def body_text(body: object, name: str) -> str | None:
    value = body.get(name) if isinstance(body, dict) else None
    return value if isinstance(value, str) and value else None


def body_int(body: Json, name: str) -> int:
    """An integer argument; a null one reaches the server as 0."""
    value = body.get(name)
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON has one number type: 845.0 is 845
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInputError(f"{name} must be an integer")
    return value


def body_bool(body: Json, name: str) -> bool:
    value = body.get(name)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadInputError(f"{name} must be true or false")
    return value


def query_int(call: Call, name: str) -> int | None:
    raw = call.request.query_params.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise BadInputError(f"{name} must be an integer") from None


def required_query_int(call: Call, name: str) -> int:
    value = query_int(call, name)
    if value is None:
        raise BadInputError(f"{name} is required")
    return value


def path_int(call: Call, name: str) -> int:
    raw = call.path_params[name]
    try:
        value = int(raw)
    except ValueError:
        raise BadInputError(f"{name} must be an integer, got {raw!r}") from None
    if not -(2**31) <= value < 2**31:
        raise BadInputError(f"{name} is out of the int32 range")
    return value


def http_date(value: str) -> datetime:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise BadInputError("If-Unmodified-Since must be an HTTP date") from None


def action_result(value: object) -> str:
    if value is None:
        return "Implicit"
    if value not in COMMAND_ACTION_RESULTS:
        raise BadInputError(f"actionResult must be one of {', '.join(COMMAND_ACTION_RESULTS)}")
    return str(value)


def select_of(call: Call) -> str | None:
    return call.request.query_params.get("$select")
