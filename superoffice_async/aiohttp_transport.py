"""The network under the pipeline: an httpx transport that sends with aiohttp.

Why not httpcore (httpx's own transport): its pool bookkeeping grows with concurrency and costs
several times more CPU per call at 32 in flight (see the benchmark). Why not the
``httpx-aiohttp`` package: it maps aiohttp's ``ClientConnectionError`` (which includes "server
disconnected" mid-request) to ``httpx.ConnectTimeout``, that is "never sent", which would let a
non-idempotent call be repeated after it may have reached the server. Here only a failure to
connect counts as "never sent".

The whole answer is read here, so the response handed up is complete.
"""

from __future__ import annotations

import ssl
from typing import Any

import aiohttp
import httpx

__all__ = ["AiohttpTransport"]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One aiohttp ``ClientSession`` (connection pool), made on first use in the running loop."""

    def __init__(
        self,
        *,
        verify: bool | ssl.SSLContext = True,
        max_connections: int = 100,
        keepalive_expiry: float = 15.0,
    ) -> None:
        if verify is True:
            self._ssl: ssl.SSLContext | bool = httpx.create_ssl_context()
        elif verify is False:
            self._ssl = False
        else:
            self._ssl = verify
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._session: aiohttp.ClientSession | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                keepalive_timeout=self._keepalive_expiry,
                ssl=self._ssl,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=True,
                skip_auto_headers=("User-Agent", "Accept-Encoding"),
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout: dict[str, Any] = request.extensions.get("timeout") or {}
        body = request.content or None
        try:
            async with self._get_session().request(
                request.method,
                str(request.url),
                headers=list(request.headers.multi_items()),
                data=body,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            ) as answer:
                content = await answer.read()
                return httpx.Response(
                    answer.status,
                    headers=[
                        (k, v)
                        for k, v in answer.raw_headers
                        if k.lower() not in (b"content-encoding", b"transfer-encoding")
                    ],
                    content=content,
                    request=request,
                    extensions={"http_version": b"HTTP/1.1"},
                )
        except aiohttp.ClientConnectorError as exc:  # DNS, refused, unreachable: never sent
            raise httpx.ConnectError(_kind(exc), request=request) from exc
        except aiohttp.ConnectionTimeoutError as exc:  # no connection in time: never sent
            raise httpx.ConnectTimeout(_kind(exc), request=request) from exc
        except (TimeoutError, aiohttp.SocketTimeoutError) as exc:
            raise httpx.ReadTimeout(_kind(exc), request=request) from exc
        except aiohttp.ServerDisconnectedError as exc:
            raise httpx.RemoteProtocolError(_kind(exc), request=request) from exc
        except aiohttp.ClientPayloadError as exc:
            raise httpx.ReadError(_kind(exc), request=request) from exc
        except aiohttp.ClientError as exc:  # anything else: it may have been sent
            raise httpx.ReadError(_kind(exc), request=request) from exc

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _kind(exc: BaseException) -> str:
    """The exception's class name: aiohttp's messages may echo the URL."""
    return type(exc).__name__
