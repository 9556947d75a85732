"""A local SuperOffice User API for tests and demos (the ``sandbox`` extra).

``SandboxServer`` serves a ``Sandbox`` on 127.0.0.1; ``python -m superoffice_async.testing``
does the same from the command line; ``superoffice_async.testing.pytest_plugin`` gives pytest
fixtures.
"""

from .app import Credentials, Sandbox
from .faults import Faults
from .identity import IdentityProvider, PartnerApp
from .online import OnlineSandbox, OnlineSandboxServer
from .server import SandboxServer
from .state import PasswordPolicy, SandboxState

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
