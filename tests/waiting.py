"""Waiting in tests for a state, never for a duration."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def until(condition: Callable[[], bool]) -> None:
    """Wait until ``condition`` holds (a state, never a duration); fail after 60 s of none."""
    for _ in range(6000):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the awaited state never came")
