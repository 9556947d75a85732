"""Agents ``User`` operations a provisioning job calls besides reading and saving users.

New users' defaults, user names, validation, user type, licenses, retiring and presence.
"""

from __future__ import annotations

from starlette.responses import Response

from ..carriers import check_user_body
from ..errors import BadInputError
from ..state import provisioning
from .registry import Call, handles
from .wire import json_response, no_content, selected


@handles("v1UserAgent_CreateDefaultUser")
def create_default(call: Call) -> Response:
    """Defaults of a new internal user, no person (the reference sets no rule for this one)."""
    return json_response(
        provisioning.default_user(call.state, "InternalAssociate", 0, checked=False)
    )


@handles("v1UserAgent_CreateDefaultUserFromUserType")
def default_from_type(call: Call) -> Response:
    """Only a System or Anonymous user can be made without a person (400 otherwise)."""
    # A null UserType reaches the server as the enum's default value.
    user_type = call.args["user_type"] or "Unknown"
    user = provisioning.default_user(call.state, user_type, 0, checked=True)
    return selected(user, call.args["select"])


@handles("v1UserAgent_CreateDefaultUserFromUserTypeAndPersonId")
def default_from_type_and_person(call: Call) -> Response:
    """Person id 0 only for System and Anonymous users; an unknown person is a 400."""
    args = call.args
    user_type = args["user_type"] or "Unknown"
    user = provisioning.default_user(call.state, user_type, args["person_id"], checked=True)
    return selected(user, args["select"])


@handles("v1UserAgent_IsUserNameValid")
def is_user_name_valid(call: Call) -> Response:
    args = call.args
    valid = call.state.records.is_user_name_valid(args["associate_id"], args["user_name"] or "")
    return json_response(valid)


@handles("v1UserAgent_GetValidUserName")
def get_valid_user_name(call: Call) -> Response:
    """The name asked for when it is free, else the first free variant of it."""
    args = call.args
    name = provisioning.valid_user_name(
        call.state, args["associate_id"], args["person_id"], args["user_name"] or ""
    )
    return json_response(name)


@handles("v1UserAgent_IsNickNameUnique")
def is_nick_name_unique(call: Call) -> Response:
    """No other user has the nick name (case-insensitive)."""
    nick = call.args["nick_name"] or ""
    return json_response(call.state.records.is_nick_name_unique(call.args["associate_id"], nick))


@handles("v1UserAgent_ValidateUser")
def validate(call: Call) -> Response:
    user = call.args["user"]
    return json_response(
        provisioning.validate(call.state, None if user is None else check_user_body(user))
    )


@handles("v1UserAgent_ChangeUserType")
def change_user_type(call: Call) -> Response:
    """The user with the new type, without the licenses it cannot hold: saved when it exists,
    else an unsaved copy."""
    user, user_type = call.args["user"], call.args["user_type"]
    if user is None:
        raise BadInputError("ChangeUserType needs a User")
    changed = provisioning.change_user_type(call.state, user, user_type or "Unknown")
    return selected(changed, call.args["select"])


@handles("v1UserAgent_MakeRetired")
def make_retired(call: Call) -> Response:
    """Retired: licenses removed, person retired, user deleted; not retired: the reverse.
    An unknown id changes nothing (a failed Agents call: no content, as always)."""
    provisioning.make_retired(call.state, call.args["associate_id"], call.args["retired"])
    return no_content()


@handles("v1UserAgent_RemoveLicenses")
def remove_licenses(call: Call) -> Response:
    """An unknown id changes nothing (a failed Agents call: no content, as always)."""
    provisioning.remove_licenses(call.state, call.args["associate_id"])
    return no_content()


@handles("v1UserAgent_GetUserPresenceStatus")
def get_presence(call: Call) -> Response:
    status = call.state.records.presence(call.args["associate_id"])
    if status is None:
        raise BadInputError(f"There is no user with id {call.args['associate_id']}")
    return selected(status, call.args["select"])


@handles("v1UserAgent_SetUserPresenceStatus")
def set_presence(call: Call) -> Response:
    status = call.args["user_presence_status"]
    if status is None:
        raise BadInputError("SetUserPresenceStatus needs a UserPresenceStatus")
    saved = call.state.records.set_presence(call.args["associate_id"], status)
    if saved is None:
        raise BadInputError(f"There is no user with id {call.args['associate_id']}")
    return selected(saved, call.args["select"])
