"""Agents ``User`` operations that read, save and delete users (``200 null`` means not found)."""

from __future__ import annotations

from starlette.responses import Response

from ..carriers import check_user_body, id_of
from ..state import provisioning
from .registry import Call, handles
from .wire import json_response, no_content, selected


@handles("v1UserAgent_GetUser")
def get_user(call: Call) -> Response:
    return selected(call.state.users.get(call.args["user_id"]), call.args["select"])


@handles("v1UserAgent_SaveUser")
def save_user(call: Call) -> Response:
    """Replaces the user of the body's AssociateId, or creates one when it is 0 or unknown."""
    body = check_user_body(call.args["user"])
    users, user_id = call.state.users, body.get("AssociateId")
    saved = users.replace(user_id, body) if isinstance(user_id, int) and user_id > 0 else None
    return json_response(saved if saved is not None else users.create(body))


@handles("v1UserAgent_DeleteUser")
def delete_user(call: Call) -> Response:
    call.state.users.delete(call.args["user_id"])
    return no_content()


@handles("v1UserAgent_GetUserFromName")
def get_from_name(call: Call) -> Response:
    name = call.args["user_name"]
    user = call.state.users.find_by_name(name) if name else None
    return selected(user, call.args["select"])


@handles("v1UserAgent_DeleteUserFromName")
def delete_from_name(call: Call) -> Response:
    found = call.state.records.id_by_name(call.args["user_name"] or "")
    if found is not None:
        call.state.users.delete(found)
    return no_content()


@handles("v1UserAgent_GetUserFromPersonId")
def get_from_person(call: Call) -> Response:
    """Every user of the person (an array; empty when the person has none)."""
    return selected(call.state.users.of_person(call.args["person_id"]), call.args["select"])


@handles("v1UserAgent_SaveUserFromName")
def save_from_name(call: Call) -> Response:
    """Replaces the user of this name, or creates it; ``null`` without a name."""
    user_name, user = call.args["user_name"], call.args["user"]
    if not user_name:
        return json_response(None)  # the Agents way of saying "not found"
    body = None if user is None else check_user_body(user)
    return selected(call.state.users.save_by_name(user_name, body), call.args["select"])


@handles("v1UserAgent_GetUserCommands")
def get_commands(call: Call) -> Response:
    return selected(call.state.commands.carriers(), call.args["select"])


@handles("v1UserAgent_ExecuteUserCommand")
def execute_command(call: Call) -> Response:
    """The command's result on the user of the carrier's AssociateId (or UserName); null when
    there is no such user."""
    user, command = call.args["user"], call.args["command_name"]
    if user is None or command is None:
        return json_response(None)
    user_id = id_of(user, "AssociateId")
    if user_id is None:
        user_id = call.state.records.id_by_name(str(user.get("UserName") or ""))
    result_kind = call.args["action_result"] or "Implicit"
    result = (
        None if user_id is None
        else provisioning.execute_command(call.state, user_id, command, result_kind)
    )  # fmt: skip
    if result is None:
        return json_response(None)
    return json_response({**result, "TableRight": None, "FieldProperties": {}})
