"""The one request pipeline under every generated operation.

``SuperOfficeTransport`` wraps the network transport. For each request it finds the spec
operation (refusing requests that match none), applies the call's settings, sends it, reads the
whole answer, and turns every failure into a typed error: httpx exceptions, non-success statuses
(any number, 520 included) and success answers that are not JSON.
"""

from __future__ import annotations

from typing import Any

import httpx

from .errors import (
    ConnectionFailedError,
    ConnectTimeoutError,
    ReadTimeoutError,
    ResponseValidationError,
    TransportError,
    UnknownOperationError,
    status_error,
)
from .options import current_call
from .routes import OperationFacts, RouteTable

__all__ = ["SuperOfficeTransport"]


class SuperOfficeTransport(httpx.AsyncBaseTransport):
    """Routes, sends and checks one request; raises typed errors for every failure."""

    def __init__(self, inner: httpx.AsyncBaseTransport, routes: RouteTable) -> None:
        self._inner = inner
        self._routes = routes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        operation = self._routes.match(request.method, path)
        if operation is None:
            raise UnknownOperationError(
                f"{request.method} {path} is no operation of the SuperOffice User API spec; "
                "the request was not sent"
            )
        call = current_call()
        if call is not None:
            call.operation_id = operation.operation_id
            call.attempts += 1
            if call.timeout is not None:
                request.extensions["timeout"] = httpx.Timeout(call.timeout).as_dict()
        response = await self._send(request, operation)
        _check_response(response, operation)
        return response

    async def _send(self, request: httpx.Request, operation: OperationFacts) -> httpx.Response:
        """Send and read the whole body, so that no network error escapes later."""
        where = _where(operation)
        try:
            response = await self._inner.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.ConnectTimeout as exc:
            raise ConnectTimeoutError(f"{_label(operation)}: connect timed out", **where) from exc
        except httpx.PoolTimeout as exc:
            raise ConnectTimeoutError(
                f"{_label(operation)}: no free connection in the pool in time", **where
            ) from exc
        except httpx.TimeoutException as exc:
            raise ReadTimeoutError(f"{_label(operation)}: {_kind(exc)} timed out", **where) from exc
        except httpx.ConnectError as exc:
            raise ConnectionFailedError(
                f"{_label(operation)}: could not connect", request_sent=False, **where
            ) from exc
        except httpx.TransportError as exc:
            raise ConnectionFailedError(
                f"{_label(operation)}: connection failed during the call ({_kind(exc)})",
                request_sent=True,
                **where,
            ) from exc
        except httpx.HTTPError as exc:  # pragma: no cover - httpx raises no other kind here
            raise TransportError(f"{_label(operation)}: {_kind(exc)}", **where) from exc
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _check_response(response: httpx.Response, operation: OperationFacts) -> None:
    status = response.status_code
    if not 200 <= status <= 299:
        raise status_error(status, response.content, response.headers, **_where(operation))
    content_type = response.headers.get("content-type", "")
    if response.content and "json" not in content_type.lower():
        raise ResponseValidationError(
            f"{_label(operation)}: expected a JSON answer, got {content_type or 'no content type'}"
            f" ({len(response.content)} bytes)",
            status_code=status,
            **_where(operation),
        )


def _where(operation: OperationFacts) -> dict[str, Any]:
    return {
        "operation_id": operation.operation_id,
        "method": operation.method,
        "path": operation.path,
    }


def _label(operation: OperationFacts) -> str:
    return f"{operation.method} {operation.path} ({operation.operation_id})"


def _kind(exc: Exception) -> str:
    """The exception's class name only: its message may echo the URL."""
    return type(exc).__name__
