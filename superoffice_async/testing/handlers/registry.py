"""The handler registry and what a handler gets: ``Call``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from ..state import SandboxState

__all__ = ["HANDLERS", "Call", "Handler", "handles"]


@dataclass(frozen=True, slots=True)
class Call:
    """One request that reached a simulated operation, its arguments decoded."""

    args: dict[str, Any]
    """By the operation's Python parameter names (``testing.arguments.decode``)."""
    state: SandboxState
    base_url: str
    """Scheme, host and tenant: what ``_Links`` start with."""


Handler = Callable[[Call], Response]
"""Runs with the state's lock held; raises the ``testing.errors`` exceptions for 4xx answers."""

HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"{operation_id} has two handlers")
        HANDLERS[operation_id] = handler
        return handler

    return register
