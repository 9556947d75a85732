"""The plan: for each source row and each leaver, what the sync would do and why.

``make_plan`` is pure: the mapping, the source, the users as they are and the lookups in; a
``SyncPlan`` out. ``plan_sync`` reads the users and lookups from a ``Directory`` first (reads
only, never a write). A plan shows create / update (field by field) / retire / delete /
unchanged / invalid, with counts, as text (``render``) or JSON (``to_dict``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .directory import CurrentUser, DesiredUser, Directory, FieldChange, Lookups, Progress, Ref
from .errors import MappingError, RetireLimitError
from .mapping import RetireLimit, RowError, SyncMapping
from .source import SourceData, SourceRow

__all__ = ["Action", "PlannedAction", "SyncPlan", "make_plan", "plan_sync"]


class Action(StrEnum):
    """What the sync does with one user."""

    CREATE = "create"
    UPDATE = "update"
    RETIRE = "retire"
    DELETE = "delete"
    UNCHANGED = "unchanged"
    INVALID = "invalid"
    """The source row cannot be synced (its problem says why); nothing is written for it."""


WRITES = frozenset({Action.CREATE, Action.UPDATE, Action.RETIRE, Action.DELETE})
_MARK = {
    Action.CREATE: "+",
    Action.UPDATE: "~",
    Action.RETIRE: "-",
    Action.DELETE: "x",
    Action.UNCHANGED: "=",
    Action.INVALID: "!",
}


@dataclass(frozen=True, slots=True)
class PlannedAction:
    """One user's planned action; ``row`` is None for leavers (absent from the source)."""

    action: Action
    key: str | None
    user_id: int | None = None
    changes: tuple[FieldChange, ...] = ()
    row: SourceRow | None = None
    desired: DesiredUser | None = None
    current: CurrentUser | None = None
    problem: str | None = None

    @property
    def writes(self) -> bool:
        return self.action in WRITES

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"action": self.action.value, "key": self.key}
        if self.user_id is not None:
            data["user_id"] = self.user_id
        if self.row is not None:
            data["line"] = self.row.line
        if self.changes:
            data["changes"] = [change.to_dict() for change in self.changes]
        if self.problem is not None:
            data["problem"] = self.problem
        return data

    def describe(self) -> str:
        """One line: mark, action, key, user and the changes."""
        who = self.key if self.key is not None else "-"
        if self.user_id is not None:
            who += f" (user {self.user_id})"
        if self.action is Action.INVALID:
            return f"! invalid   {who}: {self.problem}"
        if self.action is Action.CREATE:
            detail = ", ".join(f"{c.field}={_show(c.after)}" for c in self.changes)
        elif self.action is Action.UPDATE:
            detail = "; ".join(
                f"{c.field}: {_show(c.before)} -> {_show(c.after)}" for c in self.changes
            )
        elif self.action in (Action.RETIRE, Action.DELETE):
            detail = "absent from the source"
        else:
            detail = ""
        return f"{_MARK[self.action]} {self.action.value:<9} {who}" + (
            f": {detail}" if detail else ""
        )


def _show(value: Any) -> str:
    if isinstance(value, Ref):
        return repr(value.name)
    return repr(value)


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """Every planned action: one per source row (in order), then the leavers."""

    actions: tuple[PlannedAction, ...]
    in_scope: int
    """Users in scope before the sync: the base of a percentage ``max_retire``."""
    source: str = ""
    owned: tuple[str, ...] = ()
    max_retire: RetireLimit = field(default_factory=lambda: RetireLimit(percent=5.0))

    @property
    def counts(self) -> dict[str, int]:
        """Actions by kind, every kind present."""
        counts = dict.fromkeys((a.value for a in Action), 0)
        for planned in self.actions:
            counts[planned.action.value] += 1
        return counts

    @property
    def writes(self) -> list[PlannedAction]:
        """The actions that write."""
        return [a for a in self.actions if a.writes]

    @property
    def leavers(self) -> int:
        """Users to retire or delete."""
        return sum(a.action in (Action.RETIRE, Action.DELETE) for a in self.actions)

    def retire_limit_exceeded(self, limit: RetireLimit | None = None) -> bool:
        limit = limit or self.max_retire
        return self.leavers > limit.allowed(self.in_scope)

    def check_retire_limit(self, limit: RetireLimit | None = None) -> None:
        """Raise ``RetireLimitError`` when the plan retires or deletes too many users."""
        limit = limit or self.max_retire
        if self.retire_limit_exceeded(limit):
            raise RetireLimitError(self.leavers, self.in_scope, str(limit))

    def summary(self) -> str:
        counts = self.counts
        return ", ".join(f"{counts[a.value]} {a.value}" for a in Action)

    def render(self, *, unchanged: bool = False) -> str:
        """The plan as text: one line per action (unchanged ones only if asked), then counts."""
        lines = [
            f"Plan for {self.source or 'the source'}: {self.in_scope} user(s) in scope; "
            f"the sync owns {', '.join(self.owned)}"
        ]
        lines += [
            a.describe() for a in self.actions if unchanged or a.action is not Action.UNCHANGED
        ]
        lines.append(f"Plan: {self.summary()}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "in_scope": self.in_scope,
            "owned": list(self.owned),
            "max_retire": str(self.max_retire),
            "counts": self.counts,
            "actions": [a.to_dict() for a in self.actions],
        }


async def plan_sync(
    mapping: SyncMapping,
    source: SourceData,
    directory: Directory,
    *,
    progress: Progress | None = None,
) -> SyncPlan:
    """Read the lookups and the users in scope from ``directory``, then plan (no writes)."""
    needs_lookups = mapping.user_group or mapping.role or mapping.licenses
    lookups = await directory.lookups() if needs_lookups else Lookups()
    current = await directory.read(progress)
    return make_plan(mapping, source, current, lookups)


def make_plan(
    mapping: SyncMapping,
    source: SourceData,
    current: Sequence[CurrentUser],
    lookups: Lookups,
) -> SyncPlan:
    """The plan for ``source`` against the users as they are (pure: no I/O)."""
    if mapping.licenses is not None:
        unknown = sorted(mapping.licenses.managed - lookups.license_modules)
        if unknown:
            known = ", ".join(sorted(lookups.license_modules)) or "none"
            raise MappingError(
                f"{mapping.origin}: [licenses] unknown module(s) {', '.join(unknown)} "
                f"(known: {known})"
            )
    by_key: dict[str, list[CurrentUser]] = defaultdict(list)
    for user in current:
        by_key[user.key.casefold()].append(user)

    keys: dict[str, list[int]] = defaultdict(list)
    for row in source.rows:
        key = _cell_key(row, mapping)
        if key:
            keys[key.casefold()].append(row.line)

    actions = [_row_action(row, mapping, by_key, keys, lookups) for row in source.rows]
    in_scope = [user for user in current if _in_scope(user, mapping)]
    if mapping.leavers != "keep":
        for user in in_scope:
            if user.key.casefold() in keys:
                continue
            if mapping.leavers == "retire" and not user.retired:
                actions.append(PlannedAction(Action.RETIRE, user.key, user.user_id, current=user))
            elif mapping.leavers == "delete":
                actions.append(PlannedAction(Action.DELETE, user.key, user.user_id, current=user))
    return SyncPlan(
        tuple(actions),
        in_scope=len(in_scope),
        source=source.path,
        owned=mapping.owned,
        max_retire=mapping.max_retire,
    )


def _cell_key(row: SourceRow, mapping: SyncMapping) -> str:
    value = row.values.get(mapping.key_column)
    return "" if value is None else str(value).strip()


def _in_scope(user: CurrentUser, mapping: SyncMapping) -> bool:
    if not mapping.scope_groups:
        return True
    groups = {g.casefold() for g in mapping.scope_groups}
    return user.group is not None and user.group.name.casefold() in groups


def _row_action(
    row: SourceRow,
    mapping: SyncMapping,
    by_key: dict[str, list[CurrentUser]],
    keys: dict[str, list[int]],
    lookups: Lookups,
) -> PlannedAction:
    key = _cell_key(row, mapping) or None
    if row.problem is not None:
        return PlannedAction(Action.INVALID, key, row=row, problem=row.problem)
    try:
        wanted = mapping.desired(row.values)
        desired = DesiredUser(
            wanted.key,
            wanted.values,
            group=_look_up(wanted.group, lookups.groups, "user group"),
            role=_look_up(wanted.role, lookups.roles, "role"),
            licenses=wanted.licenses,
        )
    except RowError as exc:
        return PlannedAction(Action.INVALID, key, row=row, problem=f"line {row.line}: {exc}")
    lines = keys[desired.key.casefold()]
    if len(lines) > 1:
        where = ", ".join(map(str, lines))
        problem = f"line {row.line}: the key {desired.key!r} is on lines {where}"
        return PlannedAction(Action.INVALID, desired.key, row=row, problem=problem)
    matches = by_key.get(desired.key.casefold(), [])
    if len(matches) > 1:
        ids = ", ".join(str(u.user_id) for u in matches)
        problem = f"line {row.line}: users {ids} all have the key {desired.key!r}"
        return PlannedAction(Action.INVALID, desired.key, row=row, problem=problem)
    if not matches:
        return PlannedAction(
            Action.CREATE, desired.key, changes=_creation(desired), row=row, desired=desired
        )
    user = matches[0]
    changes = diff(user, desired, mapping)
    action = Action.UPDATE if changes else Action.UNCHANGED
    return PlannedAction(
        action, desired.key, user.user_id, changes, row=row, desired=desired, current=user
    )


def _look_up(name: str | None, table: dict[str, Ref] | Any, what: str) -> Ref | None:
    if name is None:
        return None
    found: Ref | None = table.get(name.casefold())
    if found is None:
        known = ", ".join(sorted(ref.name for ref in table.values())) or "none"
        raise RowError(f"no {what} named {name!r} (known: {known})")
    return found


def _creation(desired: DesiredUser) -> tuple[FieldChange, ...]:
    changes = [FieldChange(path, None, value) for path, value in desired.values.items()]
    if desired.group is not None:
        changes.append(FieldChange("UserGroup", None, desired.group))
    if desired.role is not None:
        changes.append(FieldChange("Role", None, desired.role))
    for module, assigned in (desired.licenses or {}).items():
        if assigned:
            changes.append(FieldChange(f"License/{module}", False, True))
    return tuple(changes)


def diff(
    current: CurrentUser, desired: DesiredUser, mapping: SyncMapping
) -> tuple[FieldChange, ...]:
    """The owned fields whose value differs, in the mapping's order."""
    changes: list[FieldChange] = []
    if current.retired and mapping.leavers == "retire":
        changes.append(FieldChange("Retired", True, False))
    for path, after in desired.values.items():
        before = current.values.get(path)
        if not _same(before, after):
            changes.append(FieldChange(path, before, after))
    for name, want, have in (
        ("UserGroup", desired.group, current.group),
        ("Role", desired.role, current.role),
    ):
        if want is not None and (have is None or have.id != want.id):
            changes.append(FieldChange(name, have, want))
    for module, assigned in (desired.licenses or {}).items():
        had = current.licenses.get(module, False)
        if had != assigned:
            changes.append(FieldChange(f"License/{module}", had, assigned))
    return tuple(changes)


def _same(before: Any, after: Any) -> bool:
    if isinstance(after, str):
        return (before if before is not None else "") == after
    if isinstance(after, bool) or isinstance(before, bool):
        return before is after
    return bool(before == after)
