"""The sandbox as an ASGI app: the User API with SuperOffice's semantics.

- Routed from the generated operation facts (``routing.Router``); each operation's handler is
  registered by operation id (``handlers``) and gets the arguments decoded from the operation's
  parameters (``arguments``). An operation of the spec without a handler answers 501 naming it;
  a path no operation has is 404, a method it lacks 405.
- REST errors carry ``{Error, ErrorType, ErrorMessage, ErrorSource}``; an unknown id is 404 and
  a missing or malformed body is 400.
- ``$select`` nulls every property it does not name; Agents answer "not found" with ``200 null``.
- Every request is authenticated (Basic, SOTicket, Bearer or X-XSRF-TOKEN; 401 otherwise), and
  SO-AppToken is required with SOTicket and Bearer when the sandbox has one.
- Faults (latency, failing statuses, dropped connections, held answers) are injected per
  operation.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .arguments import decode
from .authn import Credentials, authenticate
from .errors import (
    BadInputError,
    ConflictError,
    NotFoundError,
    PreconditionError,
    error_response,
    not_simulated,
)
from .faults import Faults
from .handlers import HANDLERS, Call
from .routing import Router
from .state import SandboxState

__all__ = ["Credentials", "Sandbox"]


class _DroppedConnection(Response):
    """Starts an answer and never finishes it: the client sees the connection drop."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"Assoc', "more_body": True})


class Sandbox:
    """One sandbox (its state, credentials and faults) and its ASGI app."""

    SIMULATED_OPERATIONS: frozenset[str] = frozenset(HANDLERS)
    """The operation ids with a handler; every other operation of the spec answers 501."""

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        state: SandboxState | None = None,
        tenant: str | None = None,
    ) -> None:
        self.credentials = credentials or Credentials()
        self.state = state or SandboxState()
        self.faults = Faults()
        self.calls: Counter[str] = Counter()
        """How many requests reached each operation (faults included)."""
        self.tenant = tenant
        self.router = Router()
        self.app: ASGIApp = self._asgi

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI app: every HTTP request goes through ``_handle`` (no other routing)."""
        if scope["type"] != "http":
            return
        response = await self._handle(Request(scope, receive))
        await response(scope, receive, send)

    def _path_below_tenant(self, request: Request) -> list[str] | None:
        """The path's segments (percent-decoded one by one) below the tenant; None: elsewhere."""
        raw = (request.scope.get("raw_path") or request.url.path.encode()).decode("latin-1")
        raw = raw.split("?", 1)[0]
        root = request.scope.get("root_path", "")
        if root and raw.startswith(root + "/"):  # mounted below a prefix (Online's /sod2)
            raw = raw[len(root) :]
        parts = [unquote(p) for p in raw.split("/")[1:]]
        if self.tenant:
            if not parts or parts[0].casefold() != self.tenant.casefold():
                return None
            parts = parts[1:]
        return parts

    async def _handle(self, request: Request) -> Response:
        parts = self._path_below_tenant(request)
        path = "/".join(parts or [])
        found = None if parts is None else self.router.match(request.method, path)
        if found is None:
            allowed = [] if parts is None else self.router.allows(path)
            if allowed:
                response = error_response(405, "SoMethodNotAllowed", "Method not allowed")
                response.headers["Allow"] = ", ".join(allowed)
                return response
            return error_response(404, "SoNotFoundException", f"No operation at {request.url.path}")
        operation_id = found.operation.operation_id
        self.calls[operation_id] += 1
        latency, failure = self.faults.take(operation_id)
        if latency:
            await asyncio.sleep(latency)
        unauthorized = self._authenticate(request)
        if unauthorized is not None:
            return unauthorized
        if failure is not None:
            if failure.drop:
                return _DroppedConnection()
            response = error_response(
                failure.status, failure.error_type, f"injected {failure.status}"
            )
            if failure.retry_after is not None:
                response.headers["Retry-After"] = failure.retry_after
            return response
        handler = HANDLERS.get(operation_id)
        if handler is None:
            return not_simulated(operation_id)
        try:
            args = await decode(found.operation, request, found.path_params)
            with self.state.lock:
                answer = handler(Call(args, self.state, self._base_url(request)))
        except BadInputError as exc:
            return error_response(400, "SoBadRequestException", str(exc))
        except NotFoundError as exc:
            return error_response(404, "SoNotFoundException", str(exc))
        except ConflictError as exc:
            return error_response(409, "SoConflictException", str(exc))
        except PreconditionError as exc:
            return error_response(412, "SoPreconditionFailedException", str(exc))
        await self.faults.held(operation_id)
        return answer

    def _authenticate(self, request: Request) -> Response | None:
        if authenticate(self.credentials, request.headers):
            return None
        return error_response(401, "SoUnauthorizedException", "No valid credentials")

    def _base_url(self, request: Request) -> str:
        tenant = f"/{self.tenant}" if self.tenant else ""
        root = request.scope.get("root_path", "")
        return f"{request.url.scheme}://{request.url.netloc}{root}{tenant}"
