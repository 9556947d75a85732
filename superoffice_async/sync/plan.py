"""The plan: for each source row and each leaver, what the sync would do and why.

``make_plan`` is pure: the mapping, the source, the users as they are and the lookups in; a
``SyncPlan`` out. ``plan_sync`` reads the lookups from a ``Directory``, checks every name the
mapping and the source use (``check_names``: one ``MappingError`` listing all unknown ones,
before the users are read), then reads the users (reads only, never a write). A plan shows
create / update (field by field) / adopt / retire / delete / unchanged / invalid, with counts,
as text (``render``) or JSON (``to_dict``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .directory import CurrentUser, DesiredUser, Directory, FieldChange, Lookups, Progress, Ref
from .errors import AdoptionError, MappingError, RetireLimitError, SyncError
from .mapping import RetireLimit, RowError, SyncMapping
from .source import SourceData, SourceRow

__all__ = [
    "Action",
    "PlannedAction",
    "SyncPlan",
    "check_names",
    "make_plan",
    "plan_sync",
    "replan",
]


class Action(StrEnum):
    """What the sync does with one user."""

    CREATE = "create"
    UPDATE = "update"
    ADOPT = "adopt"
    """An existing user the sync never wrote (unmarked, or matched by user name) is taken over:
    its owned fields written and the marker set. Needs ``--adopt`` (``allow_adopt``)."""
    RETIRE = "retire"
    DELETE = "delete"
    UNCHANGED = "unchanged"
    INVALID = "invalid"
    """The source row cannot be synced (its problem says why); nothing is written for it."""


WRITES = frozenset({Action.CREATE, Action.UPDATE, Action.ADOPT, Action.RETIRE, Action.DELETE})
_MARK = {
    Action.CREATE: "+",
    Action.UPDATE: "~",
    Action.ADOPT: "&",
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
    reason: str | None = None
    """Why a leaver leaves (absent from the source, its status, its end date), why a row
    of someone who left writes nothing, or that the action was re-planned (``replan``)."""

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
        if self.reason is not None:
            data["reason"] = self.reason
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
        elif self.action in (Action.UPDATE, Action.ADOPT):
            detail = "; ".join(
                f"{c.field}: {_show(c.before)} -> {_show(c.after)}" for c in self.changes
            )
        elif self.action in (Action.RETIRE, Action.DELETE):
            detail = self.reason or "absent from the source"
        else:
            detail = self.reason or ""
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
    unmarked: int = 0
    """Users in scope, absent from the source, that the sync never created or adopted: left
    alone (never leavers)."""

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

    @property
    def adoptions(self) -> int:
        """Existing users the plan would take over."""
        return sum(a.action is Action.ADOPT for a in self.actions)

    def check_adoption(self, allow_adopt: bool) -> None:
        """Raise ``AdoptionError`` when the plan adopts users and that was not allowed."""
        if self.adoptions and not allow_adopt:
            raise AdoptionError(self.adoptions)

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
        if self.unmarked:
            lines.append(
                f"  {self.unmarked} user(s) in scope but absent from the source were never "
                "created or adopted by the sync: left alone"
            )
        lines.append(f"Plan: {self.summary()}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "in_scope": self.in_scope,
            "owned": list(self.owned),
            "max_retire": str(self.max_retire),
            "counts": self.counts,
            "unmarked": self.unmarked,
            "actions": [a.to_dict() for a in self.actions],
        }


async def plan_sync(
    mapping: SyncMapping,
    source: SourceData,
    directory: Directory,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> SyncPlan:
    """Read the lookups, check every name (``MappingError`` before the users are read), read
    the users in scope, then plan (no writes). ``today`` decides which end dates have passed."""
    lookups = await directory.lookups()
    check_names(mapping, source, lookups)
    current = await directory.read(progress)
    lookups = dataclasses.replace(lookups, user_names=await directory.user_names())
    plan = make_plan(mapping, source, current, lookups, today=today)
    named = _by_name(plan, lookups, {u.user_id for u in current})
    candidates = await directory.read_users(sorted(set(named.values()))) if named else []
    new_names = [name for a in plan.actions if (name := _new_name(a)) is not None]
    if new_names:
        refused = await directory.refused_user_names(sorted(set(new_names)))
        lookups = dataclasses.replace(lookups, refused_names=refused)
    if candidates or new_names:
        plan = make_plan(mapping, source, current, lookups, candidates=candidates, today=today)
    return plan


def check_names(mapping: SyncMapping, source: SourceData, lookups: Lookups) -> None:
    """Every role, user group, license module and user-defined field the mapping and the source
    name must exist: one ``MappingError`` lists all that do not, with the closest names."""
    unknown: list[str] = []

    def check(what: str, wanted: Iterable[str], known: Iterable[str], fold: bool) -> None:
        names = sorted(set(known))
        index = {n.casefold() if fold else n: n for n in names}
        missing = sorted({w for w in wanted if (w.casefold() if fold else w) not in index})
        for name in missing:
            close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
            hint = f" (closest: {', '.join(map(repr, close))})" if close else ""
            unknown.append(f"{what} {name!r}{hint}")

    groups: set[str] = set(mapping.scope_groups)
    roles: set[str] = set()
    for row in source.rows:
        if row.problem is not None:
            continue
        for rule, names in ((mapping.user_group, groups), (mapping.role, roles)):
            if rule is None:
                continue
            with contextlib.suppress(RowError):  # an empty cell: that row's own problem
                names.add(rule.resolve(row.values, "name"))
    for rule, names in ((mapping.user_group, groups), (mapping.role, roles)):
        if rule is not None:
            names.update(rule.values.values())
            names.update([rule.default] if rule.default else [])
    check("user group", groups, (g.name for g in lookups.groups.values()), True)
    check("role", roles, (r.name for r in lookups.roles.values()), True)
    if mapping.licenses is not None:
        check("license module", mapping.licenses.managed, lookups.license_modules, False)
    if lookups.custom_fields is not None:
        fields = [p.split("/", 1)[1] for p in mapping.value_paths if p.startswith("CustomFields/")]
        check("user-defined field", fields, lookups.custom_fields, False)
    if unknown:
        raise MappingError(
            f"{mapping.origin}: {len(unknown)} name(s) SuperOffice does not have: "
            f"{'; '.join(unknown)}; nothing was written"
        )


def make_plan(
    mapping: SyncMapping,
    source: SourceData,
    current: Sequence[CurrentUser],
    lookups: Lookups,
    *,
    candidates: Sequence[CurrentUser] = (),
    today: date | None = None,
) -> SyncPlan:
    """The plan for ``source`` against the users as they are (pure: no I/O). ``candidates``
    are users outside the scope that a row matches by user name (adopted with ``--adopt``)."""
    check_names(mapping, source, lookups)
    planner = _Planner(mapping, source, current, lookups, candidates, today or date.today())
    actions = [planner.row_action(row) for row in source.rows]
    in_scope = [user for user in current if _in_scope(user, mapping)]
    unmarked = 0
    if mapping.leavers != "keep":
        for user in in_scope:
            if user.key.casefold() in planner.keys:
                continue
            if not mapping.is_marked(user.values):
                unmarked += 1
            elif mapping.leavers == "retire" and not user.retired:
                actions.append(PlannedAction(Action.RETIRE, user.key, user.user_id, current=user))
            elif mapping.leavers == "delete":
                actions.append(PlannedAction(Action.DELETE, user.key, user.user_id, current=user))
    return SyncPlan(
        tuple(actions),
        in_scope=len(in_scope),
        source=source.path,
        owned=mapping.owned,
        max_retire=mapping.max_retire,
        unmarked=unmarked,
    )


def _by_name(plan: SyncPlan, lookups: Lookups, in_scope: set[int]) -> dict[str, int]:
    """Planned creates whose user name an existing user outside the scope has: name -> id."""
    found = {}
    for planned in plan.actions:
        if planned.current is None and planned.desired is not None:
            name = planned.desired.values.get("UserName")
            owner = lookups.user_names.get(str(name or "").casefold())
            if owner is not None and owner not in in_scope:
                found[str(name).casefold()] = owner
    return found


def _new_name(planned: PlannedAction) -> str | None:
    """The user name a create or an update would give a user, if it is new to that user."""
    if planned.desired is None or planned.action not in WRITES:
        return None
    name = planned.desired.values.get("UserName")
    if not isinstance(name, str) or not name:
        return None
    if planned.current is not None and str(planned.current.values.get("UserName") or "") == name:
        return None
    return name


def _cell_key(row: SourceRow, mapping: SyncMapping) -> str:
    value = row.values.get(mapping.key_column)
    return "" if value is None else str(value).strip()


def _in_scope(user: CurrentUser, mapping: SyncMapping) -> bool:
    if not mapping.scope_groups:
        return True
    groups = {g.casefold() for g in mapping.scope_groups}
    return user.group is not None and user.group.name.casefold() in groups


class _Planner:
    """What each source row becomes, with the whole source and the users at hand."""

    def __init__(
        self,
        mapping: SyncMapping,
        source: SourceData,
        current: Sequence[CurrentUser],
        lookups: Lookups,
        candidates: Sequence[CurrentUser],
        today: date,
    ) -> None:
        self.mapping = mapping
        self.lookups = lookups
        self.today = today
        self.by_key: dict[str, list[CurrentUser]] = defaultdict(list)
        for user in current:
            self.by_key[user.key.casefold()].append(user)
        self.candidates = {user.user_id: user for user in candidates}
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.names: dict[str, list[int]] = defaultdict(list)
        name_rule = next((r for r in mapping.properties if r.path == "UserName"), None)
        for row in source.rows:
            key = _cell_key(row, mapping)
            if key:
                self.keys[key.casefold()].append(row.line)
            if name_rule is not None and row.problem is None:
                try:
                    name = str(name_rule.resolve(row.values) or "")
                    if name and mapping.desired(row.values, today).leaving is None:
                        self.names[name.casefold()].append(row.line)
                except RowError:
                    pass

    def row_action(self, row: SourceRow) -> PlannedAction:
        key = _cell_key(row, self.mapping) or None
        if row.problem is not None:
            return PlannedAction(Action.INVALID, key, row=row, problem=row.problem)
        try:
            wanted = self.mapping.desired(row.values, self.today)
            desired = DesiredUser(
                wanted.key,
                wanted.values,
                group=_look_up(wanted.group, self.lookups.groups, "user group"),
                role=_look_up(wanted.role, self.lookups.roles, "role"),
                licenses=wanted.licenses,
            )
        except RowError as exc:
            return PlannedAction(Action.INVALID, key, row=row, problem=f"line {row.line}: {exc}")
        lines = self.keys[desired.key.casefold()]
        if len(lines) > 1:
            where = ", ".join(map(str, lines))
            problem = f"line {row.line}: the key {desired.key!r} is on lines {where}"
            return PlannedAction(Action.INVALID, desired.key, row=row, problem=problem)
        matches = self.by_key.get(desired.key.casefold(), [])
        if len(matches) > 1:
            ids = ", ".join(str(u.user_id) for u in matches)
            problem = f"line {row.line}: users {ids} all have the key {desired.key!r}"
            return PlannedAction(Action.INVALID, desired.key, row=row, problem=problem)
        user = matches[0] if matches else None
        if wanted.leaving is not None:
            return self._leaver(row, desired, user, wanted.leaving)
        refused = self._refused_name(row, desired, user)
        if refused is not None:
            return PlannedAction(Action.INVALID, desired.key, user.user_id if user else None,
                                 row=row, desired=desired, problem=refused)  # fmt: skip
        if user is None:
            owner = self.lookups.user_names.get(str(desired.values.get("UserName")).casefold())
            user = self.candidates.get(owner) if owner is not None else None
            if user is None:
                changes = _creation(desired)
                return PlannedAction(Action.CREATE, desired.key, changes=changes, row=row,
                                     desired=desired)  # fmt: skip
            changes = diff(user, desired, self.mapping)
            return PlannedAction(
                Action.ADOPT,
                desired.key,
                user.user_id,
                changes,
                row=row,
                desired=desired,
                current=user,
                reason="same user name",
            )
        changes = diff(user, desired, self.mapping)
        if not self.mapping.is_marked(user.values):
            action = Action.ADOPT
        else:
            action = Action.UPDATE if changes else Action.UNCHANGED
        return PlannedAction(
            action, desired.key, user.user_id, changes, row=row, desired=desired, current=user
        )

    def _refused_name(
        self, row: SourceRow, desired: DesiredUser, user: CurrentUser | None
    ) -> str | None:
        """Why the server would refuse the row's user name, or None."""
        name = desired.values.get("UserName")
        if not isinstance(name, str) or not name:
            return None
        folded = name.casefold()
        lines = self.names.get(folded, [])
        if len(lines) > 1:
            where = ", ".join(map(str, lines))
            return f"line {row.line}: the user name {name!r} is on lines {where}"
        if user is not None and str(user.values.get("UserName") or "").casefold() == folded:
            return None  # the user's own name
        owner = self.lookups.user_names.get(folded)
        other = self.candidates.get(owner) if owner is not None and user is None else None
        if other is not None and other.key and other.key.casefold() != desired.key.casefold():
            other = None  # someone else's user: never adopted by name
        if owner is not None and other is None:
            return f"line {row.line}: the user name {name!r} is already user {owner}'s"
        if folded in self.lookups.refused_names:
            return f"line {row.line}: SuperOffice refuses the user name {name!r} (IsUserNameValid)"
        return None

    def _leaver(
        self, row: SourceRow, desired: DesiredUser, user: CurrentUser | None, why: str
    ) -> PlannedAction:
        """A row of someone who left: retired or deleted like a user absent from the source."""
        action = Action.UNCHANGED
        if user is None:
            why = f"{why}; there is no user"
        elif not self.mapping.is_marked(user.values):
            why = f"{why}; never created or adopted by the sync: left alone"
        elif self.mapping.leavers == "retire" and not user.retired:
            action = Action.RETIRE
        elif self.mapping.leavers == "delete":
            action = Action.DELETE
        user_id = None if user is None else user.user_id
        return PlannedAction(action, desired.key, user_id, row=row, current=user, reason=why)


def _look_up(name: str | None, table: Mapping[str, Ref], what: str) -> Ref | None:
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


REPLANNED = "re-planned: the user changed in SuperOffice since it was read"


def replan(planned: PlannedAction, user: CurrentUser | None) -> PlannedAction | None:
    """An update or adoption re-planned for its user as read again after a concurrent change:
    the same action with the changes that still differ (``before`` as read again), or
    ``unchanged`` when none does. Only the fields ``planned`` changes are compared, so a run
    never writes a field its plan did not show. None when the user is gone or its key changed
    (it is no longer the user the row was matched to)."""
    if planned.current is None or planned.desired is None:
        raise SyncError("only an update or an adoption can be re-planned")
    if user is None or user.key.casefold() != planned.current.key.casefold():
        return None
    fields = {change.field for change in planned.changes}
    found = _changes(user, planned.desired, retire="Retired" in fields)
    changes = tuple(change for change in found if change.field in fields)
    action = planned.action if changes else Action.UNCHANGED
    return dataclasses.replace(
        planned, action=action, changes=changes, current=user, reason=REPLANNED
    )


def diff(
    current: CurrentUser, desired: DesiredUser, mapping: SyncMapping
) -> tuple[FieldChange, ...]:
    """The owned fields whose value differs, in the mapping's order."""
    return _changes(current, desired, retire=mapping.leavers == "retire")


def _changes(
    current: CurrentUser, desired: DesiredUser, *, retire: bool
) -> tuple[FieldChange, ...]:
    changes: list[FieldChange] = []
    if current.retired and retire:
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
