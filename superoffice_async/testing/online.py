"""SuperOffice Online in the sandbox: sign-in, tenant status, and a tenant that can move.

The environment root has the identity provider and the tenant status API; the tenant lives on
a numbered server and can move to another.

One ASGI app stands for ``https://sod.superoffice.com`` and its numbered servers:

- ``/login/...``, ``/Login/api/...``: the identity provider (``identity.IdentityProvider``);
- ``GET /api/state/{tenant}``: the tenant status API (``State``, ``IsRunning``, ``Endpoint``,
  ``ValidUntil``); an unknown tenant is ``Unknown`` and not running;
- ``/{server}/{tenant}/api/...``: the tenant's API (the ordinary ``Sandbox``, accepting the
  tickets and tokens the identity provider issued, with ``SO-AppToken`` = the client secret
  for tickets). The path segment ``sod2`` stands for the host ``sod2.superoffice.com``. Any
  other server answers ``421`` "Wrong subdomain used to access tenant", as Online does since
  November 2023 after a move; a tenant that is not running answers 503.

``move_tenant()`` moves the tenant to the next server; ``set_state()`` puts it in maintenance.
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .app import Sandbox
from .authn import Credentials
from .errors import error_response
from .identity import IdentityProvider
from .server import SandboxServer
from .state import SandboxState

__all__ = ["RUNNING_STATES", "OnlineSandbox", "OnlineSandboxServer"]

RUNNING_STATES = ("Running", "OnlineMaintenance")
"""States in which the API is available (``IsRunning`` true)."""
_SERVER = re.compile(r"^/(sod\d+)(/.*)?$")


class OnlineSandbox:
    """A sandbox Online environment (see the module doc); ``OnlineSandboxServer`` serves it."""

    def __init__(
        self,
        *,
        tenant: str = "Cust12345",
        identity: IdentityProvider | None = None,
        state: SandboxState | None = None,
        state_ttl: float = 3600.0,
    ) -> None:
        self.identity = identity or IdentityProvider(tenant=tenant)
        self.tenant_id = tenant
        self.sandbox = Sandbox(
            credentials=Credentials(
                app_token=self.identity.app.client_secret, issued=self.identity
            ),
            state=state,
            tenant=tenant,
        )
        self.state_ttl = state_ttl
        self._lock = threading.Lock()
        self._server = 2
        self._state = "Running"
        self.state_lookups = 0
        self.misdirected = 0
        """API requests answered 421 (sent to a server the tenant is no longer on)."""
        self._directory = Starlette(
            routes=[
                *self.identity.routes(),
                Route("/api/state/{tenant}", self._state_api, methods=["GET"]),
            ]
        )

    @property
    def server(self) -> str:
        """The numbered server the tenant is on now (``sod2``)."""
        with self._lock:
            return f"sod{self._server}"

    def move_tenant(self) -> str:
        """Move the tenant to the next server; the old one answers 421 from now on."""
        with self._lock:
            self._server += 1
            return f"sod{self._server}"

    def set_state(self, state: str) -> None:
        """``Running``, ``OfflineMaintenance``, ``Suspended``, ... (see the status API doc)."""
        with self._lock:
            self._state = state

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI app: the tenant's servers, or else the environment's directory."""
        path = scope.get("path", "") if scope["type"] == "http" else ""
        match = _SERVER.match(path)
        if match is None:
            await self._directory(scope, receive, send)
            return
        with self._lock:
            current, state = f"sod{self._server}", self._state
        response: Response | None = None
        if match.group(1) != current:
            with self._lock:
                self.misdirected += 1
            response = error_response(
                421, "MisdirectedRequest", "Wrong subdomain used to access tenant"
            )
        elif state not in RUNNING_STATES:
            response = error_response(503, "TenantNotRunning", f"The tenant is {state}")
        if response is not None:
            await response(scope, receive, send)
            return
        root = scope.get("root_path", "") + "/" + current
        await self.sandbox.app({**scope, "root_path": root}, receive, send)

    async def _state_api(self, request: Request) -> Response:
        tenant = request.path_params["tenant"]
        with self._lock:
            self.state_lookups += 1
            server, state = f"sod{self._server}", self._state
        known = tenant.casefold() == self.tenant_id.casefold()
        state = state if known else "Unknown"
        root = f"{request.url.scheme}://{request.url.netloc}"
        endpoint = f"{root}/{server}/{self.tenant_id}" if known else ""
        until = datetime.now(UTC) + timedelta(seconds=self.state_ttl)
        body: dict[str, Any] = {
            "ContextIdentifier": tenant,
            "Endpoint": endpoint,
            "State": state,
            "IsRunning": state in RUNNING_STATES,
            "ValidUntil": until.strftime("%Y-%m-%dT%H:%M:%S.%f0Z"),
            "Api": f"{endpoint}/api" if endpoint else "",
        }
        return JSONResponse(body)


class OnlineSandboxServer(SandboxServer):
    """Serves an ``OnlineSandbox`` on 127.0.0.1: ``url`` is the environment's root, to give as
    ``environment=``; ``sandbox`` is the tenant's User API behind it."""

    def __init__(
        self, online: OnlineSandbox | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.online = online or OnlineSandbox()
        super().__init__(self.online.sandbox, host=host, port=port)

    @property
    def identity(self) -> IdentityProvider:
        return self.online.identity

    @property
    def url(self) -> str:
        """The environment's root, e.g. ``http://127.0.0.1:54321``."""
        return f"http://{self._host}:{self.port}"

    def asgi(self) -> ASGIApp:
        return self.online.app
