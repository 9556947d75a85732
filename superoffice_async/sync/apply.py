"""Applying a plan: the writes, with bounded concurrency, and a report of every outcome.

Unchanged users make no call; invalid rows fail without one. A run-wide failure (401, 403, no
connection, an answer that is not the API, the tenant not running) stops the run at its first
occurrence: the calls in flight are cancelled and every action left is reported unstarted.
``stop()`` (Ctrl-C) does the same from outside; so does cancelling the task that awaits
``run()``. A call that was sent and whose answer was not seen (cancelled in flight, the
connection lost after sending) is "in doubt", never "unstarted": the call path says whether it
was sent (``superoffice_async.sent``). Whatever happens, each action has exactly one result in
``applier.report``; a write whose answer lacks an owned field is "not applied" as well.

An update is guarded (``Directory.update``): when the user changed in SuperOffice since it was
read, the server refuses it (409, ``ConflictError``) and nothing is overwritten. The user is then
read again once and re-planned (``replan``: the plan's fields that still differ, their ``before``
as read again; ``unchanged`` when the change is already there) and written once more, guarded
again. A second conflict, or a user that is gone or has another key now, ends as "conflict".
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

from ..errors import (
    AuthenticationError,
    ClientClosedError,
    ConflictError,
    ConnectionFailedError,
    ConnectTimeoutError,
    InvalidArgumentError,
    MisdirectedRequestError,
    PermissionDeniedError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    SuperOfficeError,
    TenantLookupError,
    TransportError,
)
from ..online.tenant_status import not_running
from ..sent import SentProbe, probe
from .directory import Directory, Written
from .plan import Action, PlannedAction, SyncPlan, replan
from .report import ActionResult, Outcome, SyncReport

__all__ = ["SyncApplier", "apply_plan", "is_run_wide"]

ResultHook = Callable[[ActionResult], None]

_RUN_WIDE = (
    AuthenticationError,
    PermissionDeniedError,
    ConnectionFailedError,
    ConnectTimeoutError,
    RedirectError,
    MisdirectedRequestError,
    ClientClosedError,
    TenantLookupError,
)


def is_run_wide(error: BaseException) -> bool:
    """True for failures that every other call would meet too: stop instead of going on."""
    if isinstance(error, ResponseValidationError):
        return not isinstance(error, ResponseTooLargeError)
    return isinstance(error, _RUN_WIDE) or not_running(error) is not None


class SyncApplier:
    """Applies one plan once: ``report = await SyncApplier(plan, directory).run()``."""

    def __init__(
        self,
        plan: SyncPlan,
        directory: Directory,
        *,
        concurrency: int = 16,
        on_result: ResultHook | None = None,
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidArgumentError("concurrency must be a positive int")
        self.plan = plan
        self.report = SyncReport(plan)
        self._directory = directory
        self._concurrency = concurrency
        self._on_result = on_result
        self._pending = [(i, a) for i, a in enumerate(plan.actions) if a.writes]
        self._in_flight: dict[int, asyncio.Task[tuple[PlannedAction, Written]]] = {}
        self._workers: list[asyncio.Task[None]] = []
        self._stopping = False
        self._started = False

    @property
    def total_writes(self) -> int:
        """Actions that write: what a progress bar counts."""
        return len(self._pending)

    def stop(self, reason: str = "interrupted") -> None:
        """Start nothing more and cancel the calls in flight (safe to call again)."""
        if not self._stopping:
            self._stopping = True
            self._reason = reason
        for task in self._in_flight.values():
            task.cancel()

    async def run(self) -> SyncReport:
        """Apply the plan; returns the report (also when stopped; cancelled: re-raised)."""
        if self._started:
            raise RuntimeError("a SyncApplier runs once")
        self._started = True
        for index, planned in enumerate(self.plan.actions):
            if planned.action is Action.UNCHANGED:
                self._record(index, ActionResult(planned, Outcome.SUCCEEDED, None, planned.user_id))
            elif planned.action is Action.INVALID:
                self._record(index, ActionResult(planned, Outcome.FAILED, planned.problem))
        queue = iter(self._pending)
        self._workers = [
            asyncio.create_task(self._work(queue))
            for _ in range(min(self._concurrency, len(self._pending)))
        ]
        try:
            await asyncio.gather(*self._workers)
        except asyncio.CancelledError:
            self.report.interrupted = True
            self.stop("interrupted")
            await asyncio.gather(*self._workers, return_exceptions=True)
            self.report.settle("not started: the run was cancelled")
            raise
        if self._stopping and self.report.stopped_by is None:
            self.report.interrupted = True
        self.report.settle(f"not started: {getattr(self, '_reason', 'stopped')}")
        return self.report

    async def _work(self, queue: Iterator[tuple[int, PlannedAction]]) -> None:
        for index, planned in queue:
            if self._stopping:
                return
            sent = SentProbe()
            task = asyncio.create_task(self._write(planned, sent))
            self._in_flight[index] = task
            try:
                done, written = await task
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    self._record(index, _stopped(planned, sent))
                    raise  # the worker itself was cancelled from outside
                self._record(index, _stopped(planned, sent))
                continue
            except _ConflictError as conflict:
                why = str(conflict)
                result = ActionResult(conflict.planned, Outcome.CONFLICT, why, planned.user_id)
                self._record(index, result)
                continue
            except SuperOfficeError as exc:
                if is_run_wide(exc) and not self._stopping:
                    reason = not_running(exc) or str(exc)
                    self.report.stopped_by = reason
                    self.stop(f"the run stopped: {reason}")
                outcome = Outcome.FAILED
                if isinstance(exc, TransportError) and exc.request_sent:
                    outcome = Outcome.IN_DOUBT  # sent; the answer was lost
                self._record(index, ActionResult(planned, outcome, str(exc), planned.user_id))
                continue
            except Exception as exc:  # a bug in a directory: the row fails, the run goes on
                error = f"{type(exc).__name__}: {exc}"
                self._record(index, ActionResult(planned, Outcome.FAILED, error, planned.user_id))
                continue
            finally:
                self._in_flight.pop(index, None)
            self._record(
                index,
                ActionResult(
                    done,
                    Outcome.SUCCEEDED,
                    None,
                    written.user_id,
                    not_applied=written.not_applied,
                ),
            )

    async def _write(
        self, planned: PlannedAction, sent: SentProbe
    ) -> tuple[PlannedAction, Written]:
        with probe(sent):
            return await self._call(planned)

    async def _call(self, planned: PlannedAction) -> tuple[PlannedAction, Written]:
        """Run the action; returns the action as done (re-planned after a conflict)."""
        directory = self._directory
        if planned.action is Action.CREATE:
            assert planned.desired is not None
            return planned, _written(await directory.create(planned.desired), None)
        assert planned.current is not None
        assert planned.user_id is not None
        if planned.action in (Action.UPDATE, Action.ADOPT):
            written = await self._update(planned)
            if written is not None:
                return planned, written
            return await self._update_again(planned)
        if planned.action is Action.RETIRE:
            await directory.retire(planned.current)
        elif planned.action is Action.DELETE:
            await directory.delete(planned.current)
        return planned, Written(planned.user_id)

    async def _update(self, planned: PlannedAction) -> Written | None:
        """The guarded update; None when the server refused it on a concurrent change."""
        assert planned.current is not None
        assert planned.desired is not None
        try:
            answer = await self._directory.update(planned.current, planned.desired, planned.changes)
        except ConflictError:
            return None
        return _written(answer, planned.user_id)

    async def _update_again(self, planned: PlannedAction) -> tuple[PlannedAction, Written]:
        """After a conflict: read the user again once, re-plan, write what still differs."""
        assert planned.user_id is not None
        found = await self._directory.read_users([planned.user_id])
        again = replan(planned, next((u for u in found if u.user_id == planned.user_id), None))
        if again is None:
            why = "the user was deleted or its key changed since it was read"
            raise _ConflictError(planned, f"conflict: {why}; its fields were not overwritten")
        if again.action is Action.UNCHANGED:
            return again, Written(planned.user_id)  # the change is there already
        written = await self._update(again)
        if written is None:
            why = "the user changed in SuperOffice again while the sync wrote it"
            raise _ConflictError(again, f"conflict: {why}; its fields were not overwritten")
        return again, written

    def _record(self, index: int, result: ActionResult) -> None:
        if index in self.report.results:
            return
        self.report.record(index, result)
        if self._on_result is not None:
            self._on_result(result)


class _ConflictError(Exception):
    """An update that met a concurrent change twice (or lost its user): the action to report."""

    def __init__(self, planned: PlannedAction, reason: str) -> None:
        super().__init__(reason)
        self.planned = planned


def _written(answer: Written | int | None, user_id: int | None) -> Written:
    """A directory's answer as a ``Written`` (a plain id, or None from an update, accepted)."""
    if isinstance(answer, Written):
        return answer
    found = answer if isinstance(answer, int) else user_id
    assert found is not None
    return Written(found)


def _stopped(planned: PlannedAction, sent: SentProbe) -> ActionResult:
    """The result of a call cancelled in flight: in doubt once sent, else unstarted."""
    if sent.sent:
        why = ("in doubt: sent, but the run stopped before the answer came (it may have been "
               "applied; the next run reads the user and converges)")  # fmt: skip
        return ActionResult(planned, Outcome.IN_DOUBT, why, planned.user_id)
    return ActionResult(planned, Outcome.UNSTARTED, "not started: the run stopped", planned.user_id)


async def apply_plan(
    plan: SyncPlan,
    directory: Directory,
    *,
    concurrency: int = 16,
    on_result: ResultHook | None = None,
) -> SyncReport:
    """Apply a plan and return its report (see ``SyncApplier``)."""
    return await SyncApplier(plan, directory, concurrency=concurrency, on_result=on_result).run()
