"""Time bounds per phase (issue 18 item 4), against a raw server on 127.0.0.1.

``timeout`` bounds the wait for the answer's whole head, not only each read: a server dripping
one header line at a time is stopped at ``timeout``, long before the attempt limit or the
deadline, and ``deadline=None`` never means a call without end. Timings are asserted loosely
(well before the limit that used to stop it), never exactly.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from superoffice_async import (
    InvalidArgumentError,
    ReadTimeoutError,
    SOTicketAuth,
    SuperOfficeClient,
    SuperOfficeError,
)

from .raw_server import Seen, Server


async def drip_head(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
    """The status line, then one header line every 0.3 s, forever: every read is quick."""
    writer.write(b"HTTP/1.1 200 OK\r\n")
    with contextlib.suppress(ConnectionError):
        for number in range(1000):
            writer.write(f"X-Drip-{number}: .\r\n".encode())
            await writer.drain()
            await asyncio.sleep(0.3)
    return False


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    made = Server(drip_head)
    await made.start()
    yield made
    await made.stop()


async def failure(url: str, transport: str, **options: Any) -> tuple[SuperOfficeError, float]:
    """The error ``so.users.get(5)`` ends in (timeout 0.5 s, attempts 30 s), and its seconds."""
    async with SuperOfficeClient(
        url,
        auth=SOTicketAuth("7T:ticket"),
        transport=httpx.AsyncHTTPTransport() if transport == "httpx" else None,
        timeout=0.5,
        attempt_timeout=30.0,
        retries=False,
        **options,
    ) as so:
        started = time.monotonic()
        with pytest.raises(SuperOfficeError) as caught:
            async with asyncio.timeout(20):  # the test's own guard: never hangs
                await so.users.get(5)
        return caught.value, time.monotonic() - started


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("deadline", [30.0, None])
async def test_a_header_drip_ends_at_the_timeout(
    server: Server, transport: str, deadline: float | None
) -> None:
    error, elapsed = await failure(server.url("/Cust1"), transport, deadline=deadline)
    assert isinstance(error, ReadTimeoutError)
    assert "head" in str(error)
    assert elapsed < 10.0  # the attempt limit (30 s) and the deadline were not what ended it
    assert len(server.seen) == 1


async def stall_body(
    seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> bool:
    """The whole head and the body's first bytes, then nothing more on an open connection."""
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{"
    )
    with contextlib.suppress(ConnectionError):
        await writer.drain()
        await asyncio.sleep(60)
    return False


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_a_stalled_body_ends_at_the_timeout(transport: str) -> None:
    made = Server(stall_body)
    await made.start()
    try:
        error, elapsed = await failure(made.url("/Cust1"), transport)
    finally:
        await made.stop()
    assert isinstance(error, ReadTimeoutError)
    assert "head" not in str(error)
    assert elapsed < 10.0  # the read timeout ended it, not the attempt limit (30 s)


def test_a_call_can_never_be_without_end() -> None:
    for name in ("timeout", "attempt_timeout"):
        with pytest.raises(InvalidArgumentError, match="every call must end"):
            SuperOfficeClient(
                "https://x.example/C",
                auth=SOTicketAuth("7T:t"),
                **{name: None},  # type: ignore[arg-type]
            )
    so = SuperOfficeClient("https://x.example/C", auth=SOTicketAuth("7T:t"), deadline=None)
    assert so is not None
