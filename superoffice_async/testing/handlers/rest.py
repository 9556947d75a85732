"""REST ``User`` operations: the archive, CRUD by id and by name, PATCH, commands, presence."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..carriers import apply_select, check_user_body
from ..errors import BadInputError, NotFoundError, PreconditionError
from ..odata import filter_rows, order_rows, row_of, select_columns
from ..state import provisioning
from .registry import Call, handles
from .wire import http_date, json_response, no_content, not_found

Json = dict[str, Any]


def _user_answer(call: Call, user_id: int, user: Json | None) -> Response:
    """The user with its ``_Links`` and ``$select`` applied; 404 when there is none."""
    if user is None:
        return not_found(user_id)
    links = {
        "Self": f"{call.base_url}/api/v1/User/{user['AssociateId']}",
        "Archive": f"{call.base_url}/api/v1/User",
    }
    return json_response(apply_select({**user, "_Links": links}, call.args.get("select")))


@handles("v1User_GetAll")
def get_all(call: Call) -> Response:
    """The AllUsers archive: ``$select`` columns, ``$filter``, ``$orderBy``, ``$top``/``$skip``."""
    args = call.args
    columns = select_columns(args["select"])
    rows = [row_of(user) for user in call.state.users.all()]
    rows = order_rows(filter_rows(rows, args["filter"]), args["order_by"])
    skip, top = args["skip"] or 0, args["top"]
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
    """A path (``/Person/Title``, ``Person/Title``) the state is set to drop silently."""
    return isinstance(path, str) and path.strip("/").casefold() in {
        p.strip("/").casefold() for p in call.state.ignored
    }


def _without_ignored(call: Call, body: Json) -> Json:
    for path in call.state.ignored:
        *parents, name = path.strip("/").split("/")
        node: Any = body
        for part in parents:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(name, None)
    return body


@handles("v1User_PostUser")
def post_user(call: Call) -> Response:
    body = _without_ignored(call, check_user_body(call.args["user"]))
    user = call.state.users.create(body)
    return _user_answer(call, user["AssociateId"], user)


@handles("v1User_GetUser")
def get_user(call: Call) -> Response:
    user_id = call.args["user_id"]
    return _user_answer(call, user_id, call.state.users.get(user_id))


@handles("v1User_PutUser")
def put_user(call: Call) -> Response:
    """Replaces the whole user: a property the body leaves out becomes empty."""
    user_id = call.args["user_id"]
    body = check_user_body(call.args["user"])
    return _user_answer(call, user_id, call.state.users.replace(user_id, body))


@handles("v1User_PatchUser")
def patch_user(call: Call) -> Response:
    """Changes only what the JSON Patch names; 409 on a failed ``test``, 412 when changed since."""
    user_id, operations = call.args["user_id"], call.args["operations"]
    if operations is None:
        raise BadInputError("The body must be a JSON Patch array")
    since = call.args["if_unmodified_since"]
    modified = call.state.records.modified_at(user_id)
    if since is not None and modified is not None and modified > http_date(since):
        raise PreconditionError(f"User {user_id} has changed since {since}")
    operations = [o for o in operations if not _ignored(call, o.get("path"))]
    return _user_answer(call, user_id, call.state.users.patch(user_id, operations))


@handles("v1User_DeleteUser")
def delete_user(call: Call) -> Response:
    user_id = call.args["user_id"]
    return no_content() if call.state.users.delete(user_id) else not_found(user_id)


def _named(call: Call) -> Json:
    name = call.args["user_name"]
    user = call.state.users.find_by_name(name)
    if user is None:
        raise NotFoundError(f"User {name!r} not found")
    return user


@handles("v1User_GetUserFromName")
def get_by_name(call: Call) -> Response:
    return json_response(_named(call))


@handles("v1User_SaveUserFromName")
def put_by_name(call: Call) -> Response:
    body = check_user_body(call.args["user"])
    return json_response(call.state.users.save_by_name(call.args["user_name"], body))


@handles("v1User_DeleteUserFromName")
def delete_by_name(call: Call) -> Response:
    call.state.users.delete(_named(call)["AssociateId"])
    return no_content()


@handles("v1User_GetUserCommandsAsync")
def get_commands(call: Call) -> Response:
    user_id = call.args["user_id"]
    if user_id not in call.state.records:
        return not_found(user_id)
    return json_response(call.state.commands.carriers())


@handles("v1User_ExecuteUserCommandAsync")
def execute_command(call: Call) -> Response:
    args = call.args
    result = provisioning.execute_command(
        call.state, args["user_id"], args["command_name"], args["action_result"] or "Implicit"
    )
    if result is None:
        return not_found(args["user_id"])
    return json_response({**result, "TableRight": None, "FieldProperties": {}})


@handles("v1User_GetCredentialTypes")
def credential_types(call: Call) -> Response:
    return json_response(call.state.lookups.credential_types())


@handles("v1User_CreateDefaultUserFromUserTypeAndPersonId")
def default_user(call: Call) -> Response:
    """Person id 0 (or none) only for System and Anonymous users; an unknown person is a 400."""
    user_type = call.args["user_type"] or "InternalAssociate"
    person_id = call.args["person_id"] or 0
    return json_response(provisioning.default_user(call.state, user_type, person_id, checked=True))


@handles("v1User_ValidateUser")
def validate(call: Call) -> Response:
    return json_response(provisioning.validate(call.state, check_user_body(call.args["user"])))


@handles("v1User_GetUserPresenceStatus")
def get_presence(call: Call) -> Response:
    user_id = call.args["associate_id"]
    status = call.state.records.presence(user_id)
    return not_found(user_id) if status is None else json_response(status)


@handles("v1User_SetUserPresenceStatus")
def set_presence(call: Call) -> Response:
    user_id = call.args["associate_id"]
    status = call.state.records.set_presence(user_id, call.args["user_presence_status"] or {})
    return not_found(user_id) if status is None else json_response(status)
