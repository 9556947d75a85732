"""Agents ``User`` operations a provisioning job calls besides saving: roles, user groups,
licenses, retiring, credentials, user names, presence. Secret values are never answered."""

from __future__ import annotations

from starlette.responses import Response

from ..carriers import apply_select
from ..errors import BadInputError
from .registry import Call, handles
from .wire import (
    body_bool,
    body_int,
    body_object,
    body_text,
    json_body,
    json_response,
    no_content,
    required_query_int,
    select_of,
)


@handles("v1UserAgent_GetAllRoles")
async def get_all_roles(call: Call) -> Response:
    """Every role of the RoleType (all roles when it is null), as MDO list items."""
    roles = call.store.all_roles(body_text(await body_object(call), "RoleType"))
    return json_response([apply_select(role, select_of(call)) for role in roles])


@handles("v1UserAgent_GetRole")
async def get_role(call: Call) -> Response:
    role = call.store.role(required_query_int(call, "roleId"))
    return json_response(None if role is None else apply_select(role, select_of(call)))


@handles("v1UserAgent_GetAllUserGroups")
async def get_all_user_groups(call: Call) -> Response:
    groups = call.store.all_groups(body_bool(await body_object(call), "IncludeDeleted"))
    return json_response([apply_select(group, select_of(call)) for group in groups])


@handles("v1UserAgent_GetUserGroup")
async def get_user_group(call: Call) -> Response:
    group = call.store.group(required_query_int(call, "userGroupId"))
    return json_response(None if group is None else apply_select(group, select_of(call)))


@handles("v1UserAgent_GetUserGroupList")
async def get_user_group_list(call: Call) -> Response:
    """The groups of the ids that exist, in the order asked (a null body asks for none)."""
    ids = await json_body(call)
    if ids is not None and not isinstance(ids, list):
        raise BadInputError("The body must be an array of user group ids")
    wanted = [i for i in ids or [] if isinstance(i, int) and not isinstance(i, bool)]
    groups = [g for g in map(call.store.group, wanted) if g is not None]
    return json_response([apply_select(group, select_of(call)) for group in groups])


@handles("v1UserAgent_MakeRetired")
async def make_retired(call: Call) -> Response:
    """Retired: licenses removed, person retired, user deleted; not retired: the reverse."""
    body = await body_object(call)
    call.store.make_retired(body_int(body, "AssociateId"), body_bool(body, "Retired"))
    return no_content()


@handles("v1UserAgent_RemoveLicenses")
async def remove_licenses(call: Call) -> Response:
    call.store.remove_licenses(body_int(await body_object(call), "AssociateId"))
    return no_content()


@handles("v1UserAgent_SetPassword")
async def set_password(call: Call) -> Response:
    body = await body_object(call)
    password = body_text(body, "Password") or ""
    return json_response(call.store.set_password(body_int(body, "AssociateId"), password))


@handles("v1UserAgent_SetPasswordFromName")
async def set_password_from_name(call: Call) -> Response:
    body = await body_object(call)
    user = call.store.find_by_name(body_text(body, "AssociateName") or "")
    if user is None:
        return json_response(False)
    password = body_text(body, "Password") or ""
    return json_response(call.store.set_password(user["AssociateId"], password))


@handles("v1UserAgent_SaveCredential")
async def save_credential(call: Call) -> Response:
    """Adds or replaces the user's credential of the same type."""
    body = await body_object(call)
    return json_response(
        call.store.save_credential(body_int(body, "UserId"), body.get("Credential"))
    )


@handles("v1UserAgent_DeleteCredential")
async def delete_credential(call: Call) -> Response:
    body = await body_object(call)
    kind = body_text(body, "CredentialType") or ""
    return json_response(call.store.delete_credential(body_int(body, "UserId"), kind))


@handles("v1UserAgent_IsUserNameValid")
async def is_user_name_valid(call: Call) -> Response:
    body = await body_object(call)
    name = body_text(body, "UserName") or ""
    return json_response(call.store.is_user_name_valid(body_int(body, "AssociateId"), name))


@handles("v1UserAgent_GetValidUserName")
async def get_valid_user_name(call: Call) -> Response:
    """The name asked for when it is free, else the first free variant of it."""
    body = await body_object(call)
    name = call.store.valid_user_name(
        body_int(body, "AssociateId"), body_int(body, "PersonId"), body_text(body, "UserName") or ""
    )
    return json_response(name)


@handles("v1UserAgent_IsNickNameUnique")
async def is_nick_name_unique(call: Call) -> Response:
    body = await body_object(call)
    nick = body_text(body, "NickName") or ""
    return json_response(call.store.is_nick_name_unique(body_int(body, "AssociateId"), nick))


@handles("v1UserAgent_GetUserPresenceStatus")
async def get_presence(call: Call) -> Response:
    status = call.store.presence(body_int(await body_object(call), "AssociateId"))
    return json_response(apply_select(status, select_of(call)))


@handles("v1UserAgent_SetUserPresenceStatus")
async def set_presence(call: Call) -> Response:
    body = await body_object(call)
    status = body.get("UserPresenceStatus")
    if not isinstance(status, dict):
        raise BadInputError("SetUserPresenceStatus needs a UserPresenceStatus")
    saved = call.store.set_presence(body_int(body, "AssociateId"), status)
    return json_response(apply_select(saved, select_of(call)))
