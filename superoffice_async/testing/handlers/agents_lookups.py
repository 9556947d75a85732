"""Agents ``User`` operations that read the lookups family: roles, user groups, credential types."""

from __future__ import annotations

from starlette.responses import Response

from .registry import Call, handles
from .wire import selected


@handles("v1UserAgent_GetAllRoles")
def get_all_roles(call: Call) -> Response:
    """Every role of the RoleType (all roles when it is null), as MDO list items."""
    return selected(call.state.lookups.all_roles(call.args["role_type"]), call.args["select"])


@handles("v1UserAgent_GetRole")
def get_role(call: Call) -> Response:
    return selected(call.state.lookups.role(call.args["role_id"]), call.args["select"])


@handles("v1UserAgent_GetAllUserGroups")
def get_all_user_groups(call: Call) -> Response:
    groups = call.state.lookups.all_groups(call.args["include_deleted"])
    return selected(groups, call.args["select"])


@handles("v1UserAgent_GetUserGroup")
def get_user_group(call: Call) -> Response:
    return selected(call.state.lookups.group(call.args["user_group_id"]), call.args["select"])


@handles("v1UserAgent_GetUserGroupList")
def get_user_group_list(call: Call) -> Response:
    """The groups of the ids that exist, in the order asked (a null body asks for none)."""
    found = map(call.state.lookups.group, call.args["user_group_ids"] or [])
    return selected([g for g in found if g is not None], call.args["select"])


@handles("v1UserAgent_GetCredentialTypes")
def credential_types(call: Call) -> Response:
    return selected(call.state.lookups.credential_types(), call.args["select"])
