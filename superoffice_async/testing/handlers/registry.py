"""The handler registry and what a handler gets: ``Call``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from ..store import UserStore

__all__ = ["HANDLERS", "Call", "Handler", "handles"]


@dataclass(frozen=True, slots=True)
class Call:
    """One request that reached a simulated operation."""

    request: Request
    path_params: dict[str, str]
    """By wire name, percent-decoded."""
    store: UserStore
    base_url: str
    """Scheme, host and tenant: what ``_Links`` start with."""


Handler = Callable[[Call], Awaitable[Response]]

HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"{operation_id} has two handlers")
        HANDLERS[operation_id] = handler
        return handler

    return register
