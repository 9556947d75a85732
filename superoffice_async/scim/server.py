"""The bridge over a sandbox, both on 127.0.0.1, for the demo and tests: ``with
sandbox_bridge() as bridge: bridge.url, bridge.token, bridge.sandbox``."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import as_file, files
from typing import Any

from .. import BasicAuth, SuperOfficeClient
from ..sync import SyncMapping, load_mapping
from ..testing import Sandbox, SandboxServer
from .app import ScimBridge, create_app
from .auth import BearerToken
from .calls import counting_transport

__all__ = ["BridgeServer", "SandboxBridge", "demo_mapping", "sandbox_bridge"]


def demo_mapping(name: str = "demo") -> SyncMapping:
    """A mapping of this package for the sandbox: ``demo`` (keyed on externalId, as Entra ID
    sends it) or ``okta`` (keyed on userName)."""
    path = files(__package__) / f"{name}_mapping.toml"
    with as_file(path) as real:
        return load_mapping(real)


class BridgeServer(SandboxServer):
    """Serves a bridge app (not the sandbox) on 127.0.0.1, with its lifespan (the client is
    closed at shutdown)."""

    lifespan = "on"

    def __init__(self, app: ScimBridge, sandbox: Sandbox) -> None:
        super().__init__(sandbox)
        self._app = app

    def asgi(self) -> Any:
        return self._app

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"


@dataclass(frozen=True)
class SandboxBridge:
    """A running bridge: its URL (``.../v2``), its token and the sandbox behind it."""

    url: str
    token: str
    sandbox: Sandbox


@contextmanager
def sandbox_bridge(
    mapping: SyncMapping | None = None,
    *,
    sandbox: Sandbox | None = None,
    max_deactivations: int = 10,
    per_seconds: float = 60.0,
    clock: Callable[[], float] | None = None,
) -> Iterator[SandboxBridge]:
    """A sandbox and a bridge in front of it, stopped when the block ends."""
    token = secrets.token_urlsafe(32)
    with SandboxServer(sandbox or Sandbox()) as backend:
        creds = backend.sandbox.credentials
        client = SuperOfficeClient(
            backend.url,
            auth=BasicAuth(creds.username, creds.password),
            transport=counting_transport(),
        )
        extra: dict[str, Any] = {} if clock is None else {"clock": clock}
        app = create_app(client, mapping or demo_mapping(), BearerToken(token),
                         max_deactivations=max_deactivations, per_seconds=per_seconds,
                         **extra)  # fmt: skip
        with BridgeServer(app, backend.sandbox) as bridge:
            yield SandboxBridge(bridge.url, token, backend.sandbox)
