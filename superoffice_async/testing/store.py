"""The sandbox's in-memory users, and the SuperOffice semantics applied to them."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from .data import CREDENTIAL_TYPE, make_person, seed_users

__all__ = ["BadInputError", "ConflictError", "UserStore", "apply_select"]

Json = dict[str, Any]

_INT = "int"
_STR = "str"
_BOOL = "bool"
_OBJ = "object"
_LIST = "list"
USER_FIELD_TYPES: dict[str, str] = {
    "AssociateId": _INT, "Name": _STR, "Rank": _INT, "Tooltip": _STR, "LicenseOwners": _LIST,
    "Role": _OBJ, "UserGroup": _OBJ, "OtherGroups": _LIST, "Person": _OBJ, "Deleted": _BOOL,
    "Lastlogin": _STR, "Lastlogout": _STR, "EjUserId": _INT, "RequestSignature": _STR,
    "Type": _STR, "IsPersonRetired": _BOOL, "IsOnTravel": _BOOL, "Credentials": _LIST,
    "UserName": _STR, "TicketCategories": _LIST, "NickName": _STR, "WaitingForApproval": _BOOL,
    "ExtraFields": _OBJ, "CustomFields": _OBJ, "PostSaveCommands": _LIST, "TableRight": _OBJ,
    "FieldProperties": _OBJ,
}  # fmt: skip
_PY_TYPES: dict[str, type | tuple[type, ...]] = {
    _INT: int, _STR: str, _BOOL: bool, _OBJ: dict, _LIST: list,
}  # fmt: skip


class BadInputError(Exception):
    """The request's content is not acceptable: the sandbox answers 400."""


def check_user_body(body: object) -> Json:
    """A User carrier from a request body, its top-level properties type-checked."""
    if not isinstance(body, dict):
        raise BadInputError("Entity to save is not in request body")
    for name, value in list(body.items()):
        kind = USER_FIELD_TYPES.get(name)
        if kind is None or value is None:
            continue
        if kind == _INT and isinstance(value, float) and value.is_integer():
            body[name] = value = int(value)  # JSON Schema counts 5.0 as an integer
        wrong_bool = kind == _INT and isinstance(value, bool)
        if wrong_bool or not isinstance(value, _PY_TYPES[kind]):
            raise BadInputError(f"User.{name} must be {kind}, got {type(value).__name__}")
    return body


class ConflictError(Exception):
    """A JSON Patch ``test`` failed: the sandbox answers 409."""


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
    """Users by id and by user name (case-insensitive), safe to use from several threads."""

    def __init__(self, users: list[Json] | None = None) -> None:
        self._lock = threading.RLock()
        self._by_id: dict[int, Json] = {}
        for user in seed_users() if users is None else users:
            self._by_id[int(user["AssociateId"])] = user
        self._next_id = max(self._by_id, default=0) + 1
        self._modified: dict[int, datetime] = {}
        self.commands: dict[str, CommandHandler] = {
            "Ping": _ping,
            "SendWelcomeMail": _send_welcome,
            "Approve": _approve,
        }

    def all(self) -> list[Json]:
        """Every user, by id."""
        with self._lock:
            return [copy.deepcopy(self._by_id[k]) for k in sorted(self._by_id)]

    def modified_at(self, user_id: int) -> datetime | None:
        with self._lock:
            return self._modified.get(user_id)

    def _touch(self, user_id: int) -> None:
        self._modified[user_id] = datetime.now(UTC).replace(microsecond=0)

    def delete(self, user_id: int) -> bool:
        """Remove a user; False when there was none."""
        with self._lock:
            self._modified.pop(user_id, None)
            return self._by_id.pop(user_id, None) is not None

    def find_by_person(self, person_id: int) -> Json | None:
        with self._lock:
            for user in self._by_id.values():
                person = user.get("Person")
                if isinstance(person, dict) and person.get("PersonId") == person_id:
                    return copy.deepcopy(user)
            return None

    def patch(self, user_id: int, operations: list[Json]) -> Json | None:
        """Apply JSON Patch operations all or nothing; None when the user does not exist."""
        with self._lock:
            user = self._by_id.get(user_id)
            if user is None:
                return None
            changed = copy.deepcopy(user)
            for operation in operations:
                _apply(changed, operation)
            check_user_body(changed)
            changed["AssociateId"] = user_id
            self._by_id[user_id] = changed
            self._touch(user_id)
            return copy.deepcopy(changed)

    def default_user(self, user_type: str = "InternalAssociate", person_id: int = 0) -> Json:
        """A new, unsaved user with the defaults a new user gets."""
        user: Json = dict.fromkeys(USER_FIELD_TYPES)
        person = None
        if person_id:
            owner = self.find_by_person(person_id)
            person = owner["Person"] if owner else make_person(person_id, "", "", "", "")
        user.update(
            AssociateId=0, Name="", Rank=0, Tooltip="", Type=user_type, Deleted=False,
            IsPersonRetired=False, IsOnTravel=False, WaitingForApproval=False, EjUserId=0,
            LicenseOwners=[], OtherGroups=[], Credentials=[], TicketCategories=[],
            PostSaveCommands=[], ExtraFields={}, CustomFields={}, Person=person, UserName="",
        )  # fmt: skip
        return user

    def validate(self, user: Json | None) -> dict[str, str]:
        """Error messages by field; empty when the user could be saved."""
        if user is None:
            return {"User": "There is no user to validate"}
        errors: dict[str, str] = {}
        name = user.get("UserName")
        if not isinstance(name, str) or not name.strip():
            errors["UserName"] = "A user name is required"
        else:
            other = self.find_by_name(name)
            if other is not None and other["AssociateId"] != user.get("AssociateId"):
                errors["UserName"] = f"The user name {name!r} is already in use"
        initials = user.get("Name")
        if isinstance(initials, str) and len(initials) > 15:
            errors["Name"] = "Initials can be at most 15 characters"
        return errors

    def command_list(self) -> list[Json]:
        """The registered custom commands as CustomCommand carriers."""
        return [
            {"Name": name, "DisplayName": name, "Description": (handler.__doc__ or "").strip(),
             "ToolTip": name, "Actions": "Implicit", "ActionData": "", "TableRight": None,
             "FieldProperties": {}}
            for name, handler in self.commands.items()
        ]  # fmt: skip

    @staticmethod
    def credential_types() -> list[Json]:
        return [{**CREDENTIAL_TYPE, "TableRight": None, "FieldProperties": {}}]

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, user_id: int) -> Json | None:
        with self._lock:
            user = self._by_id.get(user_id)
            return copy.deepcopy(user) if user is not None else None

    def find_by_name(self, user_name: str) -> Json | None:
        with self._lock:
            key = user_name.casefold()
            for user in self._by_id.values():
                if str(user.get("UserName") or "").casefold() == key:
                    return copy.deepcopy(user)
            return None

    def update(self, user_id: int, body: Json) -> Json | None:
        """Overwrite the properties the body carries; the id never changes."""
        with self._lock:
            user = self._by_id.get(user_id)
            if user is None:
                return None
            user.update(copy.deepcopy(body))
            user["AssociateId"] = user_id
            self._touch(user_id)
            return copy.deepcopy(user)

    def create(self, body: Json) -> Json:
        """Store a new user under a fresh id."""
        with self._lock:
            user_id = self._next_id
            self._next_id += 1
            user: Json = dict.fromkeys(USER_FIELD_TYPES) | copy.deepcopy(body)
            user["AssociateId"] = user_id
            self._by_id[user_id] = user
            self._touch(user_id)
            return copy.deepcopy(user)

    def save_by_name(self, user_name: str, body: Json | None) -> Json | None:
        """Update the user with this name, or create it; None when absent and no body."""
        with self._lock:
            found = self.find_by_name(user_name)
            if found is None:
                if body is None:
                    return None
                return self.create({**body, "UserName": user_name})
            if body is None:
                return found
            return self.update(int(found["AssociateId"]), {**body, "UserName": user_name})

    def execute(self, user_id: int, command: str, action_result: str) -> Json | None:
        """Run a custom command; None when the user does not exist."""
        with self._lock:
            user = self._by_id.get(user_id)
            if user is None:
                return None
            handler = self.commands.get(command)
            if handler is None:
                return {"Success": False, "Message": f"Unknown command {command!r}",
                        "Result": action_result}  # fmt: skip
            return handler(user, action_result)


def apply_select(value: Json, select: str | None) -> Json:
    """Null every property that ``$select`` does not name (case-insensitive, ``/`` nests)."""
    if not select:
        return value
    paths = [[part.strip().casefold() for part in p.split("/")] for p in select.split(",")]
    selected: Json = _select(value, [p for p in paths if p and p[0]])
    return selected


def _select(value: Any, paths: list[list[str]]) -> Any:
    if isinstance(value, list):
        return [_select(item, paths) for item in value]
    if not isinstance(value, dict):
        return value
    result: Json = {}
    for name, inner in value.items():
        key = name.casefold()
        matching = [p for p in paths if p[0] == key]
        if any(len(p) == 1 for p in matching):
            result[name] = inner
        elif matching and inner is not None:
            result[name] = _select(inner, [p[1:] for p in matching])
        else:
            result[name] = None
    return result


def _apply(document: Json, operation: Json) -> None:
    """One JSON Patch operation; paths are case-insensitive and the leading slash optional."""
    op, path = operation.get("op"), operation.get("path")
    if op not in ("add", "replace", "remove", "test") or not isinstance(path, str):
        raise BadInputError(f"unsupported patch operation {op!r}")
    parts = path.strip("/").split("/")
    if not parts or not parts[0]:
        raise BadInputError("a patch path must name a property")
    parent: Any = document
    for part in parts[:-1]:
        parent = _child(parent, part, path)
    last = parts[-1]
    value = copy.deepcopy(operation.get("value"))
    if isinstance(parent, list):
        if last == "-" and op == "add":
            parent.append(value)
            return
        index = _index(parent, last, path, adding=op == "add")
        if op == "add":
            parent.insert(index, value)
        elif op == "replace":
            parent[index] = value
        elif op == "remove":
            del parent[index]
        elif parent[index] != value:
            raise ConflictError(f"test failed at {path}")
        return
    if not isinstance(parent, dict):
        raise BadInputError(f"patch path {path!r} does not exist")
    key = _key(parent, last)
    if op == "add":
        parent[key or last] = value
    elif key is None:
        raise BadInputError(f"patch path {path!r} does not exist")
    elif op == "replace":
        parent[key] = value
    elif op == "remove":
        if parent is document:
            parent[key] = None  # a carrier property cannot vanish: removing it nulls it
        else:
            del parent[key]
    elif parent[key] != value:
        raise ConflictError(f"test failed at {path}: the value is {parent[key]!r}")


def _key(mapping: Json, name: str) -> str | None:
    lowered = name.casefold()
    return next((k for k in mapping if k.casefold() == lowered), None)


def _index(items: list[Any], raw: str, path: str, *, adding: bool) -> int:
    if not raw.isdigit() or int(raw) > len(items) or (int(raw) == len(items) and not adding):
        raise BadInputError(f"patch path {path!r}: no item {raw!r}")
    return int(raw)


def _child(node: Any, part: str, path: str) -> Any:
    if isinstance(node, list):
        return node[_index(node, part, path, adding=False)]
    if isinstance(node, dict):
        key = _key(node, part)
        if key is not None and node[key] is not None:
            return node[key]
    raise BadInputError(f"patch path {path!r} does not exist")
