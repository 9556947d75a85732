"""The sandbox's operation handlers, registered by operation id.

A handler takes a ``Call`` (the arguments decoded from the operation's parameters, and the
state) and returns the answer. ``HANDLERS`` maps operation ids to handlers; an operation of the
spec that is not in it answers 501. Handlers live in modules by family and register themselves
with ``@handles(operation_id)``.
"""

from __future__ import annotations

from . import agents_lookups, agents_passwords, agents_provisioning, agents_users, rest
from .registry import HANDLERS, Call, Handler, handles

__all__ = [
    "HANDLERS",
    "Call",
    "Handler",
    "agents_lookups",
    "agents_passwords",
    "agents_provisioning",
    "agents_users",
    "handles",
    "rest",
]
