"""Bulk runs: many user operations through one client, with bounded concurrency.

``async with client.bulk(items, concurrency=16) as run: async for outcome in run: ...``

- ``items`` is consumed as a stream (any iterable or async iterable), never listed; at most
  ``2 * concurrency`` items are in flight or waiting to be yielded, so memory stays flat.
- Each item's ``Outcome`` (its result or its typed error) is yielded as it completes, exactly
  once. ``run.summary`` adds up: succeeded + failed + cancelled + not started = the input;
  ``unreported`` lists the finished items (counted in succeeded or failed) never yielded.
- Leaving the ``async with`` early, or cancelling the task (Ctrl-C), cancels the calls in flight
  and says exactly which items were cancelled and from which index on none was started.
- The calls share the client's connection pool and its retry budget.
- A tenant that is not running (maintenance) stops the run once: nothing more is started and
  ``summary.stopped_by`` says when to try again.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Sized,
)
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, Self

from ._generated.models import CommandActionResult, User
from ._generated.resources import UserAgentOperations
from .errors import InvalidArgumentError, SuperOfficeError
from .online.tenant_status import not_running
from .patch import UserPatch
from .records import RawResponse
from .users import UsersResource
from .write_safety import merge_into, read_modify_write

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = [
    "BulkClient",
    "BulkItemError",
    "BulkItemNotFoundError",
    "BulkOperation",
    "BulkRun",
    "BulkSummary",
    "CreateUser",
    "DeleteUser",
    "Outcome",
    "PatchUser",
    "RunCommand",
    "SaveUserByName",
    "UpdateUser",
]


class BulkClient(Protocol):
    """What a bulk run needs of a client: its resources (a ``SuperOfficeClient`` has them)."""

    @property
    def users(self) -> UsersResource: ...

    @property
    def user_agent(self) -> UserAgentOperations: ...


class BulkOperation(Protocol):
    """One item of a bulk run. ``run`` may return a ``RawResponse``: its record then gives the
    outcome's attempts."""

    async def run(self, client: BulkClient) -> Any: ...


@dataclass(frozen=True, slots=True)
class SaveUserByName:
    """Create or update the user with this name (Agents ``SaveUserFromName``), setting the
    properties ``user`` sets and keeping the rest: the user is read first (or, when there is
    none, a default user is), ``user`` is merged onto it, and the whole user is saved."""

    user_name: str
    user: User

    async def run(self, client: BulkClient) -> RawResponse[User | None]:
        agent = client.user_agent
        current = await agent.get_user_from_name(self.user_name)
        base = current if current is not None else await agent.create_default_user()
        answer = await agent.with_raw_response.save_user_from_name(
            self.user_name, merge_into(base, self.user)
        )
        if answer.parsed is None:
            raise BulkItemNotFoundError(f"no user named {self.user_name!r} to save")
        return answer


@dataclass(frozen=True, slots=True)
class UpdateUser:
    """Set the properties ``user`` sets on user ``user_id``, keeping the rest: the user is read,
    then what differs is sent as a PATCH guarded by ``test``s of the values read (a concurrent
    change fails the item with ConflictError). ``replace=True`` PUTs ``user`` as the whole user
    instead, blanking what it leaves out."""

    user_id: int
    user: User
    replace: bool = False

    async def run(self, client: BulkClient) -> RawResponse[Any]:
        users = client.users.with_raw_response
        if self.replace:
            return await users.put(self.user_id, self.user, replace=True)
        return await read_modify_write(
            lambda: users.get(self.user_id),
            lambda current: current.parsed,
            _constant(self.user),
            lambda patch: users.patch(self.user_id, patch),
        )


def _constant(user: User) -> Callable[[Any], Awaitable[User]]:
    """A change that gives ``user`` whatever was read (what it sets is what differs)."""

    async def change(_: Any) -> User:
        return user

    return change


@dataclass(frozen=True, slots=True)
class PatchUser:
    """Change some properties of a user (``PATCH User/{id}``)."""

    user_id: int
    patch: UserPatch

    async def run(self, client: BulkClient) -> RawResponse[Any]:
        return await client.users.with_raw_response.patch(self.user_id, self.patch)


@dataclass(frozen=True, slots=True)
class CreateUser:
    """Store a new user (``POST User``)."""

    user: User

    async def run(self, client: BulkClient) -> RawResponse[Any]:
        return await client.users.with_raw_response.create(self.user)


@dataclass(frozen=True, slots=True)
class DeleteUser:
    """Delete a user (``DELETE User/{id}``)."""

    user_id: int

    async def run(self, client: BulkClient) -> RawResponse[None]:
        return await client.users.with_raw_response.delete(self.user_id)


@dataclass(frozen=True, slots=True)
class RunCommand:
    """Execute a custom command on a user (``POST User/{id}/CustomCommand/{name}``)."""

    user_id: int
    command_name: str
    action_result: CommandActionResult | str | None = None

    async def run(self, client: BulkClient) -> RawResponse[Any]:
        return await client.users.with_raw_response.execute_command(
            self.user_id, self.command_name, action_result=self.action_result
        )


class BulkItemError(SuperOfficeError):
    """An item failed with something other than an SDK error (a bug in a custom operation)."""


class BulkItemNotFoundError(SuperOfficeError):
    """The item's target does not exist: an Agents call answered ``200 null``."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one item: its result, or its typed error."""

    index: int
    """The item's position in the input, from 0."""
    item: Any
    result: Any = None
    error: SuperOfficeError | None = None
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BulkSummary:
    """What a run did: each item read from the input is counted once, as succeeded, failed or
    cancelled (succeeded + failed + len(cancelled) == started); ``unreported`` is not a fourth
    count but the finished items among succeeded and failed that were never yielded."""

    succeeded: int = 0
    failed: int = 0
    cancelled: list[int] = field(default_factory=list)
    """Items in flight when the run was stopped: they may or may not have been applied."""
    unreported: list[Outcome] = field(default_factory=list)
    """Items that finished but were not yielded, the consumer having stopped reading; each is
    already counted in succeeded or failed (by its ``ok``)."""
    started: int = 0
    """Items read from the input; every index from here on was not started."""
    total: int | None = None
    """The input's length, when it has one."""
    input_error: BaseException | None = None
    """The exception the input raised, which ended the run."""
    stopped_by: str | None = None
    """A run-wide failure (the tenant not running) that stopped the run, saying when to try
    again; nothing was started after it."""

    @property
    def not_started(self) -> int | None:
        """How many items were never started (None when the input's length is unknown)."""
        return None if self.total is None else self.total - self.started

    @property
    def complete(self) -> bool:
        """Every item of the input ran to an outcome."""
        return (
            not self.cancelled
            and self.input_error is None
            and self.stopped_by is None
            and (self.total is None or self.started == self.total)
        )

    def __str__(self) -> str:
        parts = [f"{self.succeeded} succeeded", f"{self.failed} failed"]
        if self.unreported:
            parts[-1] += f" ({len(self.unreported)} of these finished unreported)"
        if self.cancelled:
            parts.append(f"{len(self.cancelled)} cancelled in flight")
        if self.not_started:
            parts.append(f"{self.not_started} not started (from item {self.started})")
        elif not self.complete:
            parts.append(f"none started from item {self.started}")
        if self.stopped_by is not None:
            parts.append(f"stopped: {self.stopped_by}")
        return ", ".join(parts)


_DONE = object()


class BulkRun:
    """A bulk run in progress; iterate it for outcomes, read ``summary`` at any time."""

    def __init__(
        self,
        client: BulkClient,
        items: Iterable[BulkOperation] | AsyncIterable[BulkOperation],
        *,
        concurrency: int = 16,
        progress: bool = False,
        total: int | None = None,
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidArgumentError("concurrency must be a positive int")
        self._client = client
        self._concurrency = concurrency
        self._items: Iterator[Any] | AsyncIterator[Any]
        self._async_input = False
        if isinstance(items, AsyncIterable):
            self._items, self._async_input = aiter(items), True
        elif isinstance(items, Iterable):
            self._items = iter(items)
        else:
            raise InvalidArgumentError("items must be an iterable or an async iterable")
        if total is None and isinstance(items, Sized):
            total = len(items)
        self.summary = BulkSummary(total=total)
        self._progress = progress
        self._bar: tqdm[Any] | None = None
        self._pull_lock = asyncio.Lock()
        self._room = asyncio.Semaphore(2 * concurrency)
        self._outcomes: asyncio.Queue[Any] = asyncio.Queue()
        self._in_flight: dict[int, Any] = {}
        self.cancelled_items: dict[int, Any] = {}
        """The items that were in flight when the run was stopped, by index."""
        self._workers: list[asyncio.Task[None]] = []
        self._running = 0
        self._state = "new"
        self._exhausted = False

    async def __aenter__(self) -> Self:
        if self._progress:
            from tqdm import tqdm

            self._bar = tqdm(
                total=self.summary.total, unit="item", file=sys.stderr, dynamic_ncols=True
            )
        if self._state != "new":
            raise RuntimeError("a bulk run can be started only once")
        self._state = "running"
        self._running = self._concurrency
        self._workers = [asyncio.create_task(self._work()) for _ in range(self._concurrency)]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def stop(self) -> None:
        """Cancel what is in flight and settle the summary. Safe to call more than once."""
        self._state = "stopped"
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []
        self.summary.cancelled.extend(sorted(self._in_flight))
        self.cancelled_items.update(self._in_flight)
        self._in_flight.clear()
        while not self._outcomes.empty():
            outcome = self._outcomes.get_nowait()
            if outcome is not _DONE:
                self.summary.unreported.append(outcome)
                self._count(outcome)
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Outcome:
        if self._state == "new":
            raise RuntimeError("use the bulk run as `async with client.bulk(...) as run`")
        while self._running and self._state == "running":
            outcome = await self._outcomes.get()
            if outcome is _DONE:
                self._running -= 1
                continue
            self._room.release()
            self._count(outcome)
            if self._bar is not None:
                self._bar.update(1)
                self._bar.set_postfix(failed=self.summary.failed, refresh=False)
            return outcome  # type: ignore[no-any-return]
        if self.summary.input_error is not None:
            error = self.summary.input_error
            raise InvalidArgumentError(f"the bulk input failed: {error!r}") from error
        raise StopAsyncIteration

    def _count(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.summary.succeeded += 1
        else:
            self.summary.failed += 1

    def _next(self) -> tuple[int, Any] | None:
        """The next item of a plain iterable and its index; None at the end of the input.

        No lock: nothing can come between ``next`` and the bookkeeping (no await)."""
        if self._exhausted:
            return None
        try:
            item = next(self._items)  # type: ignore[arg-type]
        except Exception as exc:  # StopIteration, or the input itself failed
            self._input_ended(exc)
            return None
        return self._started(item)

    async def _pull(self) -> tuple[int, Any] | None:
        """The next item of an async iterable and its index; None at the end of the input."""
        async with self._pull_lock:
            if self._exhausted:
                return None
            try:
                item = await anext(self._items)  # type: ignore[arg-type]
            except Exception as exc:  # StopAsyncIteration, or the input itself failed
                self._input_ended(exc)
                return None
            return self._started(item)

    def _input_ended(self, exc: Exception) -> None:
        """Stop reading the input; keep the exception unless it is the input's normal end."""
        self._exhausted = True
        if not isinstance(exc, StopIteration | StopAsyncIteration):
            self.summary.input_error = exc  # the input itself failed: report it

    def _started(self, item: Any) -> tuple[int, Any]:
        index = self.summary.started
        self.summary.started += 1
        self._in_flight[index] = item
        return index, item

    async def _work(self) -> None:
        try:
            while self._state == "running":  # an item that swallowed a cancel: start no more
                await self._room.acquire()
                pulled = await self._pull() if self._async_input else self._next()
                if pulled is None:
                    self._room.release()
                    return
                index, item = pulled
                outcome = await self._run_one(index, item)
                del self._in_flight[index]
                self._outcomes.put_nowait(outcome)
        finally:
            self._outcomes.put_nowait(_DONE)

    async def _run_one(self, index: int, item: Any) -> Outcome:
        try:
            result = await item.run(self._client)
        except SuperOfficeError as exc:
            stop = not_running(exc)
            if stop is not None and self.summary.stopped_by is None:
                self.summary.stopped_by = stop
                self._exhausted = True  # run-wide: start nothing more
            return Outcome(index, item, error=exc, attempts=exc.attempts)
        except Exception as exc:
            error = BulkItemError(f"item {index} raised {type(exc).__name__}: {exc}")
            error.__cause__ = exc
            return Outcome(index, item, error=error)
        if isinstance(result, RawResponse):
            return Outcome(index, item, result=result.parsed, attempts=result.attempts)
        return Outcome(index, item, result=result)
