"""Which carriers were read from the server: the PUT and Save* guard's memory.

PUT and the Agents Save* operations replace the whole entity, so a carrier the caller built
from scratch would blank every property it leaves out. The pipeline marks each carrier it
parses from a complete answer (one not narrowed by ``$select``); the argument check lets a
replacing operation send only marked carriers (changed or not: that is read-modify-write),
unless the caller passes ``replace=True``.

Carriers are held by weak reference, keyed by identity: a carrier is unhashable, and a copy is
a new carrier that was not read.
"""

from __future__ import annotations

import functools
import weakref
from typing import Any

from ._generated.types import Carrier

__all__ = ["mark_read", "was_read"]

_read: dict[int, weakref.ReferenceType[Any]] = {}


def mark_read(parsed: Any) -> None:
    """Remember ``parsed`` (a carrier, or each carrier of a list) as read from the server."""
    for item in parsed if isinstance(parsed, list) else (parsed,):
        if isinstance(item, Carrier) and not was_read(item):
            key = id(item)
            _read[key] = weakref.ref(item, functools.partial(_forget, key))


def was_read(carrier: Any) -> bool:
    """Was this very carrier parsed from a complete server answer?"""
    ref = _read.get(id(carrier))
    return ref is not None and ref() is carrier


def _forget(key: int, ref: weakref.ReferenceType[Any]) -> None:
    if _read.get(key) is ref:
        del _read[key]
