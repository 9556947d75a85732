"""``superoffice-async sync FILE --mapping M``: the command line of the sync.

Reads the source and the mapping (a problem with either: exit 2, nothing sent), reads the
lookups and checks every name (exit 2, nothing more sent), reads the users (reads only), plans,
then prints the plan (``--dry-run``) or applies it. Ctrl-C, any number of times, stops the run
and still writes the re-run file and the report. An earlier run's files are replaced only by
this run's: a run that stops on its configuration leaves them as they were. Exit codes: 0 done;
1 some users failed, are in doubt or were not applied; 2 bad usage, mapping or source, too
many leavers, or adoption without ``--adopt`` (nothing written); 3 a run-wide failure stopped
the run (401/403, no connection, not the API, the tenant not running); 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InvalidArgumentError, SuperOfficeError
from ..online.tenant_status import not_running
from .apply import SyncApplier
from .client_directory import ClientDirectory
from .errors import AdoptionError, RetireLimitError
from .files import default_paths, write_json, write_rerun
from .mapping import RetireLimit, SyncMapping, load_mapping
from .plan import Action, SyncPlan, plan_sync
from .report import ActionResult, Outcome, SyncReport
from .source import SourceData, read_source

if TYPE_CHECKING:
    from tqdm import tqdm

    from ..client import SuperOfficeClient

__all__ = ["SyncJob", "add_sync_parser", "prepare_sync", "run_sync"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STOPPED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
_SHOWN_ERRORS = 20


def add_sync_parser(commands: Any) -> None:
    """The ``sync`` subcommand's arguments."""
    sync = commands.add_parser(
        "sync",
        help="make users match an HR source (CSV or JSON Lines) through a mapping file",
        description="Desired-state user sync: plan (--dry-run) or apply. See docs/guides/sync.md.",
    )
    sync.add_argument("file", type=Path, help="the source: CSV (.csv) or JSON Lines (.jsonl)")
    sync.add_argument("--mapping", type=Path, required=True, help="the mapping file (.toml)")
    sync.add_argument("--format", choices=["csv", "jsonl"], default=None)
    sync.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    sync.add_argument("--plan-out", type=Path, default=None, help="save the plan as JSON")
    sync.add_argument(
        "--max-retire", default=None, metavar="N|N%", help="leavers allowed (mapping: 5%%)"
    )
    sync.add_argument(
        "--no-leavers", action="store_true", help="create and update only (a partial file)"
    )
    sync.add_argument("--show-unchanged", action="store_true", help="list unchanged users too")
    sync.add_argument(
        "--adopt",
        action="store_true",
        help="take over existing users the sync never created (marked with [key] marker)",
    )
    sync.add_argument("--concurrency", type=int, default=16, help="default: %(default)s")
    sync.add_argument("--failed", type=Path, default=None, help="the re-run file")
    sync.add_argument("--report", type=Path, default=None, help="the JSON report")
    sync.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bars on stderr (default: on only when stderr is a terminal)",
    )


@dataclass(frozen=True)
class SyncJob:
    """What a sync command works on, checked before anything is sent."""

    mapping: SyncMapping
    source: SourceData
    limit: RetireLimit
    failed_path: Path
    report_path: Path


def prepare_sync(args: argparse.Namespace) -> SyncJob:
    """Read and check the mapping and the source (InvalidArgumentError: exit 2)."""
    if args.concurrency < 1:
        raise InvalidArgumentError("--concurrency must be at least 1")
    mapping = load_mapping(args.mapping)
    if args.no_leavers:
        mapping = dataclasses.replace(mapping, leavers="keep")
    limit = mapping.max_retire if args.max_retire is None else RetireLimit.parse(args.max_retire)
    failed_default, report_default = default_paths(args.file)
    failed_path: Path = args.failed or failed_default
    report_path: Path = args.report or report_default
    for path, flag in ((failed_path, "--failed"), (report_path, "--report")):
        if path.resolve() == args.file.resolve():
            raise InvalidArgumentError(f"{flag} must not be the input file")
    source = read_source(args.file, mapping, args.format)
    return SyncJob(mapping, source, limit, failed_path, report_path)


class _Console:
    """Progress bars on stderr, with error lines printed apart from them."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: tqdm[Any] | None = None
        self.shown = 0
        self.hidden = 0

    def phase(self, description: str, total: int | None) -> None:
        self.close()
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, desc=description, unit="user", file=sys.stderr, dynamic_ncols=True
            )

    def reading(self, done: int, total: int | None) -> None:
        if self._bar is not None:
            if total is not None and self._bar.total != total:
                self._bar.total = total
            self._bar.update(done - self._bar.n)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def write(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class _Interrupts:
    """Ctrl-C: the first press stops the run, later ones only say it is stopping."""

    def __init__(self, console: _Console) -> None:
        self.console = console
        self.target: Callable[[], object] | None = None
        self.presses = 0

    def press(self) -> None:
        self.presses += 1
        if self.presses == 1:
            self.console.write("sync: stopping (Ctrl-C); the re-run file will be written")
            if self.target is not None:
                self.target()
        else:
            self.console.write("sync: already stopping; the re-run file is being written")


async def run_sync(
    args: argparse.Namespace,
    job: SyncJob,
    make_client: Callable[[argparse.Namespace], SuperOfficeClient],
) -> int:
    """Plan, then print or apply; Ctrl-C is handled here (files are still written)."""
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    console = _Console(progress)
    interrupts = _Interrupts(console)
    loop = asyncio.get_running_loop()
    # not in the main thread, or no signals here: Ctrl-C then simply cancels the run
    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, interrupts.press)
    try:
        return await _run(args, job, make_client, console, interrupts)
    finally:
        console.close()
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGINT)


async def _run(
    args: argparse.Namespace,
    job: SyncJob,
    make_client: Callable[[argparse.Namespace], SuperOfficeClient],
    console: _Console,
    interrupts: _Interrupts,
) -> int:
    dry_run: bool = args.dry_run
    async with make_client(args) as so:
        directory = ClientDirectory(so, job.mapping, concurrency=args.concurrency)
        console.phase("reading users", None)
        planning = asyncio.create_task(
            plan_sync(job.mapping, job.source, directory, progress=console.reading)
        )
        interrupts.target = planning.cancel
        try:
            plan = await planning
        except asyncio.CancelledError:
            if not planning.cancelled():
                raise
            console.close()
            return _not_applied(job, dry_run, "interrupted before the plan was made", 130)
        except InvalidArgumentError as exc:  # e.g. the mapping names an unknown module
            console.close()
            print(f"sync: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except SuperOfficeError as exc:
            console.close()
            reason = not_running(exc) or str(exc)
            print(f"sync: stopped: {reason}", file=sys.stderr)
            return _not_applied(job, dry_run, f"not started: {reason}", EXIT_STOPPED)
        console.close()
        if args.plan_out is not None:
            write_json(args.plan_out, plan.to_dict())
        if dry_run:
            print(plan.render(unchanged=args.show_unchanged))
            refused = _refusal(plan, job, args.adopt)
            if refused is not None:
                print(f"sync: {refused}", file=sys.stderr)
                return EXIT_USAGE
            print("sync: dry run: nothing was written", file=sys.stderr)
            return EXIT_FAILED if plan.counts[Action.INVALID.value] else EXIT_OK
        print(f"sync: plan: {plan.summary()}", file=sys.stderr)
        try:
            plan.check_adoption(args.adopt)
        except AdoptionError as exc:
            print(plan.render(), file=sys.stderr)
            print(f"sync: {exc}", file=sys.stderr)
            return EXIT_USAGE
        try:
            plan.check_retire_limit(job.limit)
        except RetireLimitError as exc:
            print(f"sync: {exc}", file=sys.stderr)
            report = SyncReport(plan, stopped_by=str(exc))
            report.settle(f"not started: {exc}")
            _write_files(job, report)
            return EXIT_USAGE
        return await _apply(args, job, plan, directory, console, interrupts)


def _refusal(plan: SyncPlan, job: SyncJob, allow_adopt: bool) -> Exception | None:
    """Why the plan would not be applied (adoption not allowed, too many leavers), or None."""
    try:
        plan.check_adoption(allow_adopt)
        plan.check_retire_limit(job.limit)
    except (AdoptionError, RetireLimitError) as exc:
        return exc
    return None


async def _apply(
    args: argparse.Namespace,
    job: SyncJob,
    plan: SyncPlan,
    directory: ClientDirectory,
    console: _Console,
    interrupts: _Interrupts,
) -> int:
    applier: SyncApplier

    def on_result(result: ActionResult) -> None:
        if result.planned.writes:
            console.advance()
        shown = (Outcome.FAILED, Outcome.CONFLICT)
        if result.outcome not in shown or applier.report.stopped_by is not None:
            return
        if console.shown < _SHOWN_ERRORS:
            console.shown += 1
            row = result.planned.row
            where = f"line {row.line}" if row is not None else f"user {result.planned.user_id}"
            error = str(result.error or "").removeprefix(f"{where}: ")
            console.write(f"sync: {where} ({result.planned.key}): {error}")
        else:
            console.hidden += 1

    applier = SyncApplier(plan, directory, concurrency=args.concurrency, on_result=on_result)
    interrupts.target = lambda: applier.stop("interrupted (Ctrl-C)")
    console.phase("applying", applier.total_writes)
    try:
        report = await applier.run()
    finally:
        console.close()
    _write_files(job, report)
    if console.hidden:
        print(f"sync: {console.hidden} more failure(s) in {job.report_path}", file=sys.stderr)
    if report.stopped_by is not None:
        print(f"sync: stopped: {report.stopped_by}", file=sys.stderr)
    print(f"sync: {report.summary()}", file=sys.stderr)
    rerun = report.rerun_rows()
    if rerun:
        print(
            f"sync: {len(rerun)} row(s) to re-run written to {job.failed_path} "
            f"(run the whole source again, or that file with --no-leavers)",
            file=sys.stderr,
        )
    print(f"sync: report written to {job.report_path}", file=sys.stderr)
    if report.not_applied:
        print(
            f"sync: {report.not_applied} user(s) were not saved as sent (see not_applied in the "
            "report): the server ignored or changed those fields, so a re-run cannot converge",
            file=sys.stderr,
        )
    if report.stopped_by is not None:
        return EXIT_STOPPED
    if report.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if report.complete and not report.failed else EXIT_FAILED


def _write_files(job: SyncJob, report: SyncReport) -> None:
    write_rerun(job.failed_path, job.source, report.rerun_rows())
    write_json(job.report_path, report.to_dict())


def _not_applied(job: SyncJob, dry_run: bool, reason: str, code: int) -> int:
    """No plan was made: in a real run every row is unstarted (all go to the re-run file)."""
    if dry_run:
        return code
    rows = [(row, reason) for row in job.source.rows]
    write_rerun(job.failed_path, job.source, rows)
    counts = {"unstarted": len(rows)}
    users = [{"line": row.line, "outcome": Outcome.UNSTARTED.value} for row in job.source.rows]
    write_json(
        job.report_path,
        {"source": job.source.path, "counts": counts, "complete": False, "stopped_by": reason,
         "interrupted": code == EXIT_INTERRUPTED, "users": users},
    )  # fmt: skip
    print(f"sync: {len(rows)} row(s) to re-run written to {job.failed_path}", file=sys.stderr)
    return code
