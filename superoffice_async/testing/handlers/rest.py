"""REST ``User`` operations: the archive, CRUD by id and by name, PATCH, commands, presence."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..carriers import apply_select, check_user_body
from ..errors import BadInputError, NotFoundError, PreconditionError
from ..odata import filter_rows, order_rows, row_of, select_columns
from .registry import Call, handles
from .wire import (
    action_result,
    body_object,
    http_date,
    json_body,
    json_response,
    no_content,
    not_found,
    path_int,
    query_int,
    select_of,
)

Json = dict[str, Any]


def _with_links(call: Call, user: Json) -> Json:
    links = {
        "Self": f"{call.base_url}/api/v1/User/{user['AssociateId']}",
        "Archive": f"{call.base_url}/api/v1/User",
    }
    return {**user, "_Links": links}


def _user_answer(call: Call, user: Json) -> Response:
    return json_response(apply_select(_with_links(call, user), select_of(call)))


@handles("v1User_GetAll")
async def get_all(call: Call) -> Response:
    """The AllUsers archive: ``$select`` columns, ``$filter``, ``$orderBy``, ``$top``/``$skip``."""
    params = call.request.query_params
    columns = select_columns(params.get("$select"))
    rows = [row_of(user) for user in call.store.all()]
    rows = order_rows(filter_rows(rows, params.get("$filter")), params.get("$orderBy"))
    skip = query_int(call, "$skip") or 0
    top = query_int(call, "$top")
    page = rows[skip:] if top is None else rows[skip : skip + top]
    value = [
        {"PrimaryKey": row["associateDbId"], "EntityName": "associate"}
        | {column: row.get(column) for column in columns}
        for row in page
    ]
    next_link = None
    if top is not None and skip + top < len(rows):
        next_link = f"{call.base_url}/api/v1/User?$skip={skip + top}&$top={top}"
    return json_response(
        {
            "odata.metadata": f"{call.base_url}/api/v1/archive$metadata",
            "odata.nextLink": next_link,
            "value": value,
        }
    )


def _ignored(call: Call, path: object) -> bool:
    """A path (``/Person/Title``, ``Person/Title``) the store is set to drop silently."""
    return isinstance(path, str) and path.strip("/").casefold() in {
        p.strip("/").casefold() for p in call.store.ignored
    }


def _without_ignored(call: Call, body: Json) -> Json:
    for path in call.store.ignored:
        *parents, name = path.strip("/").split("/")
        node: Any = body
        for part in parents:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(name, None)
    return body


@handles("v1User_PostUser")
async def post_user(call: Call) -> Response:
    body = _without_ignored(call, check_user_body(await json_body(call)))
    return _user_answer(call, call.store.create(body))


@handles("v1User_GetUser")
async def get_user(call: Call) -> Response:
    user_id = path_int(call, "id")
    user = call.store.get(user_id)
    return not_found(user_id) if user is None else _user_answer(call, user)


@handles("v1User_PutUser")
async def put_user(call: Call) -> Response:
    """Replaces the whole user: a property the body leaves out becomes empty."""
    user_id = path_int(call, "id")
    body = check_user_body(await json_body(call))
    user = call.store.replace(user_id, body)
    return not_found(user_id) if user is None else _user_answer(call, user)


@handles("v1User_PatchUser")
async def patch_user(call: Call) -> Response:
    """Changes only what the JSON Patch names; 409 on a failed ``test``, 412 when changed since."""
    user_id = path_int(call, "id")
    operations = await json_body(call)
    if not isinstance(operations, list) or not all(isinstance(o, dict) for o in operations):
        raise BadInputError("The body must be a JSON Patch array")
    since = call.request.headers.get("if-unmodified-since")
    modified = call.store.modified_at(user_id)
    if since is not None and modified is not None and modified > http_date(since):
        raise PreconditionError(f"User {user_id} has changed since {since}")
    operations = [o for o in operations if not _ignored(call, o.get("path"))]
    user = call.store.patch(user_id, operations)
    return not_found(user_id) if user is None else _user_answer(call, user)


@handles("v1User_DeleteUser")
async def delete_user(call: Call) -> Response:
    user_id = path_int(call, "id")
    return no_content() if call.store.delete(user_id) else not_found(user_id)


def _named(call: Call) -> Json:
    name = call.path_params["userName"]
    user = call.store.find_by_name(name)
    if user is None:
        raise NotFoundError(f"User {name!r} not found")
    return user


@handles("v1User_GetUserFromName")
async def get_by_name(call: Call) -> Response:
    return json_response(_named(call))


@handles("v1User_SaveUserFromName")
async def put_by_name(call: Call) -> Response:
    body = check_user_body(await json_body(call))
    return json_response(call.store.save_by_name(call.path_params["userName"], body))


@handles("v1User_DeleteUserFromName")
async def delete_by_name(call: Call) -> Response:
    call.store.delete(_named(call)["AssociateId"])
    return no_content()


@handles("v1User_GetUserCommandsAsync")
async def get_commands(call: Call) -> Response:
    user_id = path_int(call, "id")
    if call.store.get(user_id) is None:
        return not_found(user_id)
    return json_response(call.store.command_list())


@handles("v1User_ExecuteUserCommandAsync")
async def execute_command(call: Call) -> Response:
    user_id = path_int(call, "id")
    result_kind = action_result(call.request.query_params.get("actionResult"))
    result = call.store.execute(user_id, call.path_params["commandName"], result_kind)
    if result is None:
        return not_found(user_id)
    return json_response({**result, "TableRight": None, "FieldProperties": {}})


@handles("v1User_GetCredentialTypes")
async def credential_types(call: Call) -> Response:
    return json_response(call.store.credential_types())


@handles("v1User_CreateDefaultUserFromUserTypeAndPersonId")
async def default_user(call: Call) -> Response:
    user_type = call.request.query_params.get("userType") or "InternalAssociate"
    return json_response(call.store.default_user(user_type, query_int(call, "personId") or 0))


@handles("v1User_ValidateUser")
async def validate(call: Call) -> Response:
    return json_response(call.store.validate(check_user_body(await json_body(call))))


@handles("v1User_GetUserPresenceStatus")
async def get_presence(call: Call) -> Response:
    user_id = path_int(call, "associateId")
    if call.store.get(user_id) is None:
        return not_found(user_id)
    return json_response(call.store.presence(user_id))


@handles("v1User_SetUserPresenceStatus")
async def set_presence(call: Call) -> Response:
    user_id = path_int(call, "associateId")
    status = await body_object(call)
    if call.store.get(user_id) is None:
        return not_found(user_id)
    return json_response(call.store.set_presence(user_id, status))
