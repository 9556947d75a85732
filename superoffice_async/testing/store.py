"""The sandbox's state: users, persons, roles, user groups, module licenses and credentials.

The store keeps SuperOffice's semantics for what is saved, whatever operation saves it:

- A save REPLACES the whole user: a property the body leaves out becomes empty (PUT, the Agents
  Save*); ``patch`` changes only what its operations name.
- Role, user group and person are links: an unknown id is refused (400); user names are unique
  (case-insensitive); a module license is assigned by ``Assigned: true`` in ``LicenseOwners``
  and refused when none is free.
- Credentials keep a hash of their secret; a secret value is never returned.
- Retiring removes every license, retires the person and marks the user deleted.
"""

from __future__ import annotations

import copy
import hashlib
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .carriers import USER_FIELD_TYPES, apply_select, blank_user, check_user_body, with_rights
from .data import (
    CREDENTIAL_TYPE,
    MODULES,
    RETIRED_GROUPS,
    ROLE_TYPES,
    ROLES,
    USER_GROUPS,
    make_person,
    seed_persons,
    seed_users,
)
from .errors import BadInputError, ConflictError
from .jsonpatch import apply_patch
from .licenses import LicensePool, Module

__all__ = ["BadInputError", "ConflictError", "UserStore", "apply_select", "check_user_body"]

Json = dict[str, Any]

_LINKED = frozenset(
    {"AssociateId", "LicenseOwners", "Role", "UserGroup", "OtherGroups", "Person",
     "Credentials", "IsPersonRetired", "TableRight", "FieldProperties", "Lastlogin",
     "Lastlogout"}
)  # fmt: skip
"""User properties the store derives from its links (or the server alone sets)."""
_PERSON_SERVER_SET = frozenset({"PersonId", "TableRight", "FieldProperties"})
_USER_NAME = re.compile(r"^[^\s/\\]{1,100}$")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(slots=True)
class _Secret:
    """A credential as stored: its type, what it shows, and the hash of its value."""

    type: str
    display: str
    digest: str | None


@dataclass(slots=True)
class _Record:
    """One user as stored: plain properties apart, links by id."""

    plain: Json
    person_id: int | None = None
    role_id: int | None = None
    group_id: int | None = None
    other_group_ids: list[int] = field(default_factory=list)
    credentials: dict[str, _Secret] = field(default_factory=dict)
    presence: Json = field(default_factory=lambda: {"Status": "StatusNormal", "Message": ""})
    person_changes: Json | None = None
    """The saved Person's properties, written to the person when the save is committed."""


CommandHandler = Callable[[Json, str], Json]


def _ping(user: Json, action_result: str) -> Json:
    """Answers with the user's name."""
    return {"Success": True, "Message": f"Pong from {user['UserName']}", "Result": action_result}


def _send_welcome(user: Json, action_result: str) -> Json:
    """Sends the welcome mail, unless cancelled."""
    if action_result == "Cancel":
        return {"Success": False, "Message": "Cancelled", "Result": action_result}
    return {"Success": True, "Message": f"Welcome mail sent to {user['UserName']}",
            "Result": action_result}  # fmt: skip


def _approve(user: Json, action_result: str) -> Json:
    """Approves a user waiting for approval."""
    user["WaitingForApproval"] = False
    return {"Success": True, "Message": "Approved", "Result": action_result}


class UserStore:
    """All the sandbox's state, safe to use from several threads. Answers are copies."""

    def __init__(
        self,
        users: list[Json] | None = None,
        *,
        persons: list[Json] | None = None,
        modules: Iterable[Module] | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self.licenses = LicensePool(modules or (m for m, _ in MODULES))
        self.roles: dict[int, Json] = {int(r["Id"]): dict(r) for r in ROLES}
        self.groups: dict[int, Json] = {
            int(g["Id"]): dict(g) for g in (*USER_GROUPS, *RETIRED_GROUPS)
        }
        self.persons: dict[int, Json] = {}
        self._users: dict[int, _Record] = {}
        self._modified: dict[int, datetime] = {}
        self.ignored: set[str] = set()
        """Property paths (``Person/Title``) that POST and PATCH User silently drop, as a real
        tenant may: a switch for tests of a client that checks what was saved."""
        for user in seed_users() if users is None else users:
            self._seed(copy.deepcopy(user))
        self._next_id = max(self._users, default=0) + 1
        first_person = max(self.persons, default=0) + 1
        for person in seed_persons(first_id=first_person) if persons is None else persons:
            self.persons[int(person["PersonId"])] = copy.deepcopy(person)
        self._next_person = max(self.persons, default=0) + 1
        self.commands: dict[str, CommandHandler] = {
            "Ping": _ping,
            "SendWelcomeMail": _send_welcome,
            "Approve": _approve,
        }

    def _seed(self, user: Json) -> None:
        """Take a full User carrier as it is (a seed may hold licenses only while some are free)."""
        user_id = int(user["AssociateId"])
        person = user.get("Person")
        if isinstance(person, dict):
            self.persons[int(person["PersonId"])] = person
        record = _Record(plain={k: v for k, v in user.items() if k not in _LINKED})
        record.plain["Lastlogin"] = user.get("Lastlogin")
        record.plain["Lastlogout"] = user.get("Lastlogout")
        record.person_id = person["PersonId"] if isinstance(person, dict) else None
        record.role_id = _id_of(user.get("Role"))
        record.group_id = _id_of(user.get("UserGroup"))
        record.other_group_ids = [i for i in map(_id_of, user.get("OtherGroups") or []) if i]
        for credential in user.get("Credentials") or []:
            secret = self._secret(credential, None)
            record.credentials[secret.type.casefold()] = secret
        self._users[user_id] = record
        wanted = self.licenses.wanted_in(user.get("LicenseOwners"))
        self.licenses.assign(user_id, [m for m in wanted if self.licenses.free(m) > 0])

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._users)

    def all(self) -> list[Json]:
        """Every user, by id."""
        with self._lock:
            return [self._render(k) for k in sorted(self._users)]

    def get(self, user_id: int) -> Json | None:
        with self._lock:
            return self._render(user_id) if user_id in self._users else None

    def find_by_name(self, user_name: str) -> Json | None:
        with self._lock:
            found = self._id_by_name(user_name)
            return None if found is None else self._render(found)

    def find_by_person(self, person_id: int) -> list[Json]:
        """The users of this person."""
        with self._lock:
            return [self._render(k) for k, r in sorted(self._users.items())
                    if r.person_id == person_id]  # fmt: skip

    def modified_at(self, user_id: int) -> datetime | None:
        with self._lock:
            return self._modified.get(user_id)

    def _id_by_name(self, user_name: str) -> int | None:
        key = user_name.casefold()
        for user_id, record in self._users.items():
            if str(record.plain.get("UserName") or "").casefold() == key:
                return user_id
        return None

    def _render(self, user_id: int) -> Json:
        record = self._users[user_id]
        person = self.persons.get(record.person_id) if record.person_id else None
        user = {**blank_user(), **copy.deepcopy(record.plain)}
        user.update(
            AssociateId=user_id,
            LicenseOwners=self.licenses.owners(user_id),
            Role=self._role_carrier(record.role_id),
            UserGroup=self._group_carrier(record.group_id),
            OtherGroups=[self._group_carrier(i) for i in record.other_group_ids],
            Person=copy.deepcopy(person),
            IsPersonRetired=bool(person and person.get("Retired")),
            Credentials=[_credential_carrier(s) for s in record.credentials.values()],
            TableRight=with_rights({})["TableRight"],
            FieldProperties={},
        )
        return {name: user[name] for name in USER_FIELD_TYPES}

    def _role_carrier(self, role_id: int | None) -> Json | None:
        role = self.roles.get(role_id) if role_id else None
        return None if role is None else with_rights(dict(role))

    def _group_carrier(self, group_id: int | None) -> Json | None:
        group = self.groups.get(group_id) if group_id else None
        return None if group is None else with_rights(dict(group))

    # -- saving users ----------------------------------------------------------------------

    def create(self, body: Json) -> Json:
        """Save a new user under a fresh id (whatever AssociateId the body carries)."""
        with self._lock:
            record, modules = self._ingest(None, body)
            user_id = self._next_id
            self._next_id += 1
            return self._commit(user_id, record, modules)

    def replace(self, user_id: int, body: Json) -> Json | None:
        """Save the whole user: what the body leaves out becomes empty. None: no such user."""
        with self._lock:
            if user_id not in self._users:
                return None
            record, modules = self._ingest(user_id, body)
            return self._commit(user_id, record, modules)

    def patch(self, user_id: int, operations: list[Json]) -> Json | None:
        """Apply JSON Patch operations all or nothing; None when the user does not exist."""
        with self._lock:
            if user_id not in self._users:
                return None
            changed = apply_patch(self._render(user_id), operations)
            record, modules = self._ingest(user_id, changed)
            return self._commit(user_id, record, modules)

    def save_by_name(self, user_name: str, body: Json | None) -> Json | None:
        """Replace the user with this name, or create it; None when absent and no body."""
        with self._lock:
            found = self._id_by_name(user_name)
            if body is None:
                return None if found is None else self._render(found)
            named = {**body, "UserName": user_name}
            return self.create(named) if found is None else self.replace(found, named)

    def delete(self, user_id: int) -> bool:
        """Remove a user (and free its licenses); False when there was none."""
        with self._lock:
            self._modified.pop(user_id, None)
            self.licenses.release(user_id)
            return self._users.pop(user_id, None) is not None

    def _commit(self, user_id: int, record: _Record, modules: set[str]) -> Json:
        changes, record.person_changes = record.person_changes, None
        if record.person_id == 0:
            record.person_id = self._next_person
            self._next_person += 1
            self.persons[record.person_id] = make_person(record.person_id, "", "", "", "")
        if record.person_id and changes:
            self.persons[record.person_id].update(changes)
        self._users[user_id] = record
        self.licenses.assign(user_id, modules)
        self._modified[user_id] = datetime.now(UTC).replace(microsecond=0)
        return self._render(user_id)

    def _ingest(self, user_id: int | None, raw: Json) -> tuple[_Record, set[str]]:
        """Check a whole User body and turn it into a record; nothing changes on a 400."""
        body = check_user_body(copy.deepcopy(raw))
        old = self._users.get(user_id) if user_id is not None else None
        blank = blank_user()
        plain = {
            name: blank[name] if body.get(name) is None else body[name]
            for name in USER_FIELD_TYPES
            if name not in _LINKED
        }
        plain["Lastlogin"] = old.plain.get("Lastlogin") if old else None
        plain["Lastlogout"] = old.plain.get("Lastlogout") if old else None
        user_name = str(plain["UserName"])
        if user_name:
            other = self._id_by_name(user_name)
            if other is not None and other != user_id:
                raise BadInputError(f"The user name {user_name!r} is already in use")
        record = _Record(plain=plain)
        record.role_id = self._linked(body.get("Role"), self.roles, "Role")
        old_group = old.group_id if old else None
        record.group_id = self._linked(body.get("UserGroup"), self.groups, "UserGroup", old_group)
        others = body.get("OtherGroups") or []
        if not isinstance(others, list):
            raise BadInputError("User.OtherGroups must be a list of UserGroup carriers")
        old_others = set(old.other_group_ids) if old else set()
        record.other_group_ids = [
            group_id
            for group in others
            if (group_id := self._linked(group, self.groups, "OtherGroups", old_others))
        ]
        record.person_id = self._person_link(body.get("Person"), record)
        for credential in body.get("Credentials") or []:
            secret = self._secret(credential, old)
            record.credentials[secret.type.casefold()] = secret
        if old is not None:
            record.presence = old.presence
        modules = self.licenses.check(
            user_id or 0, self.licenses.wanted_in(body.get("LicenseOwners"))
        )
        return record, modules

    def _linked(
        self, carrier: object, known: dict[int, Json], what: str, kept: object = None
    ) -> int | None:
        """The id a Role or UserGroup carrier links to; 400 when it does not exist."""
        if carrier is None:
            return None
        if not isinstance(carrier, dict):
            raise BadInputError(f"User.{what} must be an object")
        linked = _id_of(carrier)
        if not linked:
            return None
        item = known.get(linked)
        if item is None:
            raise BadInputError(f"User.{what}: there is no {what.rstrip('s')} with id {linked}")
        current = kept if isinstance(kept, set) else {kept}
        if item.get("Deleted") and linked not in current:
            raise BadInputError(f"User.{what}: {item['Value']!r} can no longer be selected")
        return linked

    def _person_link(self, person: object, record: _Record) -> int | None:
        """The person a saved Person links to (0: a new person; 400 on an unknown id). The
        properties the Person carries (not null) are saved to the person with the user."""
        if person is None:
            return None
        if not isinstance(person, dict):
            raise BadInputError("User.Person must be an object")
        person_id = _id_of(person, "PersonId")
        if person_id and person_id not in self.persons:
            raise BadInputError(f"User.Person: there is no person with id {person_id}")
        record.person_changes = {
            k: v for k, v in person.items() if v is not None and k not in _PERSON_SERVER_SET
        }
        return person_id or 0

    def _secret(self, credential: object, old: _Record | None) -> _Secret:
        """A saved Credential: a new value is hashed; an empty one keeps the stored secret."""
        if not isinstance(credential, dict):
            raise BadInputError("User.Credentials must hold Credential carriers")
        kind = credential.get("Type")
        type_name = kind.get("Type") if isinstance(kind, dict) else None
        if not isinstance(type_name, str) or not type_name:
            raise BadInputError("A credential needs its Type")
        value = credential.get("Value")
        kept = old.credentials.get(type_name.casefold()) if old else None
        digest = _hash(value) if isinstance(value, str) and value else None
        if digest is None and kept is not None:
            digest = kept.digest
        display = credential.get("DisplayValue")
        return _Secret(type_name, display if isinstance(display, str) else "", digest)

    # -- new users -------------------------------------------------------------------------

    def default_user(self, user_type: str = "InternalAssociate", person_id: int = 0) -> Json:
        """A new, unsaved user with the defaults a new user gets (and every module license)."""
        with self._lock:
            user = blank_user()
            person = self.persons.get(person_id) if person_id else None  # unknown: no person
            user.update(
                Type=user_type,
                Person=copy.deepcopy(person),
                LicenseOwners=self.licenses.owners(None),
                Credentials=[],
                TableRight=with_rights({})["TableRight"],
                FieldProperties={},
            )
            if person is not None:
                user["UserName"] = self._valid_user_name(0, str(person.get("Email") or ""))
            return user

    def validate(self, user: Json | None) -> dict[str, str]:
        """Error messages by field; empty when the user could be saved."""
        if user is None:
            return {"User": "There is no user to validate"}
        errors: dict[str, str] = {}
        name = user.get("UserName")
        with self._lock:
            if not isinstance(name, str) or not name.strip():
                errors["UserName"] = "A user name is required"
            else:
                other = self._id_by_name(name)
                if other is not None and other != user.get("AssociateId"):
                    errors["UserName"] = f"The user name {name!r} is already in use"
            initials = user.get("Name")
            if isinstance(initials, str) and len(initials) > 15:
                errors["Name"] = "Initials can be at most 15 characters"
            for what, known in (("Role", self.roles), ("UserGroup", self.groups)):
                linked = _id_of(user.get(what))
                if linked and linked not in known:
                    errors[what] = f"There is no {what} with id {linked}"
        return errors

    # -- names -----------------------------------------------------------------------------

    def is_user_name_valid(self, associate_id: int, user_name: str) -> bool:
        """A well-formed user name no other user has."""
        with self._lock:
            if not _USER_NAME.match(user_name):
                return False
            other = self._id_by_name(user_name)
            return other is None or other == associate_id

    def valid_user_name(self, associate_id: int, person_id: int, user_name: str) -> str:
        """``user_name`` when free, else the first free ``name2``, ``name3``...; from the
        person's e-mail address when no name is given."""
        with self._lock:
            if not user_name and person_id in self.persons:
                user_name = str(self.persons[person_id].get("Email") or "")
            return self._valid_user_name(associate_id, user_name or "user")

    def _valid_user_name(self, associate_id: int, wanted: str) -> str:
        base = re.sub(r"[\s/\\]+", ".", wanted.strip()) or "user"
        local, at, domain = base.partition("@")
        candidate, n = base, 1
        while (other := self._id_by_name(candidate)) is not None and other != associate_id:
            n += 1
            candidate = f"{local}{n}{at}{domain}"
        return candidate

    def is_nick_name_unique(self, associate_id: int, nick_name: str) -> bool:
        """No other user has this nick name (case-insensitive)."""
        key = nick_name.casefold()
        with self._lock:
            return not any(
                str(r.plain.get("NickName") or "").casefold() == key and k != associate_id
                for k, r in self._users.items()
            )

    # -- roles and groups ------------------------------------------------------------------

    def all_roles(self, role_type: str | None) -> list[Json]:
        """The roles (of one RoleType, or all) as MDO list items."""
        with self._lock:
            return [
                with_rights({
                    "Id": role_id, "Name": role["Value"], "ToolTip": role["Tooltip"],
                    "Deleted": False, "Rank": role_id, "Type": ROLE_TYPES.get(role_id, ""),
                    "ColorBlock": 0, "IconHint": "", "Selected": False, "LastChanged": None,
                    "ChildItems": [], "ExtraInfo": "", "StyleHint": "", "Hidden": False,
                    "FullName": role["Value"],
                })
                for role_id, role in sorted(self.roles.items())
                if role_type is None or ROLE_TYPES.get(role_id) == role_type
            ]  # fmt: skip

    def role(self, role_id: int) -> Json | None:
        with self._lock:
            return self._role_carrier(role_id)

    def all_groups(self, include_deleted: bool) -> list[Json]:
        with self._lock:
            return [with_rights(dict(g)) for _, g in sorted(self.groups.items())
                    if include_deleted or not g.get("Deleted")]  # fmt: skip

    def group(self, group_id: int) -> Json | None:
        with self._lock:
            return self._group_carrier(group_id)

    # -- licenses, retiring, user type -----------------------------------------------------

    def remove_licenses(self, user_id: int) -> None:
        """The user holds no module license any more."""
        with self._lock:
            self._require(user_id)
            self.licenses.release(user_id)
            self._touch(user_id)

    def make_retired(self, user_id: int, retired: bool) -> None:
        """Retire (licenses removed, person retired, user deleted) or bring back a user."""
        with self._lock:
            record = self._require(user_id)
            if retired:
                self.licenses.release(user_id)
            record.plain["Deleted"] = retired
            person = self.persons.get(record.person_id) if record.person_id else None
            if person is not None:
                person["Retired"] = 1 if retired else 0
            self._touch(user_id)

    def change_user_type(self, user: Json, user_type: str) -> Json:
        """The user with another type: saved when it exists, else an unsaved copy."""
        with self._lock:
            user_id = _id_of(user, "AssociateId")
            if user_id and user_id in self._users:
                self._users[user_id].plain["Type"] = user_type
                self._touch(user_id)
                return self._render(user_id)
            return {**check_user_body(copy.deepcopy(user)), "Type": user_type}

    # -- credentials -----------------------------------------------------------------------

    def set_password(self, user_id: int, password: str) -> bool:
        """Set the password credential; False when there is no such user or no password."""
        with self._lock:
            record = self._users.get(user_id)
            if record is None or not password:
                return False
            kept = record.credentials.get("password")
            display = kept.display if kept else str(record.plain.get("UserName") or "")
            record.credentials["password"] = _Secret("password", display, _hash(password))
            self._touch(user_id)
            return True

    def save_credential(self, user_id: int, credential: object) -> bool:
        """Add or replace the user's credential of the same type; False when there is no user."""
        with self._lock:
            record = self._users.get(user_id)
            if record is None or credential is None:
                return False
            try:
                secret = self._secret(credential, record)
            except BadInputError:
                return False  # no credential type: nothing to save
            record.credentials[secret.type.casefold()] = secret
            self._touch(user_id)
            return True

    def delete_credential(self, user_id: int, credential_type: str) -> bool:
        """Remove the credential of this type; False when there was none."""
        with self._lock:
            record = self._users.get(user_id)
            if record is None or record.credentials.pop(credential_type.casefold(), None) is None:
                return False
            self._touch(user_id)
            return True

    def check_password(self, user_id: int, password: str) -> bool:
        """Would this password log the user in? (For tests: the value itself is never shown.)"""
        with self._lock:
            record = self._users.get(user_id)
            secret = record.credentials.get("password") if record else None
            return secret is not None and secret.digest == _hash(password)

    @staticmethod
    def credential_types() -> list[Json]:
        return [with_rights(dict(CREDENTIAL_TYPE))]

    # -- presence --------------------------------------------------------------------------

    def presence(self, user_id: int) -> Json:
        with self._lock:
            return dict(self._require(user_id).presence)

    def set_presence(self, user_id: int, status: Json) -> Json:
        with self._lock:
            record = self._require(user_id)
            record.presence = {"Status": status.get("Status") or "StatusNormal",
                               "Message": status.get("Message") or ""}  # fmt: skip
            return dict(record.presence)

    # -- custom commands -------------------------------------------------------------------

    def command_list(self) -> list[Json]:
        """The registered custom commands as CustomCommand carriers."""
        return [
            {"Name": name, "DisplayName": name, "Description": (handler.__doc__ or "").strip(),
             "ToolTip": name, "Actions": "Implicit", "ActionData": "", "TableRight": None,
             "FieldProperties": {}}
            for name, handler in self.commands.items()
        ]  # fmt: skip

    def execute(self, user_id: int, command: str, action_result: str) -> Json | None:
        """Run a custom command; None when the user does not exist."""
        with self._lock:
            if user_id not in self._users:
                return None
            handler = self.commands.get(command)
            if handler is None:
                return {"Success": False, "Message": f"Unknown command {command!r}",
                        "Result": action_result}  # fmt: skip
            user = self._render(user_id)
            result = handler(user, action_result)
            self._users[user_id].plain["WaitingForApproval"] = user["WaitingForApproval"]
            return result

    # -- helpers ---------------------------------------------------------------------------

    def _require(self, user_id: int) -> _Record:
        record = self._users.get(user_id)
        if record is None:
            raise BadInputError(f"There is no user with id {user_id}")
        return record

    def _touch(self, user_id: int) -> None:
        self._modified[user_id] = datetime.now(UTC).replace(microsecond=0)


def _id_of(carrier: object, key: str = "Id") -> int | None:
    if not isinstance(carrier, dict):
        return None
    value = carrier.get(key)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _credential_carrier(secret: _Secret) -> Json:
    kind = dict(CREDENTIAL_TYPE) if secret.type == CREDENTIAL_TYPE["Type"] else {
        "Type": secret.type, "Description": "", "DisplayType": secret.type,
        "ValueControl": "", "IsUserNameSupported": False, "CanCreatePerson": False,
    }  # fmt: skip
    return with_rights({"Type": with_rights(kind), "Value": "", "DisplayValue": secret.display})
