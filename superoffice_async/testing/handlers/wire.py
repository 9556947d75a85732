"""Writing answers the SuperOffice way (shared by every handler)."""

from __future__ import annotations

import email.utils
import json
from datetime import datetime
from typing import Any

from starlette.responses import JSONResponse, Response

from ..carriers import apply_select
from ..errors import BadInputError, error_response

__all__ = ["http_date", "json_response", "no_content", "not_found", "selected"]

Json = dict[str, Any]


def json_response(value: Any) -> Response:
    """A 200 with ``value`` as compact JSON."""
    return Response(
        json.dumps(value, separators=(",", ":")),
        media_type="application/json; charset=utf-8",
    )


def selected(value: Json | list[Json] | None, select: str | None) -> Response:
    """A 200 with the carrier (or each carrier of a list; or null) ``$select`` applied."""
    if isinstance(value, list):
        return json_response([apply_select(item, select) for item in value])
    return json_response(None if value is None else apply_select(value, select))


def no_content() -> Response:
    return Response(status_code=204)


def not_found(user_id: int) -> JSONResponse:
    return error_response(404, "SoNotFoundException", f"User id {user_id} not found")


def http_date(value: str) -> datetime:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise BadInputError("If-Unmodified-Since must be an HTTP date") from None
