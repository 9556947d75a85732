"""The clock of a client: time, sleep and randomness, which tests replace."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["Clock"]


def _random() -> float:
    """``random.random()``; the module is imported on first use (a retry's jitter)."""
    import random

    return random.random()  # noqa: S311 - backoff jitter, not a secret


def _now() -> datetime:
    """The time now, in UTC; ``datetime`` is imported on first use (a Retry-After date)."""
    from datetime import UTC, datetime

    return datetime.now(UTC)


class Clock:
    """Time, sleep and randomness of the pipeline; tests replace them."""

    def __init__(
        self,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = _random,
        now: Callable[[], datetime] = _now,
    ) -> None:
        self.monotonic = monotonic
        self.sleep = sleep
        self.random = random
        self.now = now
