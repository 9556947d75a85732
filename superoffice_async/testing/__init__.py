"""A local SuperOffice User API for tests and demos (the ``sandbox`` extra).

``SandboxServer`` serves a ``Sandbox`` on 127.0.0.1; ``python -m superoffice_async.testing``
does the same from the command line; ``superoffice_async.testing.pytest_plugin`` gives pytest
fixtures. Names are imported on first use, so that without the extra the error says what to
install instead of ending in a traceback.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .extra import missing_sandbox_module, sandbox_missing

if TYPE_CHECKING:
    from .app import Credentials, Sandbox
    from .faults import Faults
    from .identity import IdentityProvider, PartnerApp
    from .online import OnlineSandbox, OnlineSandboxServer
    from .server import SandboxServer
    from .store import UserStore

_MODULES = {
    "Credentials": ".app",
    "Faults": ".faults",
    "IdentityProvider": ".identity",
    "OnlineSandbox": ".online",
    "OnlineSandboxServer": ".online",
    "PartnerApp": ".identity",
    "Sandbox": ".app",
    "SandboxServer": ".server",
    "UserStore": ".store",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ModuleNotFoundError as exc:
        missing = missing_sandbox_module(exc)
        if missing is None:
            raise
        raise ModuleNotFoundError(sandbox_missing(missing), name=exc.name) from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Credentials",
    "Faults",
    "IdentityProvider",
    "OnlineSandbox",
    "OnlineSandboxServer",
    "PartnerApp",
    "Sandbox",
    "SandboxServer",
    "UserStore",
]
