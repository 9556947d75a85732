"""Tests against the local sandbox: a real server on 127.0.0.1, fresh users for each test."""

from __future__ import annotations

import pytest
from directory import display_name

from superoffice_async import SuperOfficeClient
from superoffice_async.testing import SandboxServer


@pytest.mark.asyncio
async def test_display_name(superoffice_client: SuperOfficeClient) -> None:
    assert await display_name(superoffice_client, 5) == "Arne (ARST5)"


@pytest.mark.asyncio
async def test_unknown_user(superoffice_client: SuperOfficeClient) -> None:
    assert await display_name(superoffice_client, 999_999) == "unknown"


@pytest.mark.asyncio
async def test_server_errors_are_retried(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    # Faults: the next answer is a 503; the SDK retries the read and the test still passes.
    superoffice_sandbox.sandbox.faults.fail_next(1, 503, retry_after=0)
    assert await display_name(superoffice_client, 5) == "Arne (ARST5)"
