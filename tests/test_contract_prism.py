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
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from superoffice_async import (
    APIStatusError,
    BearerAuth,
    CommandActionResult,
    Select,
    SuperOfficeClient,
    User,
    UserType,
    fields,
    last_call,
)
from superoffice_async._generated.operations import OPERATIONS
from superoffice_async.patch import UserPatch

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


async def test_every_operation_is_accepted_by_prism(prism_url: str) -> None:
    reached: set[str] = set()
    user = User(name="LM", user_name="lisa.martinez@example.com", rank=3, is_on_travel=False)
    select = Select(User, fields.User.Name, fields.User.Person.Firstname)

    async with SuperOfficeClient(
        prism_url, auth=BearerAuth("8A:prism"), app_token="prism-app", language="en", retries=False
    ) as so:

        async def check(call: Callable[[], Awaitable[Any]]) -> Any:
            result = await call()
            record = last_call()
            assert record is not None
            reached.add(record.operation_id)
            return result

        rows = [row async for row in so.users.list(select="associateDbId,fullName", limit=2)]
        assert rows
        reached.add("v1User_GetAll")
        await check(lambda: so.users.get(5, select=select, foreign_keys=True))
        await check(lambda: so.users.create(user, select="Name"))
        await check(lambda: so.users.put(5, user, select=select))
        patch = UserPatch().replace("Tooltip", "Lead").test("Rank", 3).remove("Person/MiddleName")
        await check(
            lambda: so.users.patch(5, patch, if_unmodified_since="Wed, 21 Oct 2015 07:28:00 GMT")
        )
        await check(lambda: so.users.delete(5))
        await check(lambda: so.users.get_commands(5))
        await check(
            lambda: so.users.execute_command(5, "Ping", action_result=CommandActionResult.OK)
        )
        await check(lambda: so.users.credential_types())
        await check(lambda: so.users.default(user_type=UserType.SYSTEMASSOCIATE, person_id=0))
        await check(lambda: so.users.validate(user))
        name = "lisa.martinez@example.com"
        by_name = [
            lambda: so.users.get_by_name(name),
            lambda: so.users.save_by_name(name, user),
            lambda: so.users.delete_by_name(name),
        ]
        for call in by_name:
            # Prism routes every User/{x} to User/{id} (see the spec's note on identical
            # templates), so it refuses a name there; the SDK's request itself is as specified.
            with pytest.raises(APIStatusError) as caught:
                await call()
            # 422 with the reason in the body, or 400 (the spec's ErrorBody, reason in the
            # sl-violations header) where the User/{id} operation documents a 400.
            assert caught.value.status_code in (400, 422)
            if caught.value.status_code == 422:
                assert '"location":["path","id"]' in caught.value.body
            assert caught.value.operation_id is not None
            reached.add(caught.value.operation_id)
        agent = so.user_agent
        await check(lambda: agent.get_user(5, select=select))
        await check(lambda: agent.get_user_from_name(name, select="Name"))
        await check(lambda: agent.get_user_from_person_id(7))
        await check(lambda: agent.save_user(user))
        await check(lambda: agent.save_user_from_name(name, user, select=select))
        await check(lambda: agent.delete_user(5))
        await check(lambda: agent.delete_user_from_name(name))
        await check(lambda: agent.create_default_user())
        await check(lambda: agent.create_default_user_from_user_type("ResourceAssociate"))
        await check(lambda: agent.get_user_commands(user))
        await check(lambda: agent.validate_user(user))
        await check(lambda: agent.get_credential_types())
        await check(lambda: agent.execute_user_command("Ping", user, action_result="Yes"))
    assert reached == {op.operation_id for op in OPERATIONS}
