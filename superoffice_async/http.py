"""The HTTP client the generated operations call: lean, in place of ``httpx.AsyncClient``.

Generated code only ever calls ``request(method=, url=, params=, json=|content=, headers=)``.
This client builds the ``httpx.Request`` once (base URL with the tenant path, default headers,
auth headers, JSON with orjson) and hands it to the pipeline transport. It skips what
``httpx.AsyncClient`` does per request that this SDK does not use (URL merging, the auth-flow
generator, the cookie jar, event hooks): that machinery cost more CPU than the network call.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx
import orjson

from .auth import HeaderAuth
from .errors import ClientClosedError

__all__ = ["JsonResponse", "PipelineClient"]


class JsonResponse(httpx.Response):
    """An ``httpx.Response`` whose ``json()`` decodes with orjson."""

    def json(self, **kwargs: Any) -> Any:
        return orjson.loads(self.content)


class PipelineClient:
    """Sends the generated operations' requests through one transport (one connection pool)."""

    def __init__(
        self,
        base_url: httpx.URL,
        *,
        headers: Mapping[str, str],
        auth: HeaderAuth,
        transport: httpx.AsyncBaseTransport,
        timeout: float,
    ) -> None:
        self._prefix = str(base_url).rstrip("/")
        self._headers = dict(headers)
        self._auth = auth
        self._transport = transport
        self._timeout = httpx.Timeout(timeout).as_dict()
        self.is_closed = False

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request of a generated operation; the pipeline raises typed errors."""
        if self.is_closed:
            raise ClientClosedError("the client is closed; create a new SuperOfficeClient")
        target = self._prefix + url
        if params:
            query = "&".join(
                f"{quote(str(key), safe='')}={quote(_text(value), safe='')}"
                for key, value in params.items()
                if value is not None
            )
            if query:
                target = f"{target}?{query}"
        merged = dict(self._headers)
        if headers:
            merged.update(headers)
        merged.update(self._auth.headers())
        body: bytes | str | None = content
        if json is not None:
            body = orjson.dumps(json)
            merged.setdefault("Content-Type", "application/json")
        request = httpx.Request(
            method.upper(),
            target,
            headers=merged,
            content=body,
            extensions={"timeout": self._timeout},
        )
        response = await self._transport.handle_async_request(request)
        response.__class__ = JsonResponse  # same object, json() by orjson; no copy of the body
        return response

    async def aclose(self) -> None:
        """Close the transport and its connection pool."""
        if not self.is_closed:
            self.is_closed = True
            await self._transport.aclose()


def _text(value: Any) -> str:
    """A query value as httpx would write it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)
