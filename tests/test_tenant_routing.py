"""Tenant routing: the status API, ValidUntil, 421 after a move, tenants that are not running,
and a long bulk run across ticket expiries and a move."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from superoffice_async import (
    ConfigurationError,
    SuperOfficeClient,
    TenantLookupError,
    TenantNotRunningError,
    User,
)
from superoffice_async.bulk import SaveUserByName
from superoffice_async.network import Timeouts, WireRequest, WireResponse
from superoffice_async.testing import OnlineSandbox, OnlineSandboxServer

from .online_support import TENANT, WallClock, api_calls, online, system_user, tenant_client

__all__ = ["online"]


async def test_the_address_is_kept_until_valid_until(online: OnlineSandboxServer) -> None:
    clock = WallClock()
    online.online.state_ttl = 120
    async with tenant_client(online, system_user(online), clock=clock) as so:
        for n in range(1, 11):
            await so.users.get(n)
        assert online.online.state_lookups == 1
        clock.advance(121)
        await so.users.get(5)
        assert online.online.state_lookups == 2
        clone = so.with_options(language="en")  # same tenant, same credential, same lookups
        await clone.users.get(5)
    assert online.online.state_lookups == 2
    assert so.base_url is None
    assert so.tenant == TENANT
    assert repr(so) == (
        f"SuperOfficeClient(tenant=TenantStateLocator('{TENANT}', '127.0.0.1'), auth=SOTicket)"
    )


async def test_a_move_is_followed_once_for_concurrent_calls(online: OnlineSandboxServer) -> None:
    async with tenant_client(online, system_user(online)) as so:
        await so.users.get(5)
        online.online.move_tenant()
        users = await asyncio.gather(*(so.users.get(n) for n in range(1, 31)))
    assert len(users) == 30
    assert online.online.state_lookups == 2
    assert online.online.misdirected >= 1


@pytest.mark.parametrize("state", ["OfflineMaintenance", "Suspended", "Deleted"])
async def test_a_tenant_not_running_is_a_typed_error_and_nothing_is_sent(
    online: OnlineSandboxServer, state: str
) -> None:
    online.online.set_state(state)
    async with tenant_client(online, system_user(online)) as so:
        with pytest.raises(TenantNotRunningError, match=state) as caught:
            await so.users.get(5)
    assert (caught.value.state, caught.value.tenant) == (state, TENANT)
    assert caught.value.valid_until is not None
    assert api_calls(online) == 0


async def test_online_maintenance_is_running(online: OnlineSandboxServer) -> None:
    online.online.set_state("OnlineMaintenance")
    async with tenant_client(online, system_user(online)) as so:
        assert (await so.users.get(5)).associate_id == 5


async def test_an_unknown_tenant(online: OnlineSandboxServer) -> None:
    async with SuperOfficeClient.for_tenant(
        "Cust99999", environment=online.url, auth=system_user(online)
    ) as so:
        with pytest.raises(TenantNotRunningError, match="Unknown"):
            await so.users.get(5)


class _Answers:
    """A network transport answering each URL from a table (the status API without a server)."""

    def __init__(self, answers: dict[str, WireResponse]) -> None:
        self.answers = answers
        self.sent: list[str] = []

    async def send(
        self, request: WireRequest, *, timeouts: Timeouts, max_body: int
    ) -> WireResponse:
        self.sent.append(request.url)
        for prefix, answer in self.answers.items():
            if request.url.startswith(prefix):
                return answer
        return WireResponse(404, {}, b"")

    async def aclose(self) -> None:
        return None


def _state(endpoint: str, valid_until: str = "2020-10-05T09:52:01.9342965Z") -> WireResponse:
    body = (
        f'{{"ContextIdentifier": "Cust1", "Endpoint": "{endpoint}", "State": "Running", '
        f'"IsRunning": true, "ValidUntil": "{valid_until}"}}'
    )
    return WireResponse(200, {"content-type": "application/json"}, body.encode())


@pytest.mark.parametrize(
    "endpoint",
    ["https://sod2.evil.example.com/Cust1", "http://sod2.superoffice.com/Cust1", ""],
)
async def test_an_endpoint_outside_the_environment_gets_no_credentials(endpoint: str) -> None:
    network = _Answers({"https://sod.superoffice.com/api/state/": _state(endpoint)})
    async with SuperOfficeClient.for_tenant(
        "Cust1", environment="sod", auth=_basic(), transport=network
    ) as so:
        with pytest.raises(TenantLookupError, match="outside the environment"):
            await so.users.get(5)
    assert network.sent == ["https://sod.superoffice.com/api/state/Cust1"]


async def test_the_state_api_down_or_odd() -> None:
    for answer, message in [
        (WireResponse(503, {}, b""), "answered 503"),
        (WireResponse(200, {"content-type": "application/json"}, b"{}"), "without State"),
        (WireResponse(200, {"content-type": "text/html"}, b"<html>"), "not JSON"),
    ]:
        network = _Answers({"https://online.superoffice.com/api/state/": answer})
        async with SuperOfficeClient.for_tenant("Cust1", auth=_basic(), transport=network) as so:
            with pytest.raises(TenantLookupError, match=message) as caught:
                await so.users.get(5)
        assert not isinstance(caught.value, TenantNotRunningError)


async def test_a_valid_until_in_the_past_is_kept_a_few_seconds() -> None:
    api = "https://sod2.superoffice.com/Cust1/api/v1/User/5"
    user = WireResponse(200, {"content-type": "application/json"}, b'{"AssociateId": 5}')
    network = _Answers(
        {"https://sod.superoffice.com/": _state("https://sod2.superoffice.com/Cust1"), api: user}
    )
    async with SuperOfficeClient.for_tenant(
        "Cust1", environment="sod", auth=_basic(), transport=network
    ) as so:
        await so.users.get(5)
        await so.users.get(5)
    assert network.sent.count("https://sod.superoffice.com/api/state/Cust1") == 1


def test_tenant_client_configuration() -> None:
    with pytest.raises(ConfigurationError, match="either"):
        SuperOfficeClient("https://x.example.com", tenant="Cust1", auth=_basic())
    with pytest.raises(ConfigurationError, match="either"):
        SuperOfficeClient(auth=_basic())
    with pytest.raises(ConfigurationError, match="context identifier"):
        SuperOfficeClient.for_tenant("Cust1/../x", auth=_basic())
    with pytest.raises(ConfigurationError, match="environment goes with tenant"):
        SuperOfficeClient("https://x.example.com", environment="sod", auth=_basic())


def _basic() -> object:
    from superoffice_async import BasicAuth

    return BasicAuth("u", "p")


def _saves(online: OnlineSandbox, count: int) -> Iterator[SaveUserByName]:
    """Items for the long run; the tickets expire three times and the tenant moves once."""
    for n in range(count):
        if n in (500, 1000, 1500):
            online.identity.expire_tickets()
        if n == 1200:
            online.move_tenant()
        yield SaveUserByName(f"bulk{n % 250}@example.com", User(nick_name=f"n{n}"))


async def test_bulk_run_across_three_ticket_expiries_and_a_move(
    online: OnlineSandboxServer,
) -> None:
    auth = system_user(online)
    started = time.perf_counter()
    so = tenant_client(online, auth)
    async with so, so.bulk(_saves(online.online, 2000), concurrency=32) as run:
        failed = [outcome async for outcome in run if not outcome.ok]
    elapsed = time.perf_counter() - started
    assert failed == []
    assert (run.summary.succeeded, run.summary.failed) == (2000, 0)
    assert auth.renewals == online.identity.exchanges == 1 + 3  # exactly one per expiry
    assert online.online.state_lookups == 2  # the first, and once after the move
    assert online.online.misdirected >= 1
    assert online.identity.rejected_credentials >= 3
    print(
        f"\n2000 calls: {elapsed:.2f} s, {auth.renewals} sign-ins, "
        f"{online.identity.rejected_credentials} 401s, {online.online.misdirected} 421s, "
        f"{online.online.state_lookups} state lookups"
    )
