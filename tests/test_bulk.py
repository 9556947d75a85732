"""Bulk runs: streamed input, every outcome exactly once, bounded memory, clean cancellation."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from superoffice_async import NotFoundError, SuperOfficeClient, User, UserPatch
from superoffice_async.bulk import (
    BulkItemError,
    CreateUser,
    DeleteUser,
    PatchUser,
    RunCommand,
    SaveUserByName,
    UpdateUser,
)
from superoffice_async.errors import InvalidArgumentError
from superoffice_async.testing import SandboxServer

from .waiting import until


def saves(count: int, pulled: list[int] | None = None) -> Iterator[SaveUserByName]:
    for n in range(count):
        if pulled is not None:
            pulled.append(n)
        yield SaveUserByName(f"bulk{n}@example.com", User(nick_name=f"b{n}"))


async def test_every_item_is_reported_exactly_once(superoffice_client: SuperOfficeClient) -> None:
    indexes = []
    async with superoffice_client.bulk(saves(120), concurrency=8) as run:
        async for outcome in run:
            assert outcome.ok, outcome.error
            assert outcome.result.user_name == f"bulk{outcome.index}@example.com"
            indexes.append(outcome.index)
    assert sorted(indexes) == list(range(120))
    assert (run.summary.succeeded, run.summary.failed, run.summary.started) == (120, 0, 120)
    assert run.summary.complete
    assert str(run.summary) == "120 succeeded, 0 failed"


async def test_mixed_operations_and_typed_failures(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    items = [
        UpdateUser(3, User(tooltip="bulk")),
        PatchUser(4, UserPatch().replace("Tooltip", "patched")),
        CreateUser(User(user_name="created@example.com")),
        DeleteUser(5),
        DeleteUser(99_999),
        RunCommand(6, "Ping", "Ok"),
        SaveUserByName("saved@example.com", User()),
    ]
    async with superoffice_client.bulk(items, concurrency=3) as run:
        outcomes = {o.index: o async for o in run}
    assert run.summary.total == 7
    assert (run.summary.succeeded, run.summary.failed) == (6, 1)
    assert isinstance(outcomes[4].error, NotFoundError)
    assert outcomes[1].result.tooltip == "patched"
    assert outcomes[5].result.success is True
    assert superoffice_sandbox.sandbox.state.users.get(5) is None


async def test_input_is_a_stream_and_memory_stays_bounded(
    superoffice_client: SuperOfficeClient,
) -> None:
    pulled: list[int] = []
    async with superoffice_client.bulk(saves(10_000, pulled), concurrency=4) as run:
        seen = 0
        async for _ in run:
            seen += 1
            assert len(pulled) <= seen + 2 * 4  # never more than 2 x concurrency ahead
            if seen == 20:
                break
    assert len(pulled) <= 20 + 8
    summary = run.summary
    # each item read counts once; the unreported (how many depends on how answers arrived)
    # are among the finished, never counted beside them
    assert summary.succeeded + summary.failed + len(summary.cancelled) == len(pulled)
    assert seen + len(summary.unreported) == summary.succeeded + summary.failed
    assert summary.started == len(pulled)
    assert not summary.complete
    assert summary.not_started is None  # a generator has no length
    assert f"none started from item {len(pulled)}" in str(summary)


class Started(list[int]):
    """The indexes of the items started so far; ``enough`` is set when ``want`` have started."""

    def __init__(self, want: int) -> None:
        super().__init__()
        self.want, self.enough = want, asyncio.Event()

    def add(self, index: int) -> None:
        self.append(index)
        if len(self) == self.want:
            self.enough.set()


class Gated:
    """A custom item that says it started, then finishes when its gate opens."""

    def __init__(self, index: int, gates: list[asyncio.Event], started: Started) -> None:
        self.index, self.gates, self.started = index, gates, started

    async def run(self, client: object) -> int:
        self.started.add(self.index)
        await self.gates[self.index].wait()
        return self.index


async def test_outcomes_waiting_when_the_reader_stops_are_counted_once(
    superoffice_client: SuperOfficeClient,
) -> None:
    # Items 0-3 finish before the reader takes any outcome; the workers then start 4-7, which
    # never finish. The reader takes one outcome and stops: three finished items were never
    # yielded, five are in flight. This is the order a loaded machine gives by chance.
    gates = [asyncio.Event() for _ in range(12)]
    started = Started(8)
    for gate in gates[:4]:
        gate.set()
    items = [Gated(n, gates, started) for n in range(12)]
    async with asyncio.timeout(30), superoffice_client.bulk(items, concurrency=4) as run:
        await started.enough.wait()  # items 0-3 finished (queued), 4-7 in flight
        yielded = []
        async for outcome in run:
            yielded.append(outcome.index)
            break
    summary = run.summary
    unreported = [o.index for o in summary.unreported]
    assert (yielded, unreported, summary.cancelled) == ([0], [1, 2, 3], [4, 5, 6, 7])
    assert (summary.succeeded, summary.failed, summary.started) == (4, 0, 8)
    assert summary.succeeded + summary.failed + len(summary.cancelled) == summary.started
    assert str(summary) == (
        "4 succeeded, 0 failed (3 of these finished unreported), 4 cancelled in flight, "
        "4 not started (from item 8)"
    )


async def test_an_item_that_swallows_the_cancel_does_not_keep_the_run_going(
    superoffice_client: SuperOfficeClient,
) -> None:
    gates = [asyncio.Event() for _ in range(6)]
    started = Started(1)

    class Stubborn(Gated):
        async def run(self, client: object) -> int:
            try:
                return await super().run(client)
            except asyncio.CancelledError:
                return -1  # a custom item that (wrongly) treats a cancel as done

    items = [Stubborn(0, gates, started)] + [Gated(n, gates, started) for n in range(1, 6)]
    async with asyncio.timeout(30):  # before the fix, stop() waited here for ever
        async with superoffice_client.bulk(items, concurrency=1) as run:
            await started.enough.wait()
    assert started == [0]  # nothing more was started after the stop
    assert [o.result for o in run.summary.unreported] == [-1]
    assert (run.summary.succeeded, run.summary.started) == (1, 1)


async def test_async_input(superoffice_client: SuperOfficeClient) -> None:
    async def source() -> AsyncIterator[SaveUserByName]:
        for item in saves(30):
            await asyncio.sleep(0)
            yield item

    async with superoffice_client.bulk(source(), concurrency=5) as run:
        count = sum([1 async for outcome in run if outcome.ok])
    assert count == 30


async def test_cancelling_the_task_reports_what_was_in_flight(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    faults = superoffice_sandbox.sandbox.faults
    faults.hold_answers("v1UserAgent_SaveUserFromName")  # saved, answers held: 10 in flight
    items = list(saves(100))
    runs = []

    async def job() -> None:
        async with superoffice_client.bulk(items, concurrency=10) as run:
            runs.append(run)
            async for _ in run:
                pass

    task = asyncio.create_task(job())
    try:
        await until(lambda: faults.holding == 10)  # every worker's call is held
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        faults.release()
    summary = runs[0].summary
    assert len(summary.cancelled) == 10  # the calls in flight were cancelled, and named
    assert (summary.succeeded, summary.failed, summary.started) == (0, 0, 10)
    assert summary.total == 100
    assert summary.not_started == 90
    done = summary.succeeded + summary.failed
    assert done + len(summary.cancelled) + (summary.not_started or 0) == 100


async def test_a_failing_input_is_reported_not_swallowed(
    superoffice_client: SuperOfficeClient,
) -> None:
    def broken() -> Iterator[SaveUserByName]:
        yield from saves(3)
        raise OSError("the file went away")

    async with superoffice_client.bulk(broken(), concurrency=2) as run:
        with pytest.raises(InvalidArgumentError, match="the bulk input failed"):
            async for _ in run:
                pass
    assert run.summary.succeeded == 3
    assert isinstance(run.summary.input_error, OSError)


async def test_a_broken_custom_item_becomes_its_outcome(
    superoffice_client: SuperOfficeClient,
) -> None:
    class Broken:
        async def run(self, client: SuperOfficeClient) -> None:
            raise KeyError("oops")

    async with superoffice_client.bulk([Broken()], concurrency=1) as run:
        (outcome,) = [o async for o in run]
    assert isinstance(outcome.error, BulkItemError)


async def test_progress_bar_on_stderr(
    superoffice_client: SuperOfficeClient, capsys: pytest.CaptureFixture[str]
) -> None:
    async with superoffice_client.bulk(saves(5), concurrency=2, progress=True, total=5) as run:
        async for _ in run:
            pass
    err = capsys.readouterr().err
    assert "5/5" in err
    assert "failed=0" in err


def test_bad_arguments(superoffice_client: SuperOfficeClient) -> None:
    with pytest.raises(InvalidArgumentError):
        superoffice_client.bulk([], concurrency=0)
    with pytest.raises(InvalidArgumentError):
        superoffice_client.bulk(42, concurrency=1)  # type: ignore[arg-type]


async def test_iterating_without_starting_is_an_error(
    superoffice_client: SuperOfficeClient,
) -> None:
    run = superoffice_client.bulk([], concurrency=1)
    with pytest.raises(RuntimeError, match="async with"):
        await run.__anext__()
