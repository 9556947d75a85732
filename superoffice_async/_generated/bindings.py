"""The client's resources, one attribute per tag, bound when a client is made.

Do not edit. Written by tools/generate.py. Apart from ``resources.py`` (the typed methods),
so that importing the client costs neither the methods nor the operation facts: they are
imported the first time a client binds its resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .resources import (
        Caller,
        RawCaller,
        UserAgentOperations,
        UserAgentOperationsWithRawResponse,
        UserOperations,
        UserOperationsWithRawResponse,
    )


class Resources:
    """The client's resources, one per tag."""

    users: UserOperations
    """REST `/api/v1/User`."""
    user_agent: UserAgentOperations
    """RPC agent `/api/v1/Agents/User`. Online restricted - not available in Online by default."""

    def _bind_resources(
        self, call: Caller, raw: RawCaller, extras: Mapping[str, type[Any]]
    ) -> None:
        """Each resource, as its hand-written extension where ``extras`` names one."""
        from .resources import UserAgentOperations, UserOperations

        self.users = extras.get("users", UserOperations)(call, raw)
        self.user_agent = extras.get("user_agent", UserAgentOperations)(call, raw)


class RawResources:
    """The same resources, returning ``RawResponse``."""

    users: UserOperationsWithRawResponse
    user_agent: UserAgentOperationsWithRawResponse

    def _bind_raw_resources(self, resources: Resources) -> None:
        """The raw twin of each of ``resources``."""
        self.users = resources.users.with_raw_response
        self.user_agent = resources.user_agent.with_raw_response
