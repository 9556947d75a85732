"""What a provisioning job does to users besides saving them, as the reference pages say.

- A new user's defaults: only System and Anonymous users can be made without a person; other
  types need an existing person (CreateDefaultUserFromUserTypeAndPersonId).
- Retiring removes every license, retires the person and marks the user deleted.
- A new user type drops the module licenses the type cannot hold.
- A password must meet the credentials family's ``PasswordPolicy``.
- An Agents call on an id no user has changes nothing and answers the NULL of its answer's
  type (the Agents overview): ``False`` for a boolean, nothing for a 204.

Where the reference is silent, docs/sandbox-guesses.md says what the sandbox chose and why.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..carriers import blank_user, check_user_body, id_of, with_rights
from ..errors import BadInputError

if TYPE_CHECKING:
    from . import SandboxState

__all__ = [
    "PERSONLESS_TYPES",
    "change_user_type",
    "default_user",
    "delete_credential",
    "execute_command",
    "make_retired",
    "password_problem",
    "remove_licenses",
    "save_credential",
    "set_password",
    "valid_user_name",
    "validate",
]

Json = dict[str, Any]

PERSONLESS_TYPES = frozenset({"SystemAssociate", "AnonymousAssociate"})
"""The user types that can be created without a person (the CreateDefaultUserFromUserType page)."""


def default_user(state: SandboxState, user_type: str, person_id: int, *, checked: bool) -> Json:
    """A new, unsaved user with the defaults a new user gets (and every module license, none
    assigned). ``checked``: 400 when the type needs a person and ``person_id`` is 0, or there
    is no person ``person_id``."""
    person = state.persons.get(person_id)
    if checked and person_id == 0 and user_type not in PERSONLESS_TYPES:
        raise BadInputError(
            "Only System and Anonymous users can be created without a person: a user of type "
            f"{user_type} needs one (CreateDefaultUserFromUserTypeAndPersonId)"
        )
    if checked and person_id and person is None:
        raise BadInputError(f"There is no person with id {person_id}")
    user = blank_user()
    user.update(
        Type=user_type,
        Person=person,
        LicenseOwners=state.licenses.owners(None),
        Credentials=[],
        TableRight=with_rights({})["TableRight"],
        FieldProperties={},
    )
    if person is not None:
        user["UserName"] = state.records.valid_user_name(0, str(person.get("Email") or ""))
    return user


def valid_user_name(state: SandboxState, associate_id: int, person_id: int, wanted: str) -> str:
    """``wanted`` when free, else its first free variant; from the person's e-mail address
    when no name is given."""
    return state.records.valid_user_name(
        associate_id, wanted or state.persons.email(person_id) or "user"
    )


def validate(state: SandboxState, user: Json | None) -> dict[str, str]:
    """Error messages by field; empty when the user could be saved."""
    if user is None:
        return {"User": "There is no user to validate"}
    errors: dict[str, str] = {}
    name = user.get("UserName")
    if not isinstance(name, str) or not name.strip():
        errors["UserName"] = "A user name is required"
    elif state.records.name_taken(name, user.get("AssociateId")):
        errors["UserName"] = f"The user name {name!r} is already in use"
    initials = user.get("Name")
    if isinstance(initials, str) and len(initials) > 15:
        errors["Name"] = "Initials can be at most 15 characters"
    return {**errors, **state.lookups.unknown_links(user)}


def remove_licenses(state: SandboxState, user_id: int) -> None:
    """The user holds no module license any more (no such user: nothing happens)."""
    if user_id in state.records:
        state.licenses.release(user_id)
        state.records.touch(user_id)


def make_retired(state: SandboxState, user_id: int, retired: bool) -> None:
    """Retire (licenses removed, person retired, user deleted) or bring back a user (no such
    user: nothing happens)."""
    record = state.records.get(user_id)
    if record is None:
        return
    if retired:
        state.licenses.release(user_id)
    record.plain["Deleted"] = retired
    state.persons.retire(record.person_id, retired)
    state.records.touch(user_id)


def change_user_type(state: SandboxState, user: Json, user_type: str) -> Json:
    """The user with another type and without the module licenses that type cannot hold:
    saved when it exists, else an unsaved copy."""
    user_id = id_of(user, "AssociateId")
    record = state.records.get(user_id) if user_id else None
    if user_id and record is not None:
        record.plain["Type"] = user_type
        held = state.licenses.held_by(user_id)
        state.licenses.assign(user_id, held - state.licenses.unfit(held, user_type), user_type)
        state.records.touch(user_id)
        rendered = state.users.get(user_id)
        assert rendered is not None
        return rendered
    changed = {**check_user_body(copy.deepcopy(user)), "Type": user_type}
    unfit = state.licenses.unfit(state.licenses.wanted_in(changed.get("LicenseOwners")), user_type)
    for owner in changed.get("LicenseOwners") or []:
        for kind in ("RestrictedModuleLicenses", "UnrestrictedModuleLicenses"):
            for link in owner.get(kind) or []:
                if link.get("Name") in unfit:
                    link["Assigned"] = False
    return changed


def password_problem(state: SandboxState, associate_id: int, password: str) -> str:
    """Why ``password`` cannot be the password of ``associate_id`` (0: a new user); ''
    when it can."""
    record = state.records.get(associate_id) if associate_id else None
    if associate_id and record is None:
        return f"There is no user with id {associate_id}"
    user_name = record.user_name if record is not None else ""
    return state.credentials.policy.reason(password, user_name)


def set_password(state: SandboxState, user_id: int, password: str) -> bool:
    """Set the password; False (nothing changes) when there is no such user or the password
    breaks the policy."""
    return _change_credentials(
        state, user_id, lambda name: state.credentials.set_password(user_id, password, name)
    )


def save_credential(state: SandboxState, user_id: int, credential: object) -> bool:
    """Add or replace the user's credential of the same type; False when there is no user, or
    the credential is malformed or its password breaks the policy."""
    return _change_credentials(
        state, user_id, lambda name: state.credentials.save(user_id, credential, name)
    )


def _change_credentials(state: SandboxState, user_id: int, change: Callable[[str], bool]) -> bool:
    """Run ``change`` (given the user name) on an existing user; the user changed if it did."""
    record = state.records.get(user_id)
    if record is None or not change(record.user_name):
        return False
    state.records.touch(user_id)
    return True


def delete_credential(state: SandboxState, user_id: int, credential_type: str) -> bool:
    """Remove the credential of this type; False when there was none."""
    if not state.credentials.delete(user_id, credential_type):
        return False
    state.records.touch(user_id)
    return True


def execute_command(
    state: SandboxState, user_id: int, command: str, action_result: str
) -> Json | None:
    """Run a custom command on the user; None when the user does not exist."""
    user = state.users.get(user_id)
    record = state.records.get(user_id)
    if user is None or record is None:
        return None
    result = state.commands.run(command, user, action_result)
    record.plain["WaitingForApproval"] = user["WaitingForApproval"]
    return result
