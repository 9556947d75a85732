"""Shared helpers of the Online sign-in tests: a sandbox environment and clients of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from superoffice_async import OAuthAuth, SuperOfficeClient, SystemUserAuth
from superoffice_async.clock import Clock
from superoffice_async.testing import IdentityProvider, OnlineSandbox, OnlineSandboxServer

TENANT = "Cust12345"


class WallClock(Clock):
    """Real time for sleeps and the monotonic clock; a wall clock the test can move forward."""

    def __init__(self) -> None:
        self.offset = timedelta()
        super().__init__(now=lambda: datetime.now(UTC) + self.offset)

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


@pytest.fixture
def online() -> Iterator[OnlineSandboxServer]:
    """A sandbox Online environment on 127.0.0.1 with tenant Cust12345 on server sod2."""
    with OnlineSandboxServer(OnlineSandbox(identity=IdentityProvider(tenant=TENANT))) as server:
        yield server


def system_user(server: OnlineSandboxServer, **kwargs: Any) -> SystemUserAuth:
    app = server.identity.app
    kwargs.setdefault("private_key", app.private_key_pem)
    kwargs.setdefault("client_secret", app.client_secret)
    return SystemUserAuth(
        system_user_token=app.system_user_token,
        tenant=TENANT,
        environment=server.url,
        **kwargs,
    )


def oauth(server: OnlineSandboxServer, **kwargs: Any) -> OAuthAuth:
    app = server.identity.app
    kwargs.setdefault("client_secret", app.client_secret)
    kwargs.setdefault("refresh_token", app.refresh_token)
    return OAuthAuth(client_id=app.client_id, environment=server.url, **kwargs)


def tenant_client(server: OnlineSandboxServer, auth: Any, **kwargs: Any) -> SuperOfficeClient:
    return SuperOfficeClient.for_tenant(TENANT, environment=server.url, auth=auth, **kwargs)


def api_calls(server: OnlineSandboxServer) -> int:
    """Requests that reached the tenant's User API (any status)."""
    return sum(server.sandbox.calls.values())


Factory = Callable[..., SuperOfficeClient]
