"""The mapping file: how an HR source's columns become the users the sync owns.

A mapping is TOML (``tomllib``, in the standard library: no extra dependency). See
docs/examples/hr.toml (in docs/guides/sync.md) for a complete example. In short::

    [key]                     # who is who across runs
    column = "EmployeeId"
    property = "CustomFields/x_employee_id"   # or "UserName"
    marker = "CustomFields/x_synced"          # set on users the sync created or adopted

    [properties]              # user property = source column (or a table with a value map)
    "Person/Firstname" = "FirstName"
    UserName = { column = "Email" }

    [user_group]              # department -> user group, looked up by name
    column = "Department"
    values = { "R&D" = "Development" }

    [role]                    # job title -> role, looked up by name
    column = "JobTitle"
    default = "Read only"

    [licenses]                # module licenses by module name
    modules = ["ten-sales"]

    [leavers]                 # marked users in scope but absent from the source, or gone
    action = "retire"         # retire | delete | keep
    max_retire = "5%"
    status_column = "Status"  # optional: rows whose status says they are gone are leavers too
    gone = ["Terminated", "Inactive"]
    on_leave = ["On leave"]   # kept; with on_leave_licenses = false, without the modules
    end_date_column = "EndDate"               # optional: gone after this date (YYYY-MM-DD)

The sync owns exactly what the mapping names (the key property, the marker, each property, the
user group, the role, the license modules named, and the retired flag when leavers are
retired); it reads and writes nothing else.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .._generated.spec_facts import PROPERTY_SHAPES
from ..errors import InvalidArgumentError
from ..patch import patch_path
from .errors import MappingError

__all__ = [
    "LEAVER_ACTIONS",
    "DesiredValues",
    "LicenseRule",
    "LookupRule",
    "PropertyRule",
    "RetireLimit",
    "RowError",
    "StatusRule",
    "SyncMapping",
    "load_mapping",
]

LEAVER_ACTIONS = ("retire", "delete", "keep")
MARKED = "1"
"""The value the sync writes into the mapping's marker field."""
_SECTIONS = {"key", "properties", "user_group", "role", "licenses", "leavers", "source"}
_NOT_PROPERTIES = {
    "AssociateId": "it is the user's id",
    "Role": "use the [role] section",
    "UserGroup": "use the [user_group] section",
    "OtherGroups": "other groups are not synced",
    "LicenseOwners": "use the [licenses] section",
    "Deleted": "retirement is the [leavers] section's",
    "Person": "name its properties, e.g. Person/Firstname",
}
_SCALARS = {"string", "integer", "number", "boolean", "date-time"}
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n", ""}


class RowError(InvalidArgumentError):
    """One source row cannot become a user (the other rows go on)."""


@dataclass(frozen=True, slots=True)
class RetireLimit:
    """At most this many leavers per run: a count, or a percentage of the users in scope."""

    count: int | None = None
    percent: float | None = None

    @classmethod
    def parse(cls, value: object) -> RetireLimit:
        """``"5%"``, ``"25"`` or ``25``."""
        if isinstance(value, bool):
            raise MappingError(f"max_retire must be a count or a percentage, not {value!r}")
        if isinstance(value, int) and value >= 0:
            return cls(count=value)
        if isinstance(value, str):
            text = value.strip()
            try:
                if text.endswith("%"):
                    percent = float(text[:-1])
                    if 0 <= percent <= 100:
                        return cls(percent=percent)
                elif int(text) >= 0:
                    return cls(count=int(text))
            except ValueError:
                pass
        raise MappingError(f"max_retire must be a count (25) or a percentage (5%), not {value!r}")

    def allowed(self, in_scope: int) -> int:
        """How many leavers this limit lets through when ``in_scope`` users are in scope."""
        if self.count is not None:
            return self.count
        return math.ceil(in_scope * (self.percent or 0.0) / 100 - 1e-9)

    def __str__(self) -> str:
        return f"{self.count}" if self.count is not None else f"{self.percent:g}%"


@dataclass(frozen=True, slots=True)
class PropertyRule:
    """A user property filled from a column through an optional value map, or a constant."""

    path: str
    """As in the spec, without the leading slash: ``Person/Firstname``, ``CustomFields/x``."""
    shape: str
    column: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    default: Any = None
    has_default: bool = False
    constant: Any = None

    def resolve(self, row: Mapping[str, Any]) -> Any:
        """The property's value for a row, converted to the property's type."""
        if self.column is None:
            return self.constant
        cell = _text(row.get(self.column))
        if cell in self.values:
            value = self.values[cell]
        elif self.has_default:
            value = self.default
        else:
            value = cell
        return _convert(value, self.shape, f"{self.column} -> {self.path}")


@dataclass(frozen=True, slots=True)
class LookupRule:
    """A column whose value names a user group or a role (through an optional value map)."""

    column: str
    values: Mapping[str, str] = field(default_factory=dict)
    default: str | None = None

    def resolve(self, row: Mapping[str, Any], what: str) -> str:
        """The name to look up for this row."""
        cell = _text(row.get(self.column))
        name = self.values.get(cell)
        if name is None:
            name = self.default if self.default is not None else cell
        if not name:
            raise RowError(f"{self.column} is empty, so there is no {what} to look up")
        return name


@dataclass(frozen=True, slots=True)
class LicenseRule:
    """Module licenses by module name: some for everyone, some by a column's value."""

    modules: frozenset[str] = frozenset()
    column: str | None = None
    values: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def managed(self) -> frozenset[str]:
        """Every module the sync owns: assigned when wanted, unassigned otherwise."""
        return self.modules.union(*self.values.values())

    def resolve(self, row: Mapping[str, Any]) -> dict[str, bool]:
        """Module name -> assigned, for every managed module."""
        wanted = set(self.modules)
        if self.column is not None:
            wanted |= self.values.get(_text(row.get(self.column)), frozenset())
        return {module: module in wanted for module in sorted(self.managed)}


@dataclass(frozen=True, slots=True)
class StatusRule:
    """Which rows are leavers by their own data: a status column and/or an end-date column."""

    column: str | None = None
    gone: frozenset[str] = frozenset()
    """Case-folded status values that mean the person has left."""
    on_leave: frozenset[str] = frozenset()
    """Case-folded status values that mean "on leave": the user is kept."""
    on_leave_licenses: bool = True
    """False: a user on leave holds none of the managed modules."""
    end_date_column: str | None = None

    def state(self, row: Mapping[str, Any], today: date) -> tuple[str | None, bool]:
        """(why the row is a leaver or None, whether it is on leave)."""
        if self.column is not None:
            status = _text(row.get(self.column))
            if status.casefold() in self.gone:
                return f"{self.column} is {status!r}", False
            on_leave = status.casefold() in self.on_leave
        else:
            on_leave = False
        if self.end_date_column is not None:
            cell = _text(row.get(self.end_date_column))
            if cell:
                try:
                    ended = date.fromisoformat(cell[:10])
                except ValueError:
                    raise RowError(
                        f"{self.end_date_column} must be a date (YYYY-MM-DD), got {cell!r}"
                    ) from None
                if ended < today:
                    return f"{self.end_date_column} {ended.isoformat()} has passed", False
        return None, on_leave


@dataclass(frozen=True, slots=True)
class DesiredValues:
    """What one source row asks for, before names are looked up."""

    key: str
    values: dict[str, Any]
    group: str | None
    role: str | None
    licenses: dict[str, bool] | None
    leaving: str | None = None
    """Why the row is a leaver (its status or end date); None for a current employee."""


@dataclass(frozen=True, slots=True)
class SyncMapping:
    """A parsed mapping file; see the module docstring and docs/guides/sync.md."""

    key_column: str
    key_property: str
    properties: tuple[PropertyRule, ...] = ()
    user_group: LookupRule | None = None
    role: LookupRule | None = None
    licenses: LicenseRule | None = None
    leavers: str = "retire"
    scope_groups: frozenset[str] = frozenset()
    max_retire: RetireLimit = RetireLimit(percent=5.0)
    ignore_columns: frozenset[str] = frozenset()
    origin: str = "mapping"
    marker: str | None = None
    """The user-defined field the sync sets on the users it creates or adopts
    (``CustomFields/<name>``); only marked users can become leavers."""
    status: StatusRule | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "mapping") -> SyncMapping:
        """A mapping from parsed TOML (or any dict of the same shape)."""
        return _parse(data, origin)

    @property
    def columns(self) -> frozenset[str]:
        """Every source column the mapping reads."""
        names = {self.key_column}
        names.update(rule.column for rule in self.properties if rule.column is not None)
        for lookup in (self.user_group, self.role):
            if lookup is not None:
                names.add(lookup.column)
        if self.licenses is not None and self.licenses.column is not None:
            names.add(self.licenses.column)
        if self.status is not None:
            names.update(c for c in (self.status.column, self.status.end_date_column) if c)
        return frozenset(names)

    @property
    def value_paths(self) -> tuple[str, ...]:
        """The owned property paths a directory reads: key, marker, then each property."""
        marker = () if self.marker is None else (self.marker,)
        return (self.key_property, *marker, *(rule.path for rule in self.properties))

    def is_marked(self, values: Mapping[str, Any]) -> bool:
        """Whether a user's owned values (by path) carry the marker; no marker: every user."""
        if self.marker is None:
            return True
        return _text(values.get(self.marker)) not in ("", "0")

    @property
    def owned(self) -> tuple[str, ...]:
        """The fields the sync owns, as plans and reports name them."""
        names = list(self.value_paths)
        if self.user_group is not None:
            names.append("UserGroup")
        if self.role is not None:
            names.append("Role")
        if self.licenses is not None:
            names.extend(f"License/{m}" for m in sorted(self.licenses.managed))
        if self.leavers == "retire":
            names.append("Retired")
        return tuple(names)

    def desired(self, row: Mapping[str, Any], today: date | None = None) -> DesiredValues:
        """What a row asks for; a ``RowError`` names the column when it cannot. A leaver's row
        (``leaving``) carries only its key: nothing else of it is written."""
        key = _text(row.get(self.key_column))
        if not key:
            raise RowError(f"{self.key_column} (the key) is empty")
        values: dict[str, Any] = {self.key_property: key}
        leaving, on_leave = (None, False)
        if self.status is not None:
            leaving, on_leave = self.status.state(row, today or date.today())
        if leaving is not None:
            return DesiredValues(key, values, None, None, None, leaving=leaving)
        if self.marker is not None:
            values[self.marker] = MARKED
        for rule in self.properties:
            values[rule.path] = rule.resolve(row)
        licenses = None if self.licenses is None else self.licenses.resolve(row)
        if licenses is not None and on_leave and not self.status_licenses_kept:
            licenses = dict.fromkeys(licenses, False)
        return DesiredValues(
            key=key,
            values=values,
            group=None if self.user_group is None else self.user_group.resolve(row, "user group"),
            role=None if self.role is None else self.role.resolve(row, "role"),
            licenses=licenses,
        )

    @property
    def status_licenses_kept(self) -> bool:
        """Whether users on leave keep their modules."""
        return self.status is None or self.status.on_leave_licenses


def load_mapping(path: str | Path) -> SyncMapping:
    """Read and check a TOML mapping file."""
    path = Path(path)
    if path.suffix.lower() != ".toml":
        raise MappingError(f"{path}: a mapping is a TOML file (.toml)")
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except FileNotFoundError:
        raise MappingError(f"{path}: no such mapping file") from None
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{path}: not valid TOML ({exc})") from None
    return _parse(data, str(path))


# -- parsing ----------------------------------------------------------------------------------


def _parse(data: Mapping[str, Any], origin: str) -> SyncMapping:
    unknown = sorted(set(data) - _SECTIONS)
    if unknown:
        raise MappingError(
            f"{origin}: unknown section(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(_SECTIONS))}"
        )
    key = _table(data, "key", origin, required=True)
    _only(key, {"column", "property", "marker"}, "[key]", origin)
    key_column = _name(key.get("column"), "[key] column", origin)
    key_property = _key_property(_name(key.get("property"), "[key] property", origin), origin)
    marker = None
    if "marker" in key:
        marker = _field(_name(key.get("marker"), "[key] marker", origin), "[key] marker", origin)
        if marker == key_property:
            raise MappingError(f"{origin}: [key] marker must be another field than the key")

    properties = tuple(
        _property(path, spec, origin) for path, spec in _table(data, "properties", origin).items()
    )
    seen = {key_property, marker}
    for rule in properties:
        if rule.path in seen:
            raise MappingError(
                f"{origin}: [properties] {rule.path} is mapped twice (or is the key or marker)"
            )
        seen.add(rule.path)

    leavers = _table(data, "leavers", origin)
    _only(leavers, {"action", "groups", "max_retire", *_STATUS_KEYS}, "[leavers]", origin)
    action = leavers.get("action", "retire")
    if action not in LEAVER_ACTIONS:
        raise MappingError(
            f"{origin}: [leavers] action must be one of {', '.join(LEAVER_ACTIONS)}, not {action!r}"
        )
    scope_groups = frozenset(_names(leavers.get("groups", []), "[leavers] groups", origin))
    if key_property == "UserName" and action != "keep" and not scope_groups:
        raise MappingError(
            f"{origin}: with UserName as the key every user is in scope, so [leavers] needs "
            'groups (the user groups the sync manages) or action = "keep"'
        )
    source = _table(data, "source", origin)
    _only(source, {"ignore_columns"}, "[source]", origin)
    mapping = SyncMapping(
        key_column=key_column,
        key_property=key_property,
        properties=properties,
        user_group=_lookup(data, "user_group", origin),
        role=_lookup(data, "role", origin),
        licenses=_licenses(data, origin),
        leavers=action,
        scope_groups=scope_groups,
        max_retire=_limit(leavers.get("max_retire", "5%"), origin),
        ignore_columns=frozenset(
            _names(source.get("ignore_columns", []), "[source] ignore_columns", origin)
        ),
        origin=origin,
        marker=marker,
        status=_status(leavers, origin),
    )
    if action != "keep" and marker is None:
        raise MappingError(
            f"{origin}: [leavers] action = {action!r} needs [key] marker (a user-defined field "
            'the sync sets on the users it creates or adopts, e.g. "CustomFields/x_synced"): '
            'only marked users can become leavers; or action = "keep"'
        )
    return mapping


_STATUS_KEYS = {"status_column", "gone", "on_leave", "on_leave_licenses", "end_date_column"}


def _status(leavers: Mapping[str, Any], origin: str) -> StatusRule | None:
    if not set(leavers) & _STATUS_KEYS:
        return None
    column = leavers.get("status_column")
    if column is not None:
        column = _name(column, "[leavers] status_column", origin)
    gone = _names(leavers.get("gone", []), "[leavers] gone", origin)
    on_leave = _names(leavers.get("on_leave", []), "[leavers] on_leave", origin)
    if (gone or on_leave) and column is None:
        raise MappingError(f"{origin}: [leavers] gone and on_leave need a status_column")
    if column is not None and not (gone or on_leave):
        raise MappingError(f"{origin}: [leavers] status_column needs gone and/or on_leave values")
    both = {v.casefold() for v in gone} & {v.casefold() for v in on_leave}
    if both:
        raise MappingError(f"{origin}: [leavers] {sorted(both)} both gone and on leave")
    kept = leavers.get("on_leave_licenses", True)
    if not isinstance(kept, bool):
        raise MappingError(f"{origin}: [leavers] on_leave_licenses must be true or false")
    end = leavers.get("end_date_column")
    return StatusRule(
        column=column,
        gone=frozenset(v.casefold() for v in gone),
        on_leave=frozenset(v.casefold() for v in on_leave),
        on_leave_licenses=kept,
        end_date_column=None if end is None else _name(end, "[leavers] end_date_column", origin),
    )


def _limit(value: object, origin: str) -> RetireLimit:
    try:
        return RetireLimit.parse(value)
    except MappingError as exc:
        raise MappingError(f"{origin}: [leavers] {exc}") from None


def _table(data: Mapping[str, Any], name: str, origin: str, *, required: bool = False) -> Any:
    value = data.get(name)
    if value is None:
        if required:
            raise MappingError(f"{origin}: the [{name}] section is required")
        return {}
    if not isinstance(value, dict):
        raise MappingError(f"{origin}: {name} must be a table ([{name}])")
    return value


def _only(table: Mapping[str, Any], allowed: set[str], where: str, origin: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise MappingError(
            f"{origin}: {where} has unknown key(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(allowed))}"
        )


def _name(value: object, where: str, origin: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise MappingError(f"{origin}: {where} must be a non-empty string")
    return value.strip()


def _names(value: object, where: str, origin: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise MappingError(f"{origin}: {where} must be a list of names")
    return [v.strip() for v in value]


def _canonical(path: str, where: str, origin: str) -> tuple[str, str]:
    """The spec's spelling of a property path and its shape."""
    try:
        canonical = patch_path("User", path).lstrip("/")
    except InvalidArgumentError as exc:
        raise MappingError(f"{origin}: {where}: {exc}") from None
    parts = canonical.split("/")
    top = parts[0]
    if top in _NOT_PROPERTIES and not (top == "Person" and len(parts) == 2):
        reason = _NOT_PROPERTIES[top]
        raise MappingError(f"{origin}: {where}: {canonical} cannot be mapped: {reason}")
    if PROPERTY_SHAPES["User"][top] == "map":
        return canonical, "string" if len(parts) == 2 else "map"
    if len(parts) == 1:
        return canonical, PROPERTY_SHAPES["User"][top]
    if top == "Person" and len(parts) == 2:
        return canonical, PROPERTY_SHAPES["Person"][parts[1]]
    return canonical, "object"


def _field(path: str, where: str, origin: str) -> str:
    """A user-defined/extra field (``CustomFields/<name>``), in the spec's spelling."""
    canonical, shape = _canonical(path, where, origin)
    if canonical.split("/")[0] not in ("CustomFields", "ExtraFields") or shape != "string":
        raise MappingError(
            f"{origin}: {where} must be a user-defined/extra field (CustomFields/<name>), "
            f"not {canonical}"
        )
    return canonical


def _key_property(path: str, origin: str) -> str:
    canonical, shape = _canonical(path, "[key] property", origin)
    top = canonical.split("/")[0]
    if canonical != "UserName" and not (
        top in ("CustomFields", "ExtraFields") and shape == "string"
    ):
        raise MappingError(
            f"{origin}: [key] property must be UserName or a user-defined/extra field "
            f"(CustomFields/<name>), not {canonical}"
        )
    return canonical


def _property(path: str, spec: object, origin: str) -> PropertyRule:
    canonical, shape = _canonical(path, f"[properties] {path}", origin)
    if shape not in _SCALARS:
        raise MappingError(f"{origin}: [properties] {canonical} is {shape}, not a single value")
    where = f"[properties] {canonical}"
    if isinstance(spec, str):
        return PropertyRule(canonical, shape, column=_name(spec, where, origin))
    if not isinstance(spec, dict):
        raise MappingError(f"{origin}: {where} must be a column name or a table")
    _only(spec, {"column", "values", "default", "value"}, where, origin)
    if "value" in spec:
        if "column" in spec:
            raise MappingError(f"{origin}: {where} has both a column and a constant value")
        constant = _checked(spec["value"], shape, where, origin)
        return PropertyRule(canonical, shape, constant=constant)
    values = spec.get("values", {})
    if not isinstance(values, dict):
        raise MappingError(f"{origin}: {where} values must be a table of source -> value")
    for value in values.values():
        _checked(value, shape, where, origin)
    if "default" in spec:
        _checked(spec["default"], shape, where, origin)
    return PropertyRule(
        canonical,
        shape,
        column=_name(spec.get("column"), f"{where} column", origin),
        values={str(k).strip(): v for k, v in values.items()},
        default=spec.get("default"),
        has_default="default" in spec,
    )


def _checked(value: Any, shape: str, where: str, origin: str) -> Any:
    try:
        return _convert(value, shape, where)
    except RowError as exc:
        raise MappingError(f"{origin}: {exc}") from None


def _lookup(data: Mapping[str, Any], name: str, origin: str) -> LookupRule | None:
    table = _table(data, name, origin)
    if not table:
        return None
    _only(table, {"column", "values", "default"}, f"[{name}]", origin)
    values = table.get("values", {})
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise MappingError(f"{origin}: [{name}] values must map source values to names")
    default = table.get("default")
    if default is not None and not isinstance(default, str):
        raise MappingError(f"{origin}: [{name}] default must be a name")
    return LookupRule(
        column=_name(table.get("column"), f"[{name}] column", origin),
        values={str(k).strip(): v.strip() for k, v in values.items()},
        default=default,
    )


def _licenses(data: Mapping[str, Any], origin: str) -> LicenseRule | None:
    table = _table(data, "licenses", origin)
    if not table:
        return None
    _only(table, {"modules", "column", "values"}, "[licenses]", origin)
    modules = frozenset(_names(table.get("modules", []), "[licenses] modules", origin))
    values = table.get("values", {})
    if not isinstance(values, dict):
        raise MappingError(f"{origin}: [licenses] values must map source values to module lists")
    by_value = {
        str(k).strip(): frozenset(_names(v, f"[licenses] values {k!r}", origin))
        for k, v in values.items()
    }
    column = table.get("column")
    if by_value and column is None:
        raise MappingError(f"{origin}: [licenses] values needs a column")
    rule = LicenseRule(
        modules=modules,
        column=None if column is None else _name(column, "[licenses] column", origin),
        values=by_value,
    )
    if not rule.managed:
        raise MappingError(f"{origin}: [licenses] names no module")
    return rule


# -- values -----------------------------------------------------------------------------------


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    return str(cell).strip()


def _convert(value: Any, shape: str, where: str) -> Any:
    """A value of the property's type, from a cell's text or a mapping's typed value."""
    if shape == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        try:
            return int(_text(value))
        except ValueError:
            raise RowError(f"{where} must be an integer, got {value!r}") from None
    if shape == "number":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        try:
            return float(_text(value))
        except ValueError:
            raise RowError(f"{where} must be a number, got {value!r}") from None
    if shape == "boolean":
        if isinstance(value, bool):
            return value
        text = _text(value).lower()
        if text in _TRUE | _FALSE:
            return text in _TRUE
        raise RowError(f"{where} must be true or false, got {value!r}")
    return _text(value)
