"""The sandbox as an ASGI app: the User API with SuperOffice's semantics.

- REST errors carry ``{Error, ErrorType, ErrorMessage, ErrorSource}``; an unknown id is 404 and
  a missing or malformed body is 400.
- ``$select`` nulls every property it does not name; Agents answer "not found" with ``200 null``.
- Every request is authenticated (Basic, SOTicket, Bearer or X-XSRF-TOKEN; 401 otherwise), and
  SO-AppToken is required with SOTicket and Bearer when the sandbox has one.
- Faults (latency, failing statuses, dropped connections) are injected per operation.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import Receive, Scope, Send

from .faults import Faults
from .store import BadInputError, UserStore, apply_select, check_user_body

__all__ = ["Credentials", "Sandbox"]

Json = dict[str, Any]
Endpoint = Callable[[Request], Awaitable[Response]]

COMMAND_ACTION_RESULTS = ("Implicit", "Yes", "Ok", "No", "Cancel")


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the sandbox accepts. ``app_token``: required with SOTicket and Bearer when set."""

    username: str = "tje0"
    password: str = "Tje0"
    ticket: str = "7T:sandbox-ticket"
    access_token: str = "8A:sandbox-access-token"
    xsrf_token: str = "sandbox-xsrf-token"
    app_token: str | None = None


def error_response(status: int, error_type: str, message: str) -> JSONResponse:
    """SuperOffice's REST error body."""
    body = {
        "Error": True,
        "ErrorType": error_type,
        "ErrorMessage": message,
        "ErrorSource": "SuperOffice.Sandbox",
    }
    return JSONResponse(body, status_code=status)


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
    """The state of one sandbox (users, credentials, faults) and its ASGI app."""

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        store: UserStore | None = None,
        tenant: str | None = None,
    ) -> None:
        self.credentials = credentials or Credentials()
        self.store = store or UserStore()
        self.faults = Faults()
        self.calls: Counter[str] = Counter()
        """How many requests reached each operation (faults included)."""
        self.tenant = tenant
        routes: list[BaseRoute] = [
            Route("/api/v1/User/{id}", self._op("v1User_PutUser", self.put_user), methods=["PUT"]),
            Route(
                "/api/v1/User/{id}/CustomCommand/{commandName}",
                self._op("v1User_ExecuteUserCommandAsync", self.rest_execute_command),
                methods=["POST"],
            ),
            Route(
                "/api/v1/Agents/User/SaveUserFromName",
                self._op("v1UserAgent_SaveUserFromName", self.save_user_from_name),
                methods=["POST"],
            ),
            Route(
                "/api/v1/Agents/User/ExecuteUserCommand",
                self._op("v1UserAgent_ExecuteUserCommand", self.agent_execute_command),
                methods=["POST"],
            ),
        ]
        if tenant:
            routes = [Mount(f"/{tenant}", routes=routes)]
        self.app = Starlette(routes=routes)

    # -- the pipeline around every operation ------------------------------------------------

    def _op(self, operation_id: str, endpoint: Endpoint) -> Endpoint:
        async def handle(request: Request) -> Response:
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
                    failure.status, "SoSandboxFault", f"injected {failure.status}"
                )
                if failure.retry_after is not None:
                    response.headers["Retry-After"] = failure.retry_after
                return response
            try:
                return await endpoint(request)
            except BadInputError as exc:
                return error_response(400, "SoBadRequestException", str(exc))

        return handle

    def _authenticate(self, request: Request) -> Response | None:
        creds = self.credentials
        header = request.headers.get("authorization")
        if header is None:
            xsrf = request.headers.get("x-xsrf-token")
            if xsrf is not None and _same(xsrf, creds.xsrf_token):
                return None
            return error_response(401, "SoUnauthorizedException", "No valid credentials")
        scheme, _, value = header.partition(" ")
        scheme = scheme.casefold()
        if scheme == "basic":
            try:
                user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                user, password = "", ""
            valid = _same(user, creds.username) and _same(password, creds.password)
        elif scheme == "soticket":
            valid = _same(value, creds.ticket) and self._app_token_ok(request)
        elif scheme == "bearer":
            valid = _same(value, creds.access_token) and self._app_token_ok(request)
        else:
            valid = False
        if valid:
            return None
        return error_response(401, "SoUnauthorizedException", "Invalid credentials")

    def _app_token_ok(self, request: Request) -> bool:
        wanted = self.credentials.app_token
        return wanted is None or _same(request.headers.get("so-apptoken", ""), wanted)

    # -- operations -----------------------------------------------------------------------

    async def put_user(self, request: Request) -> Response:
        user_id = _int_id(request)
        body = check_user_body(await _json_body(request))
        user = self.store.update(user_id, body)
        if user is None:
            return _not_found(user_id)
        links = {
            "Self": f"{_base(request)}/api/v1/User/{user_id}",
            "Archive": f"{_base(request)}/api/v1/User",
        }
        return _json(apply_select({**user, "_Links": links}, _select(request)))

    async def rest_execute_command(self, request: Request) -> Response:
        user_id = _int_id(request)
        action_result = _action_result(request.query_params.get("actionResult"))
        result = self.store.execute(user_id, request.path_params["commandName"], action_result)
        if result is None:
            return _not_found(user_id)
        return _json(_carrier(result))

    async def save_user_from_name(self, request: Request) -> Response:
        body = await _json_body(request)
        if not isinstance(body, dict):
            raise BadInputError("Request is not in request body")
        user_name = body.get("UserName")
        if not isinstance(user_name, str) or not user_name:
            return _json(None)  # the Agents way of saying "not found"
        user = body.get("User")
        saved = self.store.save_by_name(user_name, None if user is None else check_user_body(user))
        return _json(None if saved is None else apply_select(saved, _select(request)))

    async def agent_execute_command(self, request: Request) -> Response:
        body = await _json_body(request)
        if not isinstance(body, dict):
            raise BadInputError("Request is not in request body")
        user = body.get("User")
        command = body.get("CommandName")
        action_result = _action_result(body.get("ActionResult"))
        if not isinstance(user, dict) or not isinstance(command, str):
            return _json(None)
        user_id = user.get("AssociateId")
        if not isinstance(user_id, int) or isinstance(user_id, bool):
            found = self.store.find_by_name(str(user.get("UserName") or ""))
            user_id = None if found is None else found["AssociateId"]
        result = None if user_id is None else self.store.execute(user_id, command, action_result)
        return _json(None if result is None else _carrier(result))


def _same(given: str, wanted: str) -> bool:
    return hmac.compare_digest(given.encode(), wanted.encode())


def _base(request: Request) -> str:
    root = request.scope.get("root_path", "")
    return f"{request.url.scheme}://{request.url.netloc}{root}"


def _int_id(request: Request) -> int:
    raw = request.path_params["id"]
    try:
        user_id = int(raw)
    except ValueError:
        raise BadInputError(f"id must be an integer, got {raw!r}") from None
    if not -(2**31) <= user_id < 2**31:
        raise BadInputError("id is out of the int32 range")
    return user_id


def _action_result(value: object) -> str:
    if value is None:
        return "Implicit"
    if value not in COMMAND_ACTION_RESULTS:
        raise BadInputError(f"actionResult must be one of {', '.join(COMMAND_ACTION_RESULTS)}")
    return str(value)


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        raise BadInputError("Entity to save is not in request body")
    try:
        return json.loads(raw)
    except ValueError:
        raise BadInputError("The request body is not valid JSON") from None


def _select(request: Request) -> str | None:
    return request.query_params.get("$select")


def _carrier(result: Json) -> Json:
    return {**result, "TableRight": None, "FieldProperties": {}}


def _not_found(user_id: int) -> JSONResponse:
    return error_response(404, "SoNotFoundException", f"User id {user_id} not found")


def _json(value: Any) -> Response:
    return Response(
        json.dumps(value, separators=(",", ":")),
        media_type="application/json; charset=utf-8",
    )
