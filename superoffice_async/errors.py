"""Every exception a caller of superoffice-async can meet.

``SuperOfficeError`` is the root. Messages name the operation, the method and the path template,
never credentials, header values or query values.
"""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "CallTimeoutError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectTimeoutError",
    "ConnectionFailedError",
    "InvalidArgumentError",
    "MisdirectedRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "ReadTimeoutError",
    "ResponseValidationError",
    "ServerError",
    "SuperOfficeError",
    "TransportError",
    "UnknownOperationError",
]

_BODY_EXCERPT = 1000
_SECONDS = re.compile(r"\d+(\.\d+)?")  # RFC 9110 delta-seconds, plus fractions some send


class SuperOfficeError(Exception):
    """Root of every error raised by superoffice-async."""

    attempts: int = 1
    """How many attempts the call took before this error (1 when it was not retried)."""


class ConfigurationError(SuperOfficeError, ValueError):
    """The client was configured with a value it cannot use."""


class ClientClosedError(SuperOfficeError):
    """The client was used after it was closed."""


class InvalidArgumentError(SuperOfficeError, ValueError):
    """An argument was refused before any request was sent."""


class UnknownOperationError(SuperOfficeError):
    """A request matched no operation of the spec, so it was not sent.

    This is what stops a path parameter from changing which endpoint is called.
    """


class RequestError(SuperOfficeError):
    """A failure tied to one request: carries the operation it was for."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.method = method
        self.path = path


class TransportError(RequestError):
    """No usable HTTP response was received."""

    request_sent: bool = True
    """False only when the request provably never reached the server."""


class ConnectionFailedError(TransportError):
    """The connection could not be made, or broke while the call was in flight."""

    def __init__(self, message: str, *, request_sent: bool, **where: Any) -> None:
        super().__init__(message, **where)
        self.request_sent = request_sent


class CallTimeoutError(TransportError):
    """The call ran out of time."""


class ConnectTimeoutError(CallTimeoutError):
    """No connection could be made in time: the request was never sent."""

    request_sent = False


class ReadTimeoutError(CallTimeoutError):
    """The request was sent (or being sent) and no complete answer came in time."""


class ResponseValidationError(RequestError):
    """The server answered, but not as the spec says (invalid JSON, HTML, wrong field type)."""

    def __init__(self, message: str, *, status_code: int | None = None, **where: Any) -> None:
        super().__init__(message, **where)
        self.status_code = status_code


class APIStatusError(RequestError):
    """The server answered with a status that is not a success.

    Carries SuperOffice's REST error body fields when the answer had them.
    """

    status_code: int
    error_type: str | None
    error_message: str | None
    error_source: str | None
    body: str
    """The first 1000 characters of the answer's body, for diagnosis."""
    retry_after: float | None = None
    """Seconds the server asked to wait (its Retry-After header), if it sent one."""

    def __init__(
        self,
        status_code: int,
        *,
        error_type: str | None = None,
        error_message: str | None = None,
        error_source: str | None = None,
        body: str = "",
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_type = error_type
        self.error_message = error_message
        self.error_source = error_source
        self.body = body
        where = f"{method} {path}" if method and path else "request"
        label = f" ({operation_id})" if operation_id else ""
        detail = ": ".join(x for x in (error_type, error_message) if x)
        message = f"{where}{label} answered {status_code}" + (f": {detail}" if detail else "")
        super().__init__(message, operation_id=operation_id, method=method, path=path)


class BadRequestError(APIStatusError):
    """400: the request was malformed, or the entity to save was not in the body."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (User management is restricted in Online)."""


class NotFoundError(APIStatusError):
    """404: the entity does not exist."""


class ConflictError(APIStatusError):
    """409: the change conflicts with the entity's current state (for example a failed test)."""


class PreconditionFailedError(APIStatusError):
    """412: the entity was modified since If-Unmodified-Since."""


class MisdirectedRequestError(APIStatusError):
    """421: wrong tenant subdomain; use the tenant-specific one (for example sod2), not sod."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds."""


class ServerError(APIStatusError):
    """5xx, including non-standard ones such as 520 sent by a proxy."""


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
        cls = ServerError if 500 <= status_code <= 599 else APIStatusError
    error = cls(
        status_code,
        error_type=fields["ErrorType"],
        error_message=fields["ErrorMessage"],
        error_source=fields["ErrorSource"],
        body=content[:_BODY_EXCERPT].decode("utf-8", errors="replace"),
        **where,
    )
    error.retry_after = parse_retry_after(headers.get("retry-after"), now=now)
    return error
