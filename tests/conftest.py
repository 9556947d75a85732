from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from superoffice_async import BasicAuth, SuperOfficeClient

BASE = "https://sod2.superoffice.com/Cust12345"
API = f"{BASE}/api/v1"

MakeClient = Callable[..., SuperOfficeClient]


@pytest.fixture
async def make_client() -> AsyncIterator[MakeClient]:
    """Builds clients for the tenant URL; closes them after the test."""
    made: list[SuperOfficeClient] = []

    def factory(**kwargs: Any) -> SuperOfficeClient:
        kwargs.setdefault("auth", BasicAuth("tje0", "Tje0"))
        client = SuperOfficeClient(kwargs.pop("base_url", BASE), **kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        await client.aclose()


@pytest.fixture
def client(make_client: MakeClient) -> SuperOfficeClient:
    return make_client()
