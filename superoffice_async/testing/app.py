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
import email.utils
import json
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import Receive, Scope, Send

from .authn import Credentials, authenticate
from .faults import Faults
from .odata import filter_rows, order_rows, row_of, select_columns
from .store import BadInputError, ConflictError, UserStore, apply_select, check_user_body

__all__ = ["Credentials", "Sandbox"]

Json = dict[str, Any]
Endpoint = Callable[[Request], Awaitable[Response]]
Router = Callable[[Request], str]

COMMAND_ACTION_RESULTS = ("Implicit", "Yes", "Ok", "No", "Cancel")


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

        def route(path: str, method: str, operation: str | Router, endpoint: Endpoint) -> Route:
            return Route(path, self._op(operation, endpoint), methods=[method])

        def agent(name: str, endpoint: Endpoint) -> Route:
            return route(f"/api/v1/Agents/User/{name}", "POST", f"v1UserAgent_{name}", endpoint)

        by_key: dict[str, tuple[str, Endpoint, str, Endpoint]] = {
            "GET": ("v1User_GetUser", self.get_user, "v1User_GetUserFromName", self.get_by_name),
            "PUT": ("v1User_PutUser", self.put_user, "v1User_SaveUserFromName", self.put_by_name),
            "DELETE": (
                "v1User_DeleteUser", self.delete_user,
                "v1User_DeleteUserFromName", self.delete_by_name,
            ),
            "PATCH": ("v1User_PatchUser", self.patch_user, "v1User_PatchUser", self.patch_user),
        }  # fmt: skip
        user_key = [
            route("/api/v1/User/{id}", method, _by_key(ids[0], ids[2]), _dispatch(ids[1], ids[3]))
            for method, ids in by_key.items()
        ]
        routes: list[BaseRoute] = [
            route("/api/v1/User", "GET", "v1User_GetAll", self.get_all),
            route("/api/v1/User", "POST", "v1User_PostUser", self.post_user),
            route(
                "/api/v1/User/CredentialTypes", "GET", "v1User_GetCredentialTypes",
                self.credential_types,
            ),
            route(
                "/api/v1/User/Default", "GET",
                "v1User_CreateDefaultUserFromUserTypeAndPersonId", self.default_user,
            ),
            route("/api/v1/User/Validate", "POST", "v1User_ValidateUser", self.validate),
            *user_key,
            route(
                "/api/v1/User/{id}/CustomCommand", "GET", "v1User_GetUserCommandsAsync",
                self.rest_get_commands,
            ),
            route(
                "/api/v1/User/{id}/CustomCommand/{commandName}", "POST",
                "v1User_ExecuteUserCommandAsync", self.rest_execute_command,
            ),
            agent("GetUser", self.agent_get_user),
            agent("SaveUser", self.agent_save_user),
            agent("DeleteUser", self.agent_delete_user),
            agent("CreateDefaultUser", self.agent_create_default),
            agent("CreateDefaultUserFromUserType", self.agent_default_from_type),
            agent("GetUserFromName", self.agent_get_from_name),
            agent("DeleteUserFromName", self.agent_delete_from_name),
            agent("GetUserFromPersonId", self.agent_get_from_person),
            agent("GetUserCommands", self.agent_get_commands),
            agent("ValidateUser", self.agent_validate),
            agent("GetCredentialTypes", self.credential_types),
            agent("SaveUserFromName", self.save_user_from_name),
            agent("ExecuteUserCommand", self.agent_execute_command),
        ]  # fmt: skip
        if tenant:
            routes = [Mount(f"/{tenant}", routes=routes)]
        self.app = Starlette(routes=routes)

    # -- the pipeline around every operation ------------------------------------------------

    def _op(self, operation: str | Router, endpoint: Endpoint) -> Endpoint:
        async def handle(request: Request) -> Response:
            operation_id = operation if isinstance(operation, str) else operation(request)
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
        if authenticate(self.credentials, request.headers):
            return None
        return error_response(401, "SoUnauthorizedException", "No valid credentials")

    # -- REST operations ------------------------------------------------------------------

    async def get_all(self, request: Request) -> Response:
        params = request.query_params
        columns = select_columns(params.get("$select"))
        rows = [row_of(user) for user in self.store.all()]
        rows = order_rows(filter_rows(rows, params.get("$filter")), params.get("$orderBy"))
        skip = _query_int(request, "$skip") or 0
        top = _query_int(request, "$top")
        page = rows[skip:] if top is None else rows[skip : skip + top]
        value = [
            {"PrimaryKey": row["associateDbId"], "EntityName": "associate"}
            | {column: row[column] for column in columns}
            for row in page
        ]
        next_link = None
        if top is not None and skip + top < len(rows):
            next_link = f"{_base(request)}/api/v1/User?$skip={skip + top}&$top={top}"
        return _json(
            {
                "odata.metadata": f"{_base(request)}/api/v1/archive$metadata",
                "odata.nextLink": next_link,
                "value": value,
            }
        )

    async def post_user(self, request: Request) -> Response:
        body = check_user_body(await _json_body(request))
        user = self.store.create({k: v for k, v in body.items() if k != "AssociateId"})
        return _json(apply_select(self._with_links(request, user), _select(request)))

    async def get_user(self, request: Request) -> Response:
        user_id = _int_id(request)
        user = self.store.get(user_id)
        if user is None:
            return _not_found(user_id)
        return _json(apply_select(self._with_links(request, user), _select(request)))

    async def put_user(self, request: Request) -> Response:
        user_id = _int_id(request)
        body = check_user_body(await _json_body(request))
        user = self.store.update(user_id, body)
        if user is None:
            return _not_found(user_id)
        return _json(apply_select(self._with_links(request, user), _select(request)))

    async def patch_user(self, request: Request) -> Response:
        user_id = _int_id(request)
        operations = await _json_body(request)
        if not isinstance(operations, list) or not all(isinstance(o, dict) for o in operations):
            raise BadInputError("The body must be a JSON Patch array")
        since = request.headers.get("if-unmodified-since")
        modified = self.store.modified_at(user_id)
        if since is not None and modified is not None and modified > _http_date(since):
            return error_response(
                412, "SoPreconditionFailedException", f"User {user_id} has changed since {since}"
            )
        try:
            user = self.store.patch(user_id, operations)
        except ConflictError as exc:
            return error_response(409, "SoConflictException", str(exc))
        if user is None:
            return _not_found(user_id)
        return _json(apply_select(self._with_links(request, user), _select(request)))

    async def delete_user(self, request: Request) -> Response:
        user_id = _int_id(request)
        if not self.store.delete(user_id):
            return _not_found(user_id)
        return Response(status_code=204)

    async def get_by_name(self, request: Request) -> Response:
        name = request.path_params["id"]
        user = self.store.find_by_name(name)
        if user is None:
            return error_response(404, "SoNotFoundException", f"User {name!r} not found")
        return _json(user)

    async def put_by_name(self, request: Request) -> Response:
        body = check_user_body(await _json_body(request))
        return _json(self.store.save_by_name(request.path_params["id"], body))

    async def delete_by_name(self, request: Request) -> Response:
        name = request.path_params["id"]
        user = self.store.find_by_name(name)
        if user is None:
            return error_response(404, "SoNotFoundException", f"User {name!r} not found")
        self.store.delete(user["AssociateId"])
        return Response(status_code=204)

    async def rest_get_commands(self, request: Request) -> Response:
        try:
            user_id = int(request.path_params["id"])
        except ValueError:
            user_id = 0
        if self.store.get(user_id) is None:
            return _not_found(user_id)
        return _json(self.store.command_list())

    async def rest_execute_command(self, request: Request) -> Response:
        user_id = _int_id(request)
        action_result = _action_result(request.query_params.get("actionResult"))
        result = self.store.execute(user_id, request.path_params["commandName"], action_result)
        if result is None:
            return _not_found(user_id)
        return _json(_carrier(result))

    async def credential_types(self, request: Request) -> Response:
        return _json(self.store.credential_types())

    async def default_user(self, request: Request) -> Response:
        user_type = request.query_params.get("userType") or "InternalAssociate"
        return _json(self.store.default_user(user_type, _query_int(request, "personId") or 0))

    async def validate(self, request: Request) -> Response:
        return _json(self.store.validate(check_user_body(await _json_body(request))))

    def _with_links(self, request: Request, user: Json) -> Json:
        base = _base(request)
        links = {
            "Self": f"{base}/api/v1/User/{user['AssociateId']}",
            "Archive": f"{base}/api/v1/User",
        }
        return {**user, "_Links": links}

    # -- Agents operations ----------------------------------------------------------------

    async def agent_get_user(self, request: Request) -> Response:
        user = self.store.get(_required_query_int(request, "userId"))
        return _json(None if user is None else apply_select(user, _select(request)))

    async def agent_save_user(self, request: Request) -> Response:
        body = check_user_body(await _json_body(request))
        user_id = body.get("AssociateId")
        if isinstance(user_id, int) and user_id > 0:
            saved = self.store.update(user_id, body)
            if saved is not None:
                return _json(saved)
        return _json(self.store.create({k: v for k, v in body.items() if k != "AssociateId"}))

    async def agent_delete_user(self, request: Request) -> Response:
        self.store.delete(_required_query_int(request, "userId"))
        return Response(status_code=204)

    async def agent_create_default(self, request: Request) -> Response:
        return _json(self.store.default_user())

    async def agent_default_from_type(self, request: Request) -> Response:
        user_type = _body_text(await _json_body(request), "UserType")
        # A null UserType reaches the server as the enum's default value.
        return _json(self.store.default_user(user_type or "Unknown"))

    async def agent_get_from_name(self, request: Request) -> Response:
        name = _body_text(await _json_body(request), "UserName")
        user = None if name is None else self.store.find_by_name(name)
        return _json(None if user is None else apply_select(user, _select(request)))

    async def agent_delete_from_name(self, request: Request) -> Response:
        name = _body_text(await _json_body(request), "UserName")
        user = None if name is None else self.store.find_by_name(name)
        if user is not None:
            self.store.delete(user["AssociateId"])
        return Response(status_code=204)

    async def agent_get_from_person(self, request: Request) -> Response:
        body = await _json_body(request)
        person_id = body.get("PersonId") if isinstance(body, dict) else None
        if isinstance(person_id, float) and person_id.is_integer():
            person_id = int(person_id)  # JSON has one number type: 845.0 is 845
        if isinstance(person_id, bool) or not isinstance(person_id, int):
            return _json([])  # a null PersonId reaches the server as 0: nobody
        user = self.store.find_by_person(person_id)
        return _json([] if user is None else [apply_select(user, _select(request))])

    async def agent_get_commands(self, request: Request) -> Response:
        await _json_body(request)
        return _json(self.store.command_list())

    async def agent_validate(self, request: Request) -> Response:
        body = await _json_body(request)
        user = body.get("User") if isinstance(body, dict) else None
        return _json(self.store.validate(None if user is None else check_user_body(user)))

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


def _base(request: Request) -> str:
    root = request.scope.get("root_path", "")
    return f"{request.url.scheme}://{request.url.netloc}{root}"


def _by_key(by_id: str, by_name: str) -> Router:
    """``User/{id}`` and ``User/{userName}`` share a path: digits mean an id."""
    return lambda request: by_id if _INT.fullmatch(request.path_params["id"]) else by_name


def _dispatch(by_id: Endpoint, by_name: Endpoint) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        return await (by_id if _INT.fullmatch(request.path_params["id"]) else by_name)(request)

    return endpoint


_INT = re.compile(r"-?[0-9]+")


def _query_int(request: Request, name: str) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise BadInputError(f"{name} must be an integer") from None


def _required_query_int(request: Request, name: str) -> int:
    value = _query_int(request, name)
    if value is None:
        raise BadInputError(f"{name} is required")
    return value


def _body_text(body: object, name: str) -> str | None:
    value = body.get(name) if isinstance(body, dict) else None
    return value if isinstance(value, str) and value else None


def _http_date(value: str) -> datetime:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise BadInputError("If-Unmodified-Since must be an HTTP date") from None


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
