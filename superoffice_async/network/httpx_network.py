"""An httpx transport as the network: ``httpx.AsyncHTTPTransport``, pytest-httpx, ``MockTransport``.

The default network is ``aiohttp_network``; this adapter lets tests (and callers who need httpx's
own transport) serve the pipeline with any ``httpx.AsyncBaseTransport``. It keeps the rules of
``network``: one request per send, the answer bounded by ``max_body``, and httpx's exceptions
(which hold the request, headers included) mapped to SDK errors and never chained. httpx's read
timeout restarts with every read, so the wait for the answer's whole head is bounded here: by
the connect, pool and read timeouts together (httpx does not say when the connection is ready).
"""

from __future__ import annotations

import asyncio

import httpx

from ..errors import (
    ClientClosedError,
    ConnectionFailedError,
    ConnectTimeoutError,
    ReadTimeoutError,
)
from . import DROPPED_HEADERS, BoundedBody, Timeouts, WireRequest, WireResponse

__all__ = ["HttpxNetwork"]


class HttpxNetwork:
    """Sends through ``transport`` (which it owns: ``aclose`` closes it)."""

    bounds_attempt = True
    """``send`` takes ``limit``: one timer bounds the attempt and the answer's head."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport
        self._closed = False

    def __repr__(self) -> str:
        return f"HttpxNetwork({type(self._transport).__name__}, closed={self._closed})"

    async def send(
        self,
        request: WireRequest,
        *,
        timeouts: Timeouts,
        max_body: int,
        limit: float | None = None,
    ) -> WireResponse:
        """Send ``request`` once and read its whole answer, at most ``max_body`` bytes.

        ``limit``: seconds for the whole attempt; when they pass, a bare ``TimeoutError``
        leaves (the caller names it). One timer bounds both the attempt and the head."""
        if self._closed:
            raise ClientClosedError("the client is closed")
        wire = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.body,
            extensions={
                "timeout": {
                    "connect": timeouts.connect,
                    "read": timeouts.read,
                    "write": timeouts.read,
                    "pool": timeouts.pool,
                }
            },
        )
        error: BaseException
        phases = (timeouts.connect, timeouts.pool, timeouts.read)
        head_limit = None if None in phases else sum(p for p in phases if p is not None)
        loop = asyncio.get_running_loop()
        attempt_at = None if limit is None else loop.time() + limit
        head_at = None if head_limit is None else loop.time() + head_limit
        in_head = head_at is not None and (attempt_at is None or head_at < attempt_at)
        timer: asyncio.Timeout | None = None
        try:
            async with asyncio.timeout_at(head_at if in_head else attempt_at) as timer:
                response = await self._transport.handle_async_request(wire)
                if in_head:
                    in_head = False
                    timer.reschedule(attempt_at)
                try:
                    body = await _read_body(response, max_body, wire.method == "HEAD")
                finally:
                    await response.aclose()
            return WireResponse(response.status_code, _headers(response), body)
        except TimeoutError:
            task = asyncio.current_task()
            if timer is None or not timer.expired() or (task is not None and task.cancelling()):
                raise
            if not in_head:
                error = TimeoutError()  # the attempt's limit: the caller names it
            else:
                error = ReadTimeoutError(f"the answer's head did not come within {head_limit:g} s")
        except httpx.ConnectError as exc:
            error = ConnectionFailedError(
                f"could not connect ({type(exc).__name__})", request_sent=False
            )
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            error = ConnectTimeoutError(f"no connection in time ({type(exc).__name__})")
        except httpx.TimeoutException as exc:
            error = ReadTimeoutError(f"no answer in time ({type(exc).__name__})")
        except httpx.HTTPError as exc:  # disconnected, reset, bad answer: maybe sent
            error = ConnectionFailedError(
                f"connection failed during the call ({type(exc).__name__})", request_sent=True
            )
        # Raised here, outside the except blocks, so that neither __cause__ nor __context__ holds
        # httpx's exception (its .request carries the URL and headers).
        raise error

    async def aclose(self) -> None:
        """Close the wrapped transport; idempotent."""
        if not self._closed:
            self._closed = True
            await self._transport.aclose()


async def _read_body(response: httpx.Response, max_body: int, head: bool) -> bytes:
    """The decoded body, or ``ResponseTooLargeError`` as soon as it passes ``max_body`` bytes."""
    length = response.headers.get("content-length")
    declared = int(length) if not head and length is not None and length.isdigit() else None
    body = BoundedBody(max_body, response.status_code, declared)
    async for chunk in response.aiter_bytes():
        body.add(chunk)
    return body.body()


def _headers(response: httpx.Response) -> dict[str, str]:
    """Lower-case keys; the values of a repeated header joined with ", "."""
    headers: dict[str, str] = {}
    for name, value in response.headers.multi_items():
        if name in DROPPED_HEADERS:
            continue
        previous = headers.get(name)
        headers[name] = value if previous is None else f"{previous}, {value}"
    return headers
