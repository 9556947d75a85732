"""The sandbox's operation handlers, registered by operation id.

A handler takes a ``Call`` (the request, its path parameters, the store) and returns the answer.
``HANDLERS`` maps operation ids to handlers; an operation of the spec that is not in it answers
501. Handlers live in modules by area and register themselves with ``@handles(operation_id)``.
"""

from __future__ import annotations

from . import agents_provisioning, agents_users, rest
from .registry import HANDLERS, Call, Handler, handles

__all__ = ["HANDLERS", "Call", "Handler", "agents_provisioning", "agents_users", "handles", "rest"]
