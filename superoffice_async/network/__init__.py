"""The narrow interface between the request pipeline and the network.

The pipeline hands a ``WireRequest`` (absolute URL, header pairs, body bytes) to a
``NetworkTransport`` and gets a whole ``WireResponse`` back, or one of the SDK's transport
errors. Implementations (``aiohttp_network``, the default; ``httpx_network``, for httpx
transports, pytest-httpx and ``httpx.MockTransport``) map their library's exceptions to SDK
errors here, once, and never chain the library's exception: it may hold the request and its
credentials.

Rules every implementation keeps:

- exactly one request leaves per ``send`` (no hidden re-send after a dropped connection);
- no redirect is followed and no cookie is stored or replayed;
- an answer larger than ``max_body`` bytes fails with ``ResponseTooLargeError`` without reading
  the rest (a ``Content-Length`` above the limit fails before any of the body is read);
- ``request_sent=False`` only when the request provably never left (connect failed or timed out,
  no free connection in the pool).

The pipeline bounds each attempt in time. A network that can do it with its own timer (both of
this package's) says so with ``bounds_attempt = True`` and takes ``send(..., limit=seconds)``,
raising a bare ``TimeoutError`` when they pass; any other is wrapped in ``asyncio.timeout``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, cast, runtime_checkable

from ..errors import ResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_BODY",
    "DROPPED_HEADERS",
    "BoundedBody",
    "NetworkTransport",
    "Timeouts",
    "WireRequest",
    "WireResponse",
    "attempt_bounding",
]

DEFAULT_MAX_BODY = 32 * 1024 * 1024
"""Bytes of one answer at most (32 MiB): far above any User answer, far below a memory problem."""
DROPPED_HEADERS = frozenset(("content-encoding", "transfer-encoding", "content-length"))
"""Answer headers an adapter leaves out: the body it hands up is decoded and whole, and these
describe the wire form, not it."""


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds for each network phase of one attempt; None: no limit for that phase."""

    connect: float | None = None
    """To open a connection (TCP and TLS)."""
    read: float | None = None
    """Between two reads of the answer (and to write the request)."""
    pool: float | None = None
    """To get a free connection from the pool."""


@dataclass(frozen=True, slots=True)
class WireRequest:
    """One request as it goes on the wire. ``headers`` hold credentials: never log them."""

    method: str
    url: str
    """Absolute, already quoted."""
    headers: Sequence[tuple[str, str]]
    body: bytes | None = None

    def __repr__(self) -> str:
        return f"WireRequest({self.method} <url hidden>, {len(self.headers)} headers)"


@dataclass(frozen=True, slots=True)
class WireResponse:
    """One whole answer. ``headers`` keys are lower case."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    pool_wait: float = 0.0
    """Seconds the request waited for a free connection of the pool before it left."""


@runtime_checkable
class NetworkTransport(Protocol):
    """Sends one request and reads its whole answer; owns the connection pool."""

    async def send(
        self, request: WireRequest, *, timeouts: Timeouts, max_body: int
    ) -> WireResponse:
        """Send ``request`` once; raise an SDK ``TransportError`` (or ``ResponseTooLargeError``)."""
        ...

    async def aclose(self) -> None:
        """Close the pool; ``send`` after this is a ``ClientClosedError``."""
        ...


class BoundedBody:
    """Collects an answer's body a chunk at a time, failing as soon as it passes the limit."""

    __slots__ = ("_chunks", "_limit", "_size", "_status")

    def __init__(self, limit: int, status: int, declared: int | None = None) -> None:
        if declared is not None and declared > limit:
            raise ResponseTooLargeError(
                f"the answer's Content-Length ({declared}) is above the limit ({limit} bytes)",
                limit=limit,
                status_code=status,
            )
        self._limit, self._status = limit, status
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        """Keep ``chunk``; ``ResponseTooLargeError`` when the body passes the limit."""
        self._size += len(chunk)
        if self._size > self._limit:
            raise ResponseTooLargeError(
                f"the answer is larger than the limit ({self._limit} bytes)",
                limit=self._limit,
                status_code=self._status,
            )
        self._chunks.append(chunk)

    def body(self) -> bytes:
        """The whole body."""
        return self._chunks[0] if len(self._chunks) == 1 else b"".join(self._chunks)


class _AttemptBounding(NetworkTransport, Protocol):
    """A network that bounds a whole attempt with its own timer (see the module)."""

    bounds_attempt: bool

    async def send(
        self,
        request: WireRequest,
        *,
        timeouts: Timeouts,
        max_body: int,
        limit: float | None = None,
    ) -> WireResponse:
        """As ``NetworkTransport.send``; a bare ``TimeoutError`` when ``limit`` seconds pass."""
        ...


def attempt_bounding(network: NetworkTransport) -> _AttemptBounding | None:
    """``network`` when it bounds an attempt itself (``bounds_attempt = True``), else None."""
    if getattr(network, "bounds_attempt", False) is True:
        return cast("_AttemptBounding", network)
    return None
