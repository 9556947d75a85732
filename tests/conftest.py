from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from superoffice_async import BasicAuth, SuperOfficeClient
from superoffice_async.clock import Clock

BASE = "https://sod2.superoffice.com/Cust12345"
API = f"{BASE}/api/v1"

MakeClient = Callable[..., SuperOfficeClient]


class FakeClock(Clock):
    """Time that moves only when slept on or advanced; records every sleep."""

    def __init__(self, start: float = 1000.0, random_value: float = 1.0) -> None:
        self.time = start
        self.sleeps: list[float] = []
        super().__init__(monotonic=self._monotonic, sleep=self._sleep, random=lambda: random_value)

    def _monotonic(self) -> float:
        return self.time

    async def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += seconds

    def advance(self, seconds: float) -> None:
        self.time += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make_client(clock: FakeClock) -> AsyncIterator[MakeClient]:
    """Builds clients for the tenant URL on the fake clock; closes them after the test."""
    made: list[SuperOfficeClient] = []

    def factory(**kwargs: Any) -> SuperOfficeClient:
        kwargs.setdefault("auth", BasicAuth("tje0", "Tje0"))
        kwargs.setdefault("clock", clock)
        # httpx's own transport, which pytest-httpx intercepts; the sandbox tests use the
        # default (aiohttp) transport over real sockets.
        kwargs.setdefault("transport", httpx.AsyncHTTPTransport())
        client = SuperOfficeClient(kwargs.pop("base_url", BASE), **kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        await client.aclose()


@pytest.fixture
def client(make_client: MakeClient) -> SuperOfficeClient:
    """A client with retries off: one request per call, as the wire tests expect."""
    return make_client(retries=False)


pytest_plugins = ["superoffice_async.testing.pytest_plugin"]
