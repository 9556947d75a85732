"""Reading an answer: a non-success status becomes its typed error, a success is parsed.

Status -> error class, with the REST error body and Retry-After; a success answer checked
against the operation's facts (status, content type, JSON, null) and parsed into the typed
result: decoded from its bytes when it fits the spec exactly, else by the generated parser,
which keeps properties the spec does not name and describes what it refused."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import orjson

from ..errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MisdirectedRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    RedirectError,
    ResponseValidationError,
    ServerError,
)
from ..network import WireResponse
from ..operation import Operation

__all__ = ["describe_parse_error", "parse_answer", "parse_retry_after", "status_error"]

T = TypeVar("T")

_BODY_EXCERPT = 1000
_SECONDS = re.compile(r"\d+(\.\d+)?")  # RFC 9110 delta-seconds, plus fractions some send

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    421: MisdirectedRequestError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP date); None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        return float(value)
    import email.utils  # an HTTP date is rare: not imported with the request path

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _error_body_fields(content: bytes, content_type: str) -> dict[str, str | None]:
    """ErrorType, ErrorMessage and ErrorSource of a REST error body; None where absent."""
    fields: dict[str, str | None] = dict.fromkeys(("ErrorType", "ErrorMessage", "ErrorSource"))
    if "json" not in content_type.lower():
        return fields
    try:
        data = json.loads(content)
    except ValueError:
        return fields
    if isinstance(data, dict):
        for name in fields:
            value = data.get(name)
            fields[name] = value if isinstance(value, str) else None
    return fields


def status_error(
    status_code: int,
    content: bytes,
    headers: Mapping[str, str],
    now: datetime | None = None,
    **where: Any,
) -> APIStatusError:
    """The typed error for a non-success answer."""
    fields = _error_body_fields(content, headers.get("content-type", ""))
    cls = _STATUS_ERRORS.get(status_code)
    if cls is None:
        if 500 <= status_code <= 599:
            cls = ServerError
        elif 300 <= status_code <= 399:
            cls = RedirectError
        else:
            cls = APIStatusError
    error = cls(
        status_code,
        error_type=fields["ErrorType"],
        error_message=fields["ErrorMessage"],
        error_source=fields["ErrorSource"],
        body=content[:_BODY_EXCERPT].decode("utf-8", errors="replace"),
        **where,
    )
    error.retry_after = parse_retry_after(headers.get("retry-after"), now=now)
    if isinstance(error, RedirectError):
        error.location = headers.get("location")
    return error


def describe_parse_error(exc: BaseException) -> str:
    """``Role.Id: expected int | None, got str`` from the generated parsers' exception chain."""
    names: list[str] = []
    detail = f"{type(exc).__name__}: {exc}"
    current: BaseException | None = exc
    while current is not None:
        name, sep, rest = str(current).partition(": expected ")
        if sep:
            names.append(name)
            detail = f"expected {rest}"
        elif names and str(current):
            detail = f"{detail} ({type(current).__name__}: {current})"
        current = current.__cause__
    return f"{'.'.join(names)}: {detail}" if names else detail


def parse_answer(operation: Operation[T], response: WireResponse) -> T:
    """The typed result of a success answer; ResponseValidationError when it does not fit."""
    body = response.body
    if operation.status and response.status != operation.status:
        raise ResponseValidationError(
            f"{operation.operation_id}: answered {response.status}; the spec documents "
            f"{operation.status}",
            status_code=response.status,
            **_where(operation),
        )
    if operation.no_content:
        return operation.parse(None)
    content_type = response.headers.get("content-type", "")
    if body and "json" not in content_type.lower():
        raise ResponseValidationError(
            f"expected a JSON answer, got {content_type or 'no content type'} ({len(body)} bytes)",
            status_code=response.status,
            **_where(operation),
        )
    if operation.decode is not None and body:
        try:
            return operation.decode(body)  # the common case: the answer fits the spec exactly
        except ValueError:
            pass  # a property the spec does not name, a mismatch or null: the path below
    try:
        data = orjson.loads(body) if body else None
    except orjson.JSONDecodeError as exc:
        raise ResponseValidationError(
            f"{operation.operation_id}: the answer is not valid JSON (JSONDecodeError: {exc.msg})",
            status_code=response.status,
            **_where(operation),
        ) from None
    if data is None and not operation.nullable:
        raise ResponseValidationError(
            f"{operation.operation_id}: the answer is empty or null, which the spec does not allow",
            status_code=response.status,
            **_where(operation),
        )
    if data is None:
        return operation.parse(None)
    try:
        return operation.parse(data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ResponseValidationError(
            f"{operation.operation_id}: the answer does not match the spec: "
            f"{describe_parse_error(exc)}",
            status_code=response.status,
            **_where(operation),
        ) from exc


def _where(operation: Operation[Any]) -> dict[str, Any]:
    return {
        "operation_id": operation.operation_id,
        "method": operation.method,
        "path": operation.path,
    }
