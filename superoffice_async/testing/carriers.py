"""The User carrier as the sandbox sees it: property kinds, empty values, ``$select``."""

from __future__ import annotations

import copy
from typing import Any

from superoffice_async._generated.spec_facts import PROPERTY_SHAPES

from .errors import BadInputError

__all__ = [
    "USER_FIELD_TYPES",
    "apply_select",
    "blank_user",
    "check_user_body",
    "id_of",
    "with_rights",
]

Json = dict[str, Any]

_INT = "int"
_STR = "str"
_BOOL = "bool"
_OBJ = "object"
_LIST = "list"
_KINDS = {
    "integer": _INT, "string": _STR, "date-time": _STR, "boolean": _BOOL,
    "array": _LIST, "object": _OBJ, "map": _OBJ,
}  # fmt: skip
USER_FIELD_TYPES: dict[str, str] = {
    name: _KINDS[shape] for name, shape in PROPERTY_SHAPES["User"].items()
}
"""The User carrier's properties and their kinds, from the spec's facts (``spec_facts``)."""
_PY_TYPES: dict[str, type | tuple[type, ...]] = {
    _INT: int, _STR: str, _BOOL: bool, _OBJ: dict, _LIST: list,
}  # fmt: skip
_EMPTY: dict[str, Any] = {_INT: 0, _STR: "", _BOOL: False, _LIST: [], _OBJ: None}
_EMPTY_MAPS = ("ExtraFields", "CustomFields")


def blank_user() -> Json:
    """Every User property at its empty value: what a property left out of a save becomes."""
    user = {name: copy.copy(_EMPTY[kind]) for name, kind in USER_FIELD_TYPES.items()}
    for name in _EMPTY_MAPS:
        user[name] = {}
    user["Type"] = "InternalAssociate"
    user["Lastlogin"] = user["Lastlogout"] = None
    return user


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


def table_right() -> Json:
    """Full rights, as the sandbox's user sees every carrier."""
    return {"Mask": "Select, Update, Insert, Delete", "Reason": ""}


def with_rights(carrier: Json) -> Json:
    """The carrier with its TableRight and FieldProperties."""
    return {**carrier, "TableRight": table_right(), "FieldProperties": {}}


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


def id_of(carrier: object, key: str = "Id") -> int | None:
    """The integer id a carrier holds under ``key`` (JSON's 5.0 is 5); None when it has none."""
    if not isinstance(carrier, dict):
        return None
    value = carrier.get(key)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value
