"""The sandbox's "AllUsers" archive: rows, ``$select``, a ``$filter`` subset, ``$orderBy``.

Supported filter clauses, joined with ``and``: ``col eq|ne|gt|ge|lt|le value``,
``col begins|contains 'text'`` and ``startswith(col,'text')``; values are 'quoted' text, numbers,
or true/false. Anything else is a 400, as an unknown column is.
"""

from __future__ import annotations

import re
from typing import Any

from .data import MODULES
from .errors import BadInputError
from .state.licenses import archive_column

__all__ = ["COLUMNS", "DEFAULT_COLUMNS", "filter_rows", "order_rows", "row_of", "select_columns"]

Json = dict[str, Any]

COLUMNS = (
    "associateDbId", "assocName", "assocTooltip", "assocType", "fullName", "firstName",
    "lastName", "middleName", "personId", "contactId", "contactName", "contactDepartment",
    "usergroup", "usergroupId", "role", "ejUserId", "title", "userName", "isActive",
    *(archive_column(module) for module, _ in MODULES),
)  # fmt: skip
"""The columns the sandbox fills; a module license's column is true when the user holds it."""
DEFAULT_COLUMNS = ("associateDbId", "assocName", "fullName", "personId")

_CLAUSE = re.compile(
    r"^\s*(?P<col>\w+)\s+(?P<op>eq|ne|gt|ge|lt|le|begins|contains)\s+(?P<value>.+?)\s*$", re.I
)
_STARTSWITH = re.compile(r"^\s*startswith\(\s*(?P<col>\w+)\s*,\s*(?P<value>'.*')\s*\)\s*$", re.I)


def row_of(user: Json) -> Json:
    """A user as an archive row, every column filled."""
    person = user.get("Person") or {}
    group = user.get("UserGroup") or {}
    role = user.get("Role") or {}
    return {
        "associateDbId": user.get("AssociateId"),
        "assocName": user.get("Name"),
        "assocTooltip": user.get("Tooltip"),
        "assocType": user.get("Type"),
        "fullName": person.get("FullName"),
        "firstName": person.get("Firstname"),
        "lastName": person.get("Lastname"),
        "middleName": person.get("MiddleName"),
        "personId": person.get("PersonId"),
        "contactId": person.get("ContactId"),
        "contactName": person.get("ContactName"),
        "contactDepartment": person.get("ContactDepartment"),
        "usergroup": group.get("Value"),
        "usergroupId": group.get("Id"),
        "role": role.get("Value"),
        "ejUserId": user.get("EjUserId"),
        "title": person.get("Title"),
        "userName": user.get("UserName"),
        "isActive": not user.get("Deleted"),
    } | _license_columns(user)


def _license_columns(user: Json) -> Json:
    columns: Json = {}
    for owner in user.get("LicenseOwners") or []:
        for kind in ("RestrictedModuleLicenses", "UnrestrictedModuleLicenses"):
            for link in owner.get(kind) or []:
                column = f"{str(owner.get('Name')).casefold()}_{link.get('Name')}"
                columns[column] = link.get("Assigned") is True
    return columns


def _column(name: str) -> str:
    found = {c.casefold(): c for c in COLUMNS}.get(name.casefold())
    if found is None:
        raise BadInputError(f"unknown column {name!r} of the AllUsers archive")
    return found


def select_columns(select: str | None) -> tuple[str, ...]:
    if not select:
        return DEFAULT_COLUMNS
    return tuple(_column(name.strip()) for name in select.split(",") if name.strip())


def _value(raw: str) -> Any:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    try:
        return int(raw)
    except ValueError:
        raise BadInputError(f"cannot read the filter value {raw!r}") from None


def _matches(row: Json, column: str, op: str, wanted: Any) -> bool:
    value = row.get(column)
    if op in ("begins", "startswith", "contains"):
        text, part = str(value or "").casefold(), str(wanted).casefold()
        return text.startswith(part) if op != "contains" else part in text
    if op in ("eq", "ne"):
        same = str(value).casefold() == str(wanted).casefold()
        return same if op == "eq" else not same
    if not isinstance(value, int) or not isinstance(wanted, int):
        return False
    return {
        "gt": value > wanted,
        "ge": value >= wanted,
        "lt": value < wanted,
        "le": value <= wanted,
    }[op]


def filter_rows(rows: list[Json], expression: str | None) -> list[Json]:
    if not expression or not expression.strip():
        return rows
    tests = []
    for clause in re.split(r"\s+and\s+", expression.strip(), flags=re.I):
        found = _STARTSWITH.match(clause)
        if found:
            tests.append((_column(found["col"]), "startswith", _value(found["value"])))
            continue
        found = _CLAUSE.match(clause)
        if found is None:
            raise BadInputError(f"cannot read the filter clause {clause!r}")
        tests.append((_column(found["col"]), found["op"].lower(), _value(found["value"])))
    return [row for row in rows if all(_matches(row, c, o, v) for c, o, v in tests)]


def order_rows(rows: list[Json], order_by: str | None) -> list[Json]:
    if not order_by or not order_by.strip():
        return rows
    keys = []
    for part in order_by.split(","):
        words = part.split()
        direction = words[1].lower() if len(words) == 2 else "asc"
        if not 1 <= len(words) <= 2 or direction not in ("asc", "desc"):
            raise BadInputError(f"cannot read the order {part!r}")
        keys.append((_column(words[0]), direction == "desc"))
    for column, descending in reversed(keys):
        rows = sorted(rows, key=lambda row: _sort_key(row.get(column)), reverse=descending)
    return rows


def _sort_key(value: Any) -> tuple[int, int, str]:
    """Numbers by value, text case-insensitively, empty last."""
    if value is None:
        return (2, 0, "")
    if isinstance(value, int) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, str(value).casefold())
