"""A local SuperOffice User API for tests and demos (the ``sandbox`` extra).

``SandboxServer`` serves a ``Sandbox`` on 127.0.0.1; ``python -m superoffice_async.testing``
does the same from the command line; ``superoffice_async.testing.pytest_plugin`` gives pytest
fixtures. Names are imported on first use, so that without the extra the error says what to
install instead of ending in a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .extra import missing_sandbox_module, sandbox_missing

if TYPE_CHECKING:
    from .app import Credentials, Sandbox
    from .faults import Faults
    from .identity import IdentityProvider, PartnerApp
    from .online import OnlineSandbox, OnlineSandboxServer
    from .server import SandboxServer
    from .state import PasswordPolicy, SandboxState


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _load_sandbox()
    return globals()[name]


def _load_sandbox() -> None:
    """Import the sandbox (its libraries come with the ``[sandbox]`` extra) and bind its names."""
    try:
        from .app import Credentials, Sandbox
        from .faults import Faults
        from .identity import IdentityProvider, PartnerApp
        from .online import OnlineSandbox, OnlineSandboxServer
        from .server import SandboxServer
        from .state import PasswordPolicy, SandboxState
    except ModuleNotFoundError as exc:
        missing = missing_sandbox_module(exc)
        if missing is None:
            raise
        raise ModuleNotFoundError(sandbox_missing(missing), name=exc.name) from None
    names: tuple[type, ...] = (Credentials, Faults, IdentityProvider, OnlineSandbox)
    names += (OnlineSandboxServer, PartnerApp, PasswordPolicy, Sandbox, SandboxServer)
    names += (SandboxState,)
    globals().update({value.__name__: value for value in names})


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Credentials",
    "Faults",
    "IdentityProvider",
    "OnlineSandbox",
    "OnlineSandboxServer",
    "PartnerApp",
    "PasswordPolicy",
    "Sandbox",
    "SandboxServer",
    "SandboxState",
]
