"""Stoplight Prism serves the spec with request validation; the SDK calls every operation.

Prism answers 400/422 (or 401) to any request that breaks the spec, so each call succeeding
means the SDK's requests conform: paths, query names and values, headers, JSON bodies. Prism is
installed by `make node-tools` (package-lock.json) and runs on 127.0.0.1 for this module only.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from superoffice_async import APIStatusError, BearerAuth, SuperOfficeClient, last_call
from superoffice_async._generated.operations import OPERATIONS
from tests.documents import operation_count
from tests.operation_driver import drive

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "superoffice-user.yaml"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    assert PRISM.exists(), "Prism is not installed: run `make node-tools` (make test does)"
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603
        [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + 90
    seen: list[str] = []
    try:
        while not any("Prism is listening" in line for line in seen):
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("Prism did not start:\n" + "".join(seen))
            try:
                seen.append(lines.get(timeout=0.5))
            except queue.Empty:
                continue
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()


BY_NAME = {"v1User_GetUserFromName", "v1User_SaveUserFromName", "v1User_DeleteUserFromName"}
"""REST operations with the user name in the path: Prism routes every ``User/{x}`` to
``User/{id}`` (see the spec's note on identical templates), so it refuses a name there."""


async def test_every_operation_is_accepted_by_prism(prism_url: str) -> None:
    reached: set[str] = set()
    async with SuperOfficeClient(
        prism_url, auth=BearerAuth("8A:prism"), app_token="prism-app", language="en", retries=False
    ) as so:
        for operation in OPERATIONS:
            if operation.operation_id in BY_NAME:
                with pytest.raises(APIStatusError) as caught:
                    await drive(so, operation)
                # 422 with the reason in the body, or 400 (the spec's ErrorBody, reason in the
                # sl-violations header) where the User/{id} operation documents a 400.
                assert caught.value.status_code in (400, 422)
                if caught.value.status_code == 422:
                    assert '"location":["path","id"]' in caught.value.body
                assert caught.value.operation_id == operation.operation_id
            else:
                await drive(so, operation)
                record = last_call()
                assert record is not None
                assert record.operation_id == operation.operation_id
            reached.add(operation.operation_id)
        rows = [row async for row in so.users.list(select="associateDbId,fullName", limit=2)]
        assert rows
    assert reached == {op.operation_id for op in OPERATIONS}
    assert len(reached) == operation_count(SPEC)  # every operation the spec declares


async def test_prism_refuses_a_request_that_breaks_the_spec(prism_url: str) -> None:
    """The driver's success means something: Prism does refuse a request the spec forbids."""
    async with SuperOfficeClient(prism_url, auth=BearerAuth("8A:prism"), retries=False) as so:
        with pytest.raises(APIStatusError) as caught:
            await so.request("POST", "api/v1/Agents/User/GetUserFromPersonId", json=[1, 2])
    assert caught.value.status_code in (400, 422)
