"""pytest fixtures for apps built on superoffice-async.

Enable with ``pytest_plugins = ["superoffice_async.testing.pytest_plugin"]`` in a conftest.py.

- ``superoffice_sandbox``: a running ``SandboxServer`` (fresh users, no faults) per test.
- ``superoffice_client``: a ``SuperOfficeClient`` connected to it with Basic auth.

Works under pytest-asyncio's strict mode (its default) and auto mode, and under ``-W error``,
with nothing set by the user: the async fixture is a pytest-asyncio fixture when pytest-asyncio
is installed (a plain fixture otherwise, for anyio's plugin).
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from superoffice_async import BasicAuth, SuperOfficeClient

from .app import Sandbox
from .server import SandboxServer

try:
    import pytest_asyncio
except ModuleNotFoundError:  # pragma: no cover - anyio's plugin takes plain async fixtures
    _async_fixture: Callable[..., Any] = pytest.fixture
else:
    _async_fixture = pytest_asyncio.fixture


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """pytest-asyncio warns at start-up when ``asyncio_default_fixture_loop_scope`` is unset,
    which ``-W error`` turns into a failed run before any test. The warning is about the user's
    own configuration and changes nothing here (these fixtures are function-scoped), so that one
    warning is ignored while pytest starts; the user's setting, set or not, is left as it is."""
    warnings.filterwarnings(
        "ignore",
        message='The configuration option "asyncio_default_fixture_loop_scope" is unset',
        category=pytest.PytestDeprecationWarning,
    )


@pytest.fixture
def superoffice_sandbox() -> Iterator[SandboxServer]:
    """A sandbox on 127.0.0.1 with freshly seeded users; stopped after the test."""
    with SandboxServer(Sandbox(tenant="Cust12345")) as server:
        yield server


@_async_fixture
async def superoffice_client(
    superoffice_sandbox: SandboxServer,
) -> AsyncIterator[SuperOfficeClient]:
    """A client of ``superoffice_sandbox``, closed after the test."""
    creds = superoffice_sandbox.sandbox.credentials
    async with SuperOfficeClient(
        superoffice_sandbox.url, auth=BasicAuth(creds.username, creds.password)
    ) as client:
        yield client
