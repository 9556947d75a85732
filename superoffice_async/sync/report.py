"""What a sync did: one result per planned action, and the counts.

Every planned action ends in exactly one outcome, so for the source's rows
succeeded + failed + unstarted == the rows read, whatever stopped the run.
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
    UNSTARTED = "unstarted"
    """Not started, or in flight when the run was stopped (re-running it is safe)."""


_DONE = {
    Action.CREATE: "created",
    Action.UPDATE: "updated",
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

    def to_dict(self) -> dict[str, Any]:
        data = self.planned.to_dict()
        data["outcome"] = self.outcome.value
        if self.user_id is not None:
            data["user_id"] = self.user_id
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
        """created, updated, retired, deleted, unchanged, failed, unstarted."""
        counts = dict.fromkeys([*_DONE.values(), "failed", "unstarted"], 0)
        for result in self.results.values():
            if result.outcome is Outcome.SUCCEEDED:
                counts[_DONE[result.planned.action]] += 1
            else:
                counts[result.outcome.value] += 1
        return counts

    @property
    def succeeded(self) -> int:
        return sum(r.outcome is Outcome.SUCCEEDED for r in self.results.values())

    @property
    def failed(self) -> int:
        return sum(r.outcome is Outcome.FAILED for r in self.results.values())

    @property
    def unstarted(self) -> int:
        return sum(r.outcome is Outcome.UNSTARTED for r in self.results.values())

    @property
    def complete(self) -> bool:
        """Every action ran (none unstarted) and nothing stopped the run."""
        return not self.unstarted and self.stopped_by is None and not self.interrupted

    def rerun_rows(self) -> list[tuple[SourceRow, str]]:
        """Source rows that failed or never ran, in input order, with why."""
        rows = []
        for result in self:
            row = result.planned.row
            if row is not None and result.outcome is not Outcome.SUCCEEDED:
                rows.append((row, result.error or result.outcome.value))
        return rows

    def summary(self) -> str:
        counts = self.counts
        return ", ".join(f"{value} {name}" for name, value in counts.items())

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.plan.source,
            "counts": self.counts,
            "complete": self.complete,
            "stopped_by": self.stopped_by,
            "interrupted": self.interrupted,
            "users": [result.to_dict() for result in self],
        }
