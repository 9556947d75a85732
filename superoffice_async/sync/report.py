"""What a sync did: one result per planned action, and the counts.

Every planned action ends in exactly one outcome, so for the source's rows
succeeded + failed + conflict + in doubt + unstarted == the rows read, whatever stopped the
run. A write that succeeded but whose answer shows an owned field was not saved as sent is
counted "not applied" as well (per user: ``not_applied``): such a sync cannot converge.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .plan import Action, PlannedAction, SyncPlan
from .source import SourceRow

__all__ = ["ActionResult", "Outcome", "SyncReport"]


class Outcome(StrEnum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CONFLICT = "conflict"
    """The user changed in SuperOffice while the sync wrote it, again after it was read once
    more (or it is gone, or has another key now): nothing was overwritten; the next run
    re-plans it from what SuperOffice has then."""
    IN_DOUBT = "in_doubt"
    """Sent, but the run stopped (or the connection broke) before the answer was seen: it may
    have been applied. The next run reads the user's state and converges."""
    UNSTARTED = "unstarted"
    """Never sent."""


_DONE = {
    Action.CREATE: "created",
    Action.UPDATE: "updated",
    Action.ADOPT: "adopted",
    Action.RETIRE: "retired",
    Action.DELETE: "deleted",
    Action.UNCHANGED: "unchanged",
}


@dataclass(frozen=True, slots=True)
class ActionResult:
    """How one planned action ended."""

    planned: PlannedAction
    outcome: Outcome
    error: str | None = None
    user_id: int | None = None
    """The user's id (a created user's new id)."""
    not_applied: tuple[str, ...] = ()
    """Owned fields the server's answer shows were not saved as sent."""

    def to_dict(self) -> dict[str, Any]:
        data = self.planned.to_dict()
        data["outcome"] = self.outcome.value
        if self.user_id is not None:
            data["user_id"] = self.user_id
        if self.not_applied:
            data["not_applied"] = list(self.not_applied)
        if self.error is not None:
            data["error"] = self.error
        data.pop("problem", None)
        return data


@dataclass
class SyncReport:
    """The results of applying a plan, filled in as the run goes."""

    plan: SyncPlan
    results: dict[int, ActionResult] = field(default_factory=dict)
    """By the action's index in ``plan.actions``."""
    stopped_by: str | None = None
    """The run-wide failure that stopped the run (401, 403, no connection, not the API)."""
    interrupted: bool = False
    """The run was stopped from outside (Ctrl-C, cancellation)."""

    def record(self, index: int, result: ActionResult) -> None:
        self.results[index] = result

    def settle(self, reason: str) -> None:
        """Every action without a result becomes unstarted, with ``reason``."""
        for index, planned in enumerate(self.plan.actions):
            if index not in self.results:
                self.results[index] = ActionResult(
                    planned, Outcome.UNSTARTED, reason, planned.user_id
                )

    def __iter__(self) -> Iterator[ActionResult]:
        return (self.results[i] for i in sorted(self.results))

    @property
    def counts(self) -> dict[str, int]:
        """created, updated, adopted, retired, deleted, unchanged, failed, conflict, in_doubt,
        unstarted, and not_applied (users among the succeeded whose answer lacked an owned
        field)."""
        others = [o.value for o in Outcome if o is not Outcome.SUCCEEDED]
        counts = dict.fromkeys([*_DONE.values(), *others], 0)
        counts["not_applied"] = 0
        for result in self.results.values():
            if result.outcome is Outcome.SUCCEEDED:
                counts[_DONE[result.planned.action]] += 1
            else:
                counts[result.outcome.value] += 1
            counts["not_applied"] += bool(result.not_applied)
        return counts

    @property
    def succeeded(self) -> int:
        return sum(r.outcome is Outcome.SUCCEEDED for r in self.results.values())

    @property
    def failed(self) -> int:
        return sum(r.outcome is Outcome.FAILED for r in self.results.values())

    @property
    def conflicts(self) -> int:
        return sum(r.outcome is Outcome.CONFLICT for r in self.results.values())

    @property
    def in_doubt(self) -> int:
        return sum(r.outcome is Outcome.IN_DOUBT for r in self.results.values())

    @property
    def unstarted(self) -> int:
        return sum(r.outcome is Outcome.UNSTARTED for r in self.results.values())

    @property
    def not_applied(self) -> int:
        return sum(bool(r.not_applied) for r in self.results.values())

    @property
    def complete(self) -> bool:
        """Every action ran and was applied as sent, and nothing stopped the run."""
        return (
            not (self.unstarted or self.in_doubt or self.not_applied or self.conflicts)
            and self.stopped_by is None
            and not self.interrupted
        )

    def rerun_rows(self) -> list[tuple[SourceRow, str]]:
        """Source rows that failed, are in doubt, never ran or were not applied, in input
        order, with why."""
        rows = []
        for result in self:
            row = result.planned.row
            if row is None:
                continue
            if result.outcome is not Outcome.SUCCEEDED:
                rows.append((row, result.error or result.outcome.value))
            elif result.not_applied:
                rows.append((row, f"not applied: {', '.join(result.not_applied)}"))
        return rows

    def summary(self) -> str:
        counts = self.counts
        return ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in counts.items())

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.plan.source,
            "counts": self.counts,
            "complete": self.complete,
            "stopped_by": self.stopped_by,
            "interrupted": self.interrupted,
            "users": [result.to_dict() for result in self],
        }
