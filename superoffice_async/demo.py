"""``python -m superoffice_async.demo``: a realistic job against the local sandbox.

Starts the sandbox on 127.0.0.1, then with one client: updates every user concurrently, saves
users by name, runs custom commands, rides out an injected 503 with a retry, and reports an
injected slow call. Then, against a sandbox Online environment, a bulk run signs in as the
system user while its tickets expire mid-run and the tenant moves to another server, and carries
on. Prints a summary and stops the sandboxes. Every step's outcome is the same on a fast or a
loaded machine: expiry and the move are triggered at fixed items, the 503 and the latency are
injected, and nothing depends on how long a call takes.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Iterator

from . import (
    BasicAuth,
    CommandActionResult,
    Select,
    SuperOfficeClient,
    SystemUserAuth,
    User,
    fields,
    last_call,
)
from .bulk import SaveUserByName
from .testing import IdentityProvider, OnlineSandbox, OnlineSandboxServer, Sandbox, SandboxServer

CONCURRENCY = 32
EXPIRE_AT = (200, 500)
"""Items before which the Online step's tickets expire (by count, not by time)."""
MOVE_AT = 300
"""The item before which the tenant moves to another server."""


class _Collect(logging.Handler):
    """Keeps the SDK's retry and slow-call records to show them in the summary."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def run(server: SandboxServer) -> int:
    creds = server.sandbox.credentials
    faults = server.sandbox.faults
    print(f"sandbox: {len(server.sandbox.state)} users at {server.url}\n")
    async with SuperOfficeClient(
        server.url, auth=BasicAuth(creds.username, creds.password), language="en"
    ) as so:
        # 1. Update every user concurrently, asking only for what we need back.
        started = time.perf_counter()
        gate = asyncio.Semaphore(CONCURRENCY)
        only = Select(User, fields.User.AssociateId, fields.User.Tooltip)

        async def retitle(user_id: int) -> str | None:
            async with gate:
                saved = await so.users.update(
                    user_id, {"Tooltip": f"Synced #{user_id}"}, select=only
                )
                return saved.tooltip if isinstance(saved.tooltip, str) else None

        count = len(server.sandbox.state)
        tooltips = await asyncio.gather(*(retitle(i) for i in range(1, count + 1)))
        seconds = time.perf_counter() - started
        updated = sum(1 for i, t in enumerate(tooltips, start=1) if t == f"Synced #{i}")
        print(f"1. updated {updated}/{count} users, {CONCURRENCY} at a time, in {seconds:.2f} s")

        # 2. Save users by name: existing ones are updated, new ones created.
        existing = server.sandbox.state.users.get(11)
        assert existing is not None
        names = [existing["UserName"], "ola.nordmann@example.com", "kari.nordmann@example.com"]
        for name in names:
            # A save replaces the whole user: change the user as read, or (a new name) start
            # from the server's defaults; a carrier built from scratch is refused.
            agent = so.user_agent
            user = await agent.get_user_from_name(name) or await agent.create_default_user()
            user.nick_name, user.is_on_travel = name.split("@")[0][:12], True
            saved_user = await so.user_agent.save_user_from_name(name, user)
            assert saved_user is not None
            how = "created" if (saved_user.associate_id or 0) > count else "updated"
            print(f"2. {how} user {saved_user.associate_id} by name {name!r}")

        # 3. Custom commands, REST and Agents flavours.
        ping = await so.users.execute_command(7, "Ping", action_result=CommandActionResult.OK)
        print(f"3. REST command Ping on user 7: success={ping.success}, {ping.message!r}")
        welcome = await so.user_agent.execute_user_command(
            "SendWelcomeMail", User(associate_id=8), action_result="Yes"
        )
        assert welcome is not None
        print(f"   Agents command SendWelcomeMail on user 8: {welcome.message!r}")

        # 4. The server fails once with 503: the idempotent PUT is retried.
        faults.fail_next(1, 503, retry_after=1, operation_id="v1User_PutUser")
        user9 = await so.user_agent.get_user(9)  # PUT replaces: send the whole user, changed
        assert user9 is not None
        user9.tooltip = "after a 503"
        await so.users.put(9, user9)
        call = last_call()
        attempts = call.attempts if call else 0
        print(f"4. PUT user 9 met an injected 503 and succeeded after {attempts} attempts")

        # 5. The server is slow: the call takes longer than the NsApiSlow threshold.
        faults.add_latency(2.1, "v1User_PutUser")
        user10 = await so.user_agent.get_user(10)
        assert user10 is not None
        user10.tooltip = "slowly"
        await so.users.put(10, user10)
        faults.clear()
        call = last_call()
        print(f"5. PUT user 10 took {call and call.elapsed_ms:.0f} ms (threshold 2000 ms)")
    return 0


async def run_online(server: OnlineSandboxServer) -> int:
    """A system-user bulk run while tickets expire and the tenant moves."""
    app, online = server.identity.app, server.online

    def items(count: int) -> Iterator[SaveUserByName]:
        # Expiry and the move happen at fixed items, never by wall time, so every run signs in
        # the same number of times whatever the machine's speed.
        for n in range(count):
            if n in EXPIRE_AT:
                server.identity.expire_tickets()
            if n == MOVE_AT:
                online.move_tenant()
            yield SaveUserByName(f"online{n % 50}@example.com", User(nick_name=f"o{n}"))

    auth = SystemUserAuth(
        client_secret=app.client_secret,
        private_key=app.private_key_xml,  # the RSAXML form the developer portal hands out
        system_user_token=app.system_user_token,
        tenant="Cust12345",
        environment=server.url,
    )
    started = time.perf_counter()
    so = SuperOfficeClient.for_tenant("Cust12345", environment=server.url, auth=auth)
    async with so, so.bulk(items(800), concurrency=CONCURRENCY) as run:
        failed = sum([not outcome.ok async for outcome in run])
    seconds = time.perf_counter() - started
    print(
        f"6. Online, system user: {run.summary.succeeded} saves in {seconds:.2f} s, {failed} "
        f"failed; the tickets expired {len(EXPIRE_AT)} times, so the SDK signed in "
        f"{auth.renewals} times ({server.identity.rejected_credentials} calls answered 401 "
        f"and repeated); the tenant moved to {online.server} ({online.misdirected} calls "
        f"answered 421 and repeated, {online.state_lookups} status lookups)"
    )
    return 1 if failed else 0


def main() -> int:
    collect = _Collect()
    sdk_log = logging.getLogger("superoffice_async")
    sdk_log.addHandler(collect)
    sdk_log.setLevel(logging.INFO)
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    with SandboxServer(Sandbox(tenant="Cust12345")) as server:
        code = asyncio.run(run(server))
    with OnlineSandboxServer(OnlineSandbox(identity=IdentityProvider())) as online:
        code = asyncio.run(run_online(online)) or code
    print("\nwhat the SDK logged (logger 'superoffice_async'):")
    for record in collect.records:
        print(f"  {record.levelname:<7} {record.getMessage()}")
    retries = sum(r.getMessage().startswith("retrying") for r in collect.records)
    slow = sum(r.levelno == logging.WARNING for r in collect.records)
    renewed = sum(r.getMessage().startswith("system user ticket obtained") for r in collect.records)
    print(
        f"\nsummary: {retries} retry, {slow} slow-call warning, {renewed} system user sign-ins, "
        f"exit code {code}"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
