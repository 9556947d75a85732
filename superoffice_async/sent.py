"""Whether a call's request left the client: ``SentProbe``, for telling "in doubt" from "unstarted".

A caller that may cancel a call (Ctrl-C in a sync or a bulk run) wraps it in ``probe()``; the
call path marks the probe when an attempt goes on the wire (the same rule as
``TransportError.request_sent``: from the moment a request may have been sent). A call cancelled
with an unmarked probe never reached the server; one with a marked probe is in doubt::

    with probe() as sent:
        await so.users.create(user)
    ...  # cancelled: sent.sent tells whether it may have been applied
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["SentProbe", "mark_sent", "probe"]


@dataclass(slots=True)
class SentProbe:
    """Counts the attempts that went on the wire while the probe was active."""

    attempts: int = 0

    @property
    def sent(self) -> bool:
        """True once any request may have reached the server."""
        return self.attempts > 0


_PROBE: ContextVar[SentProbe | None] = ContextVar("superoffice_async_sent_probe", default=None)


@contextlib.contextmanager
def probe(found: SentProbe | None = None) -> Iterator[SentProbe]:
    """A probe (a fresh one unless given) for the calls made in this block, in this task."""
    found = SentProbe() if found is None else found
    token = _PROBE.set(found)
    try:
        yield found
    finally:
        _PROBE.reset(token)


def mark_sent() -> None:
    """Called by the call path as an attempt goes on the wire."""
    found = _PROBE.get()
    if found is not None:
        found.attempts += 1
