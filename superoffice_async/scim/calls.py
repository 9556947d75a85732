"""Counting the SuperOffice requests each SCIM request makes: a transport that counts into
the current request's box (a context variable, so concurrent requests never mix)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .. import NetworkTransport, Timeouts, WireRequest, WireResponse

__all__ = ["CallBox", "CountingTransport", "counting", "counting_transport"]


class CallBox:
    """How many requests went to SuperOffice (retries included) while it was current."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


_current: ContextVar[CallBox | None] = ContextVar("superoffice_scim_calls", default=None)


@contextmanager
def counting() -> Iterator[CallBox]:
    """A fresh box for the requests made inside the block (tasks started there share it)."""
    box = CallBox()
    token = _current.set(box)
    try:
        yield box
    finally:
        _current.reset(token)


class CountingTransport:
    """A ``NetworkTransport`` that counts each request into the current box, then sends it."""

    def __init__(self, inner: NetworkTransport) -> None:
        self._inner = inner

    async def send(
        self, request: WireRequest, *, timeouts: Timeouts, max_body: int
    ) -> WireResponse:
        box = _current.get()
        if box is not None:
            box.count += 1
        return await self._inner.send(request, timeouts=timeouts, max_body=max_body)

    async def aclose(self) -> None:
        await self._inner.aclose()


def counting_transport() -> CountingTransport:
    """The SDK's default network (aiohttp), counted: pass it as a client's ``transport`` so the
    bridge's log line names the SuperOffice calls of each request."""
    from ..network.aiohttp_network import AiohttpNetwork

    return CountingTransport(AiohttpNetwork())
