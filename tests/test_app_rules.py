"""Rules an app meets: pool waits apart from slow calls, one event loop, logging only."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from typing import Any

import pytest

from superoffice_async import (
    BasicAuth,
    CallRecord,
    EventLoopError,
    SuperOfficeClient,
    SuperOfficeError,
)
from superoffice_async.calls.slowcall import SlowCallMonitor
from superoffice_async.testing import SandboxServer

from .conftest import FakeClock
from .waiting import until


def _record(elapsed_ms: float, pool_wait_ms: float) -> CallRecord:
    return CallRecord(
        "v1User_GetUser", "GET", "/api/v1/User/{id}", elapsed_ms, 1, 200, 2000, pool_wait_ms
    )


def test_the_wait_for_a_pool_connection_is_not_a_slow_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="superoffice_async")
    seen: list[CallRecord] = []
    monitor = SlowCallMonitor(hook=seen.append)
    monitor.observe(_record(2500, 1000))  # 1500 ms of its own: not slow
    assert seen == []
    assert caplog.records == []
    monitor.observe(_record(3500, 1000))  # 2500 ms of its own
    assert len(seen) == 1
    (record,) = caplog.records
    assert record.getMessage() == (
        "slow call: v1User_GetUser GET /api/v1/User/{id} took 2500 ms (threshold 2000 ms, "
        "1 attempt; 1000 ms more waiting for a pool connection)"
    )


async def test_the_pool_wait_is_measured_and_reported_apart(
    superoffice_sandbox: SandboxServer,
) -> None:
    # One connection, two calls: the second waits for the first's answer (0.3 s at least).
    superoffice_sandbox.sandbox.faults.add_latency(0.3, "v1User_GetUser")
    creds = superoffice_sandbox.sandbox.credentials
    async with SuperOfficeClient(
        superoffice_sandbox.url,
        auth=BasicAuth(creds.username, creds.password),
        max_connections=1,
    ) as so:
        raws = await asyncio.gather(
            so.users.with_raw_response.get(5), so.users.with_raw_response.get(6)
        )
    waits = sorted(raw.record.pool_wait_ms for raw in raws)
    assert waits[0] < 300 <= waits[1] + 50  # the queued call waited about the first's time
    assert all(raw.record.pool_wait_ms <= raw.elapsed_ms for raw in raws)


def _queued_for_a_connection(so: SuperOfficeClient) -> int:
    """Calls waiting for a connection of the client's aiohttp pool (aiohttp's private queue: an
    aiohttp that renames it fails here, loudly)."""
    connector: Any = getattr(so, "_network")._session.connector  # noqa: B009 - private
    return sum(len(waiters) for waiters in connector._waiters.values())


async def test_a_call_slow_of_its_own_warns_once_through_logging_only(
    superoffice_sandbox: SandboxServer, clock: FakeClock, capfd: pytest.CaptureFixture[str]
) -> None:
    faults = superoffice_sandbox.sandbox.faults
    faults.hold_answers("v1User_GetUser")
    warned: list[logging.LogRecord] = []
    hooked: list[CallRecord] = []

    def keep(record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            warned.append(record)
        return True

    package, root = logging.getLogger("superoffice_async"), logging.getLogger()
    handlers = root.handlers[:]
    root.handlers.clear()  # an app that configured no logging (pytest's capture handlers gone)
    package.addFilter(keep)  # sees the records without being a handler
    try:
        async with SuperOfficeClient(
            superoffice_sandbox.url,
            auth=BasicAuth("tje0", "Tje0"),
            clock=clock,
            on_slow_call=hooked.append,
        ) as so:
            call = asyncio.create_task(so.users.with_raw_response.get(5))
            await until(lambda: faults.holding == 1)
            clock.advance(2.5)  # the server takes 2.5 s over the 2 s threshold
            faults.release()
            raw = await call
    finally:
        package.removeFilter(keep)
        root.handlers[:] = handlers
    assert (raw.record.elapsed_ms, raw.record.pool_wait_ms) == (2500, 0)
    assert [(r.levelno, r.getMessage()) for r in warned] == [
        (
            logging.WARNING,
            "slow call: v1User_GetUser GET /api/v1/User/{id} took 2500 ms "
            "(threshold 2000 ms, 1 attempt)",
        )
    ]
    assert hooked == [raw.record]
    assert capfd.readouterr().err == ""  # the package logger's NullHandler: no last resort


async def test_a_long_wait_for_a_pool_connection_is_no_slow_call(
    superoffice_sandbox: SandboxServer, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    faults = superoffice_sandbox.sandbox.faults
    faults.hold_answers("v1User_GetUser")
    async with SuperOfficeClient(
        superoffice_sandbox.url, auth=BasicAuth("tje0", "Tje0"), clock=clock, max_connections=1
    ) as so:
        first = asyncio.create_task(so.users.with_raw_response.get(5))
        await until(lambda: faults.holding == 1)  # the first holds the only connection
        second = asyncio.create_task(so.users.with_raw_response.get(6))
        await until(lambda: _queued_for_a_connection(so) == 1)
        clock.advance(5)  # the first is slow at the server; the second waits all that time
        faults.release()
        slow, queued = await first, await second
    assert (slow.record.elapsed_ms, slow.record.pool_wait_ms) == (5000, 0)
    assert (queued.record.elapsed_ms, queued.record.pool_wait_ms) == (5000, 5000)
    assert [r.getMessage() for r in caplog.records] == [
        "slow call: v1User_GetUser GET /api/v1/User/{id} took 5000 ms "
        "(threshold 2000 ms, 1 attempt)"
    ]  # the first only: the second's own time is 0 ms
    assert caplog.records[0].superoffice_call is slow.record  # type: ignore[attr-defined]


async def test_a_client_used_from_another_event_loop_says_so(
    superoffice_sandbox: SandboxServer,
) -> None:
    creds = superoffice_sandbox.sandbox.credentials
    auth = BasicAuth(creds.username, creds.password)
    async with SuperOfficeClient(superoffice_sandbox.url, auth=auth) as so:
        await so.users.get(5)  # the pool now belongs to this loop

        async def read() -> object:
            return await so.users.get(5)

        # Another thread's own loop (a second asyncio.run(), a sync framework's worker):
        with pytest.raises(EventLoopError, match="another event loop") as caught:
            await asyncio.to_thread(asyncio.run, read())
        assert isinstance(caught.value, SuperOfficeError)
        await so.users.get(5)  # still fine in its own loop


SLOW_CALL_SCRIPT = """
import asyncio, logging, sys
from superoffice_async import BasicAuth, SuperOfficeClient
from superoffice_async.testing import SandboxServer

async def main(url: str) -> None:
    async with SuperOfficeClient(url, auth=BasicAuth("tje0", "Tje0"), slow_call_ms=0) as so:
        await so.users.get(5)

with SandboxServer() as server:
    asyncio.run(main(server.url))
print("level", logging.getLogger("superoffice_async").level)
"""


def _run(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "SUPEROFFICE_LOG"} | env
    return subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=environ,
    )


def test_warnings_go_through_logging_only() -> None:
    # A slow call in a program that configured no logging: nothing on stderr.
    done = _run(SLOW_CALL_SCRIPT)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_superoffice_log_is_honoured_by_a_client_made_by_hand() -> None:
    done = _run(SLOW_CALL_SCRIPT, SUPEROFFICE_LOG="info")
    assert done.returncode == 0, done.stderr
    assert "WARNING superoffice_async: slow call: v1User_GetUser" in done.stderr
    assert f"level {logging.INFO}" in done.stdout
