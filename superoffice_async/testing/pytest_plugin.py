"""pytest fixtures for apps built on superoffice-async.

Enable with ``pytest_plugins = ["superoffice_async.testing.pytest_plugin"]`` in a conftest.py.

- ``superoffice_sandbox``: a running ``SandboxServer`` (fresh users, no faults) per test.
- ``superoffice_client``: a ``SuperOfficeClient`` connected to it with Basic auth.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from superoffice_async import BasicAuth, SuperOfficeClient

from .app import Sandbox
from .server import SandboxServer


@pytest.fixture
def superoffice_sandbox() -> Iterator[SandboxServer]:
    """A sandbox on 127.0.0.1 with freshly seeded users; stopped after the test."""
    with SandboxServer(Sandbox(tenant="Cust12345")) as server:
        yield server


@pytest.fixture
async def superoffice_client(
    superoffice_sandbox: SandboxServer,
) -> AsyncIterator[SuperOfficeClient]:
    """A client of ``superoffice_sandbox``, closed after the test."""
    creds = superoffice_sandbox.sandbox.credentials
    async with SuperOfficeClient(
        superoffice_sandbox.url, auth=BasicAuth(creds.username, creds.password)
    ) as client:
        yield client
