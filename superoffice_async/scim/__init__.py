"""A SCIM 2.0 bridge: identity providers (Okta, Entra ID, OneLogin, JumpCloud, Keycloak, ...)
provision SuperOffice users through the SDK (the ``scim`` extra).

The protocol comes from scim2-server and scim2-models; the SuperOffice side is the sync's
mapping, plan and directory. ``superoffice-async scim serve`` runs it; ``create_app`` gives the
ASGI app for your own server. The guide: docs/guides/scim.md (the docs site's "A SCIM bridge").
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import ScimBridge, app_from_env, create_app, log_requests_to_stderr, scim_provider
    from .auth import BearerToken, token_from_env
    from .calls import counting_transport
    from .guard import DeactivationGuard
    from .server import SandboxBridge, sandbox_bridge
    from .storage import SuperOfficeStorage

_WHERE = {
    "BearerToken": ".auth",
    "DeactivationGuard": ".guard",
    "SandboxBridge": ".server",
    "ScimBridge": ".app",
    "SuperOfficeStorage": ".storage",
    "app_from_env": ".app",
    "counting_transport": ".calls",
    "create_app": ".app",
    "log_requests_to_stderr": ".app",
    "sandbox_bridge": ".server",
    "scim_provider": ".app",
    "token_from_env": ".auth",
}

__all__ = [
    "BearerToken",
    "DeactivationGuard",
    "SandboxBridge",
    "ScimBridge",
    "SuperOfficeStorage",
    "app_from_env",
    "counting_transport",
    "create_app",
    "log_requests_to_stderr",
    "sandbox_bridge",
    "scim_provider",
    "token_from_env",
]


def __getattr__(name: str) -> Any:
    """Names load on first use, so the command line can import ``scim.serve`` without the
    [scim] extra."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name], __name__), name)
