"""The sandbox's in-memory users, and the SuperOffice semantics applied to them."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from typing import Any

from .data import seed_users

__all__ = ["BadInputError", "UserStore", "apply_select"]

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
    for name, value in body.items():
        kind = USER_FIELD_TYPES.get(name)
        if kind is None or value is None:
            continue
        wrong_bool = kind == _INT and isinstance(value, bool)
        if wrong_bool or not isinstance(value, _PY_TYPES[kind]):
            raise BadInputError(f"User.{name} must be {kind}, got {type(value).__name__}")
    return body


CommandHandler = Callable[[Json, str], Json]


def _ping(user: Json, action_result: str) -> Json:
    return {"Success": True, "Message": f"Pong from {user['UserName']}", "Result": action_result}


def _send_welcome(user: Json, action_result: str) -> Json:
    if action_result == "Cancel":
        return {"Success": False, "Message": "Cancelled", "Result": action_result}
    return {"Success": True, "Message": f"Welcome mail sent to {user['UserName']}",
            "Result": action_result}  # fmt: skip


def _approve(user: Json, action_result: str) -> Json:
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
        self.commands: dict[str, CommandHandler] = {
            "Ping": _ping,
            "SendWelcomeMail": _send_welcome,
            "Approve": _approve,
        }

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
            return copy.deepcopy(user)

    def create(self, body: Json) -> Json:
        """Store a new user under a fresh id."""
        with self._lock:
            user_id = self._next_id
            self._next_id += 1
            user: Json = dict.fromkeys(USER_FIELD_TYPES) | copy.deepcopy(body)
            user["AssociateId"] = user_id
            self._by_id[user_id] = user
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
