"""SCIM resources and the sync mapping's columns: a SCIM User as a row, a user as a SCIM User.

The bridge reuses the sync's mapping file as it is: its *columns* name SCIM attributes instead
of HR export columns. A SCIM User becomes one row of these columns (``row_of``), which the
sync's engine plans like any source row; a user read through the sync's directory becomes a
SCIM User again (``user_resource``), each owned field under the column the mapping reads it
from. The columns a mapping may name:

- core: ``userName``, ``externalId``, ``displayName``, ``nickName``, ``title``, ``userType``,
  ``preferredLanguage``, ``locale``, ``timezone``, ``profileUrl``;
- ``name.givenName``, ``name.familyName``, ``name.middleName``, ``name.formatted``,
  ``name.honorificPrefix``, ``name.honorificSuffix``;
- ``emails.value`` (the work email, else the primary one, else the first),
  ``phoneNumbers.value`` (likewise), ``phoneNumbers.mobile``;
- the enterprise extension: ``employeeNumber``, ``costCenter``, ``organization``,
  ``division``, ``department``, ``manager`` (the manager's id).

``active`` is not a column: ``active: false`` retires the user, as the mapping's ``[leavers]``
says, and ``true`` re-hires it (``storage``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from ..sync import CurrentUser, MappingError, SyncMapping

__all__ = [
    "COLUMNS",
    "ENTERPRISE",
    "GROUP_SCHEMA",
    "USER_SCHEMA",
    "check_columns",
    "columns_of",
    "row_of",
    "user_resource",
    "version_of",
]

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"

_CORE = ("userName", "externalId", "displayName", "nickName", "title", "userType",
         "preferredLanguage", "locale", "timezone", "profileUrl")  # fmt: skip
_NAME = ("givenName", "familyName", "middleName", "formatted", "honorificPrefix",
         "honorificSuffix")  # fmt: skip
_EXTENSION = ("employeeNumber", "costCenter", "organization", "division", "department")
_MULTI = {"emails.value": ("emails", "work"), "phoneNumbers.value": ("phoneNumbers", "work"),
          "phoneNumbers.mobile": ("phoneNumbers", "mobile")}  # fmt: skip

COLUMNS: frozenset[str] = frozenset(
    (*_CORE, *(f"name.{n}" for n in _NAME), *_MULTI, *_EXTENSION, "manager")
)
"""Every column a mapping used by the bridge may name."""


def check_columns(mapping: SyncMapping) -> None:
    """``MappingError`` naming each column that is not a SCIM attribute the bridge knows."""
    if mapping.status is not None:
        raise MappingError(
            f"{mapping.origin}: the SCIM bridge retires by active: false; [leavers] status and "
            "end-date columns are the sync's"
        )
    unknown = sorted(mapping.columns - COLUMNS)
    if unknown:
        raise MappingError(
            f"{mapping.origin}: the SCIM bridge reads SCIM attributes, and "
            f"{', '.join(unknown)} is not one; known: {', '.join(sorted(COLUMNS))}"
        )


# -- SCIM User -> row -------------------------------------------------------------------------


def row_of(user: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of a SCIM User (as ``model_dump()`` gives it); absent ones are left out."""
    row: dict[str, Any] = {name: user[name] for name in _CORE if user.get(name) is not None}
    name = user.get("name") or {}
    row.update({f"name.{n}": name[n] for n in _NAME if name.get(n) is not None})
    for column, (attribute, kind) in _MULTI.items():
        value = _pick(user.get(attribute) or [], kind, strict=column == "phoneNumbers.mobile")
        if value is not None:
            row[column] = value
    extension = user.get(ENTERPRISE) or {}
    row.update({n: extension[n] for n in _EXTENSION if extension.get(n) is not None})
    manager = extension.get("manager") or {}
    if manager.get("value") is not None:
        row["manager"] = manager["value"]
    return row


def _pick(items: list[dict[str, Any]], kind: str, *, strict: bool) -> Any:
    """The value of the item of this type, else (unless strict) the primary one, else the first."""
    for item in items:
        if item.get("type") == kind and item.get("value"):
            return item["value"]
    if strict:
        return None
    for item in items:
        if item.get("primary") and item.get("value"):
            return item["value"]
    return next((item["value"] for item in items if item.get("value")), None)


# -- user -> SCIM User ------------------------------------------------------------------------


def user_resource(current: CurrentUser, mapping: SyncMapping) -> dict[str, Any]:
    """The SCIM User of a user as the sync's directory read it (owned fields only)."""
    row = columns_of(current, mapping)
    user: dict[str, Any] = {"schemas": [USER_SCHEMA], "id": str(current.user_id)}
    user.update({name: row[name] for name in _CORE if _present(row.get(name))})
    name = {n: row[f"name.{n}"] for n in _NAME if _present(row.get(f"name.{n}"))}
    if name:
        user["name"] = name
    user["active"] = not current.retired
    for column, (attribute, kind) in _MULTI.items():
        if _present(row.get(column)):
            item = {"value": row[column], "type": kind, "primary": kind == "work"}
            user.setdefault(attribute, []).append(item)
    extension = {n: row[n] for n in _EXTENSION if _present(row.get(n))}
    if _present(row.get("manager")):
        extension["manager"] = {"value": row["manager"]}
    if extension:
        user["schemas"].append(ENTERPRISE)
        user[ENTERPRISE] = extension
    if current.group is not None:
        user["groups"] = [{"value": str(current.group.id), "display": current.group.name,
                           "type": "direct"}]  # fmt: skip
    user["meta"] = {"resourceType": "User", "version": version_of(user)}
    return user


def columns_of(current: CurrentUser, mapping: SyncMapping) -> dict[str, Any]:
    """Each column the mapping reads, with the value that would give the user's owned fields."""
    row: dict[str, Any] = {mapping.key_column: current.key}
    for rule in mapping.properties:
        if rule.column is None or rule.column in row:
            continue
        value = current.values.get(rule.path)
        source = [cell for cell, mapped in rule.values.items() if mapped == value and cell]
        row[rule.column] = source[0] if source else value
    for lookup, ref in ((mapping.user_group, current.group), (mapping.role, current.role)):
        if lookup is None or ref is None or lookup.column in row:
            continue
        source = [cell for cell, name in lookup.values.items() if name == ref.name and cell]
        row[lookup.column] = source[0] if source else ref.name
    return row


def _present(value: Any) -> bool:
    return value is not None and value != ""


def version_of(resource: Mapping[str, Any]) -> str:
    """A weak ETag of a resource's content (``meta`` left out): it changes when the user does.

    SuperOffice's User carries no modification time, so the version is a digest of the
    owned fields as read from SuperOffice (which stays the only state).
    """
    content = {k: v for k, v in resource.items() if k != "meta"}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode())
    return f'W/"{digest.hexdigest()[:20]}"'
