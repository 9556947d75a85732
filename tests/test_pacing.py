"""Pacing (issue 18 item 6): a requests-per-second limit per client, shared by every call, bulk
run and ``with_options`` view, on the client's clock (deterministic with the fake clock)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from superoffice_async import (
    BasicAuth,
    CallTimeoutError,
    ConfigurationError,
    RateLimit,
    SuperOfficeClient,
    User,
)
from superoffice_async.bulk import SaveUserByName
from superoffice_async.network import Timeouts, WireRequest, WireResponse
from superoffice_async.network.aiohttp_network import AiohttpNetwork
from superoffice_async.testing import SandboxServer

from .conftest import FakeClock


class Stamped:
    """The default network, noting the client clock's time as each request leaves."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sent: list[float] = []
        self.inner = AiohttpNetwork()

    async def send(
        self, request: WireRequest, *, timeouts: Timeouts, max_body: int
    ) -> WireResponse:
        self.sent.append(self.clock.monotonic())
        return await self.inner.send(request, timeouts=timeouts, max_body=max_body)

    async def aclose(self) -> None:
        await self.inner.aclose()


def saves(count: int) -> Iterator[SaveUserByName]:
    for n in range(count):
        yield SaveUserByName(f"paced{n}@example.com", User(nick_name=f"p{n}"))


def _client(server: SandboxServer, clock: FakeClock, **kwargs: object) -> SuperOfficeClient:
    creds = server.sandbox.credentials
    return SuperOfficeClient(
        server.url,
        auth=BasicAuth(creds.username, creds.password),
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


def _most_in_any_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1.0) for start in times)


async def test_a_paced_bulk_run_keeps_to_its_rate(superoffice_sandbox: SandboxServer) -> None:
    clock = FakeClock()
    network = Stamped(clock)
    limit = RateLimit(10, burst=3)
    async with _client(superoffice_sandbox, clock, transport=network, rate_limit=limit) as so:
        started = clock.monotonic()
        async with so.bulk(saves(60), concurrency=16) as run:
            outcomes = [outcome async for outcome in run]
        await so.with_options(language="en").users.get(5)  # a view shares the same limit
    assert len(outcomes) == 60
    assert all(outcome.ok for outcome in outcomes)
    sent = network.sent
    count = len(sent)
    assert count > 60
    assert limit.requests == count
    assert _most_in_any_second(sent) <= 10 + 3  # the rate, plus the burst at the start
    assert sent[-1] - started >= (count - 3) / 10 - 1e-9  # no faster than the rate allows
    assert sent == sorted(sent)
    assert limit.delayed == count - 3
    assert limit.waited == pytest.approx(sent[-1] - started)
    assert so.rate_limit is limit


async def test_no_limit_no_wait(superoffice_sandbox: SandboxServer) -> None:
    clock = FakeClock()
    async with _client(superoffice_sandbox, clock) as so:
        async with so.bulk(saves(20), concurrency=8) as run:
            assert len([o async for o in run]) == 20
        assert so.rate_limit is None
    assert clock.sleeps == []


async def test_a_deadline_shorter_than_the_wait_fails_at_once(
    superoffice_sandbox: SandboxServer,
) -> None:
    clock = FakeClock()
    limit = RateLimit(0.1)  # one request every 10 s
    async with _client(superoffice_sandbox, clock, rate_limit=limit) as so:
        await so.users.get(5)
        with pytest.raises(CallTimeoutError, match="rate limit"):
            await so.users.get(5, deadline=5.0)
        assert limit.requests == 1
        assert clock.sleeps == []
        await so.users.get(5, deadline=15.0)
    assert clock.sleeps == [pytest.approx(10.0)]


def test_rate_limit_configuration() -> None:
    for bad in (0, -1, True, "10"):
        with pytest.raises(ConfigurationError, match="requests_per_second"):
            RateLimit(bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="burst"):
        RateLimit(5, burst=0)
    with pytest.raises(ConfigurationError, match="rate_limit must be a RateLimit"):
        SuperOfficeClient("https://x.example/C", auth=BasicAuth("u", "p"), rate_limit=5)  # type: ignore[arg-type]
    assert repr(RateLimit(2.5, burst=2)) == "RateLimit(2.5/s, burst=2, requests=0, delayed=0)"
