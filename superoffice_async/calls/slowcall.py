"""The slow-call warning: SuperOffice's "NsApiSlow threshold", seen from the client.

A call whose time (every attempt and retry wait, but not the wait for a free connection of the
client's pool, which is the app's own queue and reported apart) exceeds its operation's threshold
emits exactly one WARNING on the ``superoffice_async`` logger, and goes to an optional hook (for
metrics). The warning goes through ``logging`` only: the package's logger has a ``NullHandler``,
so nothing reaches stderr unless the app configures logging (or sets ``SUPEROFFICE_LOG``).
Thresholds come from the spec (``x-superoffice-slow-ms``), with the spec's default where an
operation has none; a client can override them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from ..errors import ConfigurationError
from ..records import CallRecord

__all__ = ["SlowCallHook", "SlowCallMonitor", "logger"]

logger = logging.getLogger("superoffice_async")

SlowCallHook = Callable[[CallRecord], None]


class SlowCallMonitor:
    """Decides whether a call was slow, and reports it once."""

    def __init__(
        self,
        overrides: int | Mapping[str, int] | None = None,
        hook: SlowCallHook | None = None,
    ) -> None:
        if isinstance(overrides, bool) or (
            overrides is not None and not isinstance(overrides, int | Mapping)
        ):
            raise ConfigurationError("slow_call_ms must be milliseconds, or a mapping of them")
        values = [overrides] if isinstance(overrides, int) else list((overrides or {}).values())
        if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in values):
            raise ConfigurationError("slow-call thresholds must be non-negative ints (ms)")
        self._overrides = overrides
        self._hook = hook

    def threshold_ms(self, operation_id: str, spec_ms: int) -> int:
        """The operation's threshold: the client's override, else the spec's."""
        if isinstance(self._overrides, int):
            return self._overrides
        if self._overrides and operation_id in self._overrides:
            return self._overrides[operation_id]
        return spec_ms

    def observe(self, record: CallRecord) -> None:
        """Warn (and call the hook) when the call took longer than its threshold."""
        took = max(record.elapsed_ms - record.pool_wait_ms, 0.0)
        if took <= record.threshold_ms:
            return
        queued = (
            f"; {record.pool_wait_ms:.0f} ms more waiting for a pool connection"
            if record.pool_wait_ms >= 1
            else ""
        )
        logger.warning(
            "slow call: %s %s %s took %.0f ms (threshold %d ms, %d attempt%s%s)",
            record.operation_id,
            record.method,
            record.path,
            took,
            record.threshold_ms,
            record.attempts,
            "" if record.attempts == 1 else "s",
            queued,
            extra={"superoffice_call": record},
        )
        if self._hook is not None:
            try:
                self._hook(record)
            except Exception:  # a metrics hook must never break the call it reports on
                logger.exception("the on_slow_call hook raised")
