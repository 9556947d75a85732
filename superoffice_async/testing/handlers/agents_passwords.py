"""Agents ``User`` operations on the credentials family: passwords and other credentials.

A new password is checked against the password policy; secret values are never answered.
"""

from __future__ import annotations

from starlette.responses import Response

from ..carriers import with_rights
from ..state import provisioning
from .registry import Call, handles
from .wire import json_response, selected


@handles("v1UserAgent_SetPassword")
def set_password(call: Call) -> Response:
    """False (nothing changes) for an unknown user or a password the policy refuses."""
    args = call.args
    return json_response(
        provisioning.set_password(call.state, args["associate_id"], args["password"] or "")
    )


@handles("v1UserAgent_SetPasswordFromName")
def set_password_from_name(call: Call) -> Response:
    found = call.state.records.id_by_name(call.args["associate_name"] or "")
    password = call.args["password"] or ""
    return json_response(
        found is not None and provisioning.set_password(call.state, found, password)
    )


@handles("v1UserAgent_IsPasswordValid")
def is_password_valid(call: Call) -> Response:
    problem = provisioning.password_problem(
        call.state, call.args["associate_id"], call.args["password"] or ""
    )
    return json_response(not problem)


@handles("v1UserAgent_IsPasswordValidWithReason")
def is_password_valid_with_reason(call: Call) -> Response:
    """``Result`` and, when refused, the ``Reason``."""
    problem = provisioning.password_problem(
        call.state, call.args["associate_id"], call.args["password"] or ""
    )
    return selected(with_rights({"Reason": problem, "Result": not problem}), call.args["select"])


@handles("v1UserAgent_SaveCredential")
def save_credential(call: Call) -> Response:
    """Adds or replaces the user's credential of the same type."""
    args = call.args
    return json_response(
        provisioning.save_credential(call.state, args["user_id"], args["credential"])
    )


@handles("v1UserAgent_DeleteCredential")
def delete_credential(call: Call) -> Response:
    args = call.args
    kind = args["credential_type"] or ""
    return json_response(provisioning.delete_credential(call.state, args["user_id"], kind))
