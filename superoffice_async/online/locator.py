"""Where a tenant's API lives: the ``TenantLocator`` interface the pipeline asks per attempt.

A client made with a fixed ``base_url`` has none. A locator (for SuperOffice Online,
``tenant_state.TenantStateLocator``, which reads the tenant status API) gives the current base
URL and, after a ``421`` "wrong subdomain" answer, looks again; the pipeline then repeats the
call once (a 421 was not processed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .services import Connection

__all__ = ["TenantLocator"]


class TenantLocator(Protocol):
    """Gives the tenant's current base URL (with the tenant path, no trailing slash)."""

    def bind(self, connection: Connection) -> None:
        """The client's pool, clock and timeout, for the locator's own lookups."""
        ...

    async def base_url(self) -> str:
        """The base URL to send the next attempt to."""
        ...

    async def relocate(self, stale: str) -> bool:
        """``stale`` answered 421: look the tenant up again; True when its address changed."""
        ...
