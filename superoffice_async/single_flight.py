"""One renewal at a time: concurrent callers that need the same fresh value share one task.

Used by the credentials that sign in themselves and by the tenant locator, so that a thousand
calls refused at once with an expired ticket (or sent to a tenant's old address) cause one
sign-in (or one status lookup), never one each.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

__all__ = ["SingleFlight", "copy_error"]

T = TypeVar("T")
E = TypeVar("E", bound=Exception)


class SingleFlight(Generic[T]):
    """Runs at most one ``factory()`` at a time; callers arriving meanwhile await its result.

    A caller that is cancelled does not cancel the shared work. A failure reaches every caller
    that waited for it, each as its own copy of the error (an error object is not shared).
    """

    __slots__ = ("_task",)

    def __init__(self) -> None:
        self._task: asyncio.Task[T] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    async def run(self, factory: Callable[[], Awaitable[T]]) -> T:
        """The result of the running work, or of a new ``factory()`` when none is running."""
        task = self._task
        if task is None:
            task = asyncio.get_running_loop().create_task(self._guarded(factory))
            task.add_done_callback(_retrieve)
            self._task = task
        failure: BaseException | None = None
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if not task.cancelled():
                raise
            failure = asyncio.CancelledError()
        except Exception as exc:
            failure = copy_error(exc)
        raise failure

    async def _guarded(self, factory: Callable[[], Awaitable[T]]) -> T:
        try:
            return await factory()
        finally:
            self._task = None


def _retrieve(task: asyncio.Task[T]) -> None:
    """Mark a failure as seen even when every caller was cancelled before it came."""
    if not task.cancelled():
        task.exception()


def copy_error(exc: E) -> E:
    """A new error of the same type and content, without the shared traceback."""
    new = BaseException.__new__(type(exc), *exc.args)
    new.__dict__.update(exc.__dict__)
    return new
