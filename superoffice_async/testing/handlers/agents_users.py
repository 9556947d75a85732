"""Agents ``User`` operations that read, save and delete users (``200 null`` means not found)."""

from __future__ import annotations

from starlette.responses import Response

from ..carriers import apply_select, check_user_body
from ..errors import BadInputError
from .registry import Call, handles
from .wire import (
    action_result,
    body_int,
    body_object,
    body_text,
    json_body,
    json_response,
    no_content,
    required_query_int,
    select_of,
)


@handles("v1UserAgent_GetUser")
async def get_user(call: Call) -> Response:
    user = call.store.get(required_query_int(call, "userId"))
    return json_response(None if user is None else apply_select(user, select_of(call)))


@handles("v1UserAgent_SaveUser")
async def save_user(call: Call) -> Response:
    """Replaces the user of the body's AssociateId, or creates one when it is 0 or unknown."""
    body = check_user_body(await json_body(call))
    user_id = body.get("AssociateId")
    if isinstance(user_id, int) and user_id > 0:
        saved = call.store.replace(user_id, body)
        if saved is not None:
            return json_response(saved)
    return json_response(call.store.create(body))


@handles("v1UserAgent_DeleteUser")
async def delete_user(call: Call) -> Response:
    call.store.delete(required_query_int(call, "userId"))
    return no_content()


@handles("v1UserAgent_CreateDefaultUser")
async def create_default(call: Call) -> Response:
    return json_response(call.store.default_user())


@handles("v1UserAgent_CreateDefaultUserFromUserType")
async def default_from_type(call: Call) -> Response:
    user_type = body_text(await body_object(call), "UserType")
    # A null UserType reaches the server as the enum's default value.
    return json_response(
        apply_select(call.store.default_user(user_type or "Unknown"), select_of(call))
    )


@handles("v1UserAgent_CreateDefaultUserFromUserTypeAndPersonId")
async def default_from_type_and_person(call: Call) -> Response:
    body = await body_object(call)
    user = call.store.default_user(
        body_text(body, "UserType") or "Unknown", body_int(body, "PersonId")
    )
    return json_response(apply_select(user, select_of(call)))


@handles("v1UserAgent_GetUserFromName")
async def get_from_name(call: Call) -> Response:
    name = body_text(await json_body(call), "UserName")
    user = None if name is None else call.store.find_by_name(name)
    return json_response(None if user is None else apply_select(user, select_of(call)))


@handles("v1UserAgent_DeleteUserFromName")
async def delete_from_name(call: Call) -> Response:
    name = body_text(await json_body(call), "UserName")
    user = None if name is None else call.store.find_by_name(name)
    if user is not None:
        call.store.delete(user["AssociateId"])
    return no_content()


@handles("v1UserAgent_GetUserFromPersonId")
async def get_from_person(call: Call) -> Response:
    """Every user of the person (an array; empty when the person has none)."""
    users = call.store.find_by_person(body_int(await body_object(call), "PersonId"))
    return json_response([apply_select(user, select_of(call)) for user in users])


@handles("v1UserAgent_GetUserCommands")
async def get_commands(call: Call) -> Response:
    await json_body(call)
    return json_response(call.store.command_list())


@handles("v1UserAgent_ValidateUser")
async def validate(call: Call) -> Response:
    user = (await body_object(call)).get("User")
    return json_response(call.store.validate(None if user is None else check_user_body(user)))


@handles("v1UserAgent_GetCredentialTypes")
async def credential_types(call: Call) -> Response:
    return json_response(call.store.credential_types())


@handles("v1UserAgent_SaveUserFromName")
async def save_from_name(call: Call) -> Response:
    """Replaces the user of this name, or creates it; ``null`` without a name."""
    body = await body_object(call)
    user_name = body.get("UserName")
    if not isinstance(user_name, str) or not user_name:
        return json_response(None)  # the Agents way of saying "not found"
    user = body.get("User")
    saved = call.store.save_by_name(user_name, None if user is None else check_user_body(user))
    return json_response(None if saved is None else apply_select(saved, select_of(call)))


@handles("v1UserAgent_ExecuteUserCommand")
async def execute_command(call: Call) -> Response:
    body = await body_object(call)
    user = body.get("User")
    command = body.get("CommandName")
    result_kind = action_result(body.get("ActionResult"))
    if not isinstance(user, dict) or not isinstance(command, str):
        return json_response(None)
    user_id = user.get("AssociateId")
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        found = call.store.find_by_name(str(user.get("UserName") or ""))
        user_id = None if found is None else found["AssociateId"]
    result = None if user_id is None else call.store.execute(user_id, command, result_kind)
    if result is None:
        return json_response(None)
    return json_response({**result, "TableRight": None, "FieldProperties": {}})


@handles("v1UserAgent_ChangeUserType")
async def change_user_type(call: Call) -> Response:
    """The user with the new type: saved when it exists, else an unsaved copy."""
    body = await body_object(call)
    user, user_type = body.get("User"), body_text(body, "UserType")
    if not isinstance(user, dict):
        raise BadInputError("ChangeUserType needs a User")
    changed = call.store.change_user_type(user, user_type or "Unknown")
    return json_response(apply_select(changed, select_of(call)))
