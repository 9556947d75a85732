"""Write safety: a write never blanks what the caller did not mean to change.

PUT and the Agents Save* operations replace the whole entity, so a carrier the caller built
from scratch would blank every property it leaves out. Three guards, shared by the typed
methods, ``users.modify``/``update``, bulk runs and sync:

- provenance: the request path marks each carrier it parses from a complete answer (one not
  narrowed by ``$select``) with ``mark_read``; ``check_replace`` lets a replacing operation send
  only such carriers, unless the call creates an entity or the caller passes ``replace=True``.
  Carriers are held by weak reference, keyed by identity: a carrier is unhashable, and a copy
  is a new carrier that was not read.
- read-modify-write: ``read_modify_write`` reads, changes a copy and sends only what differs
  (``diff_patch``) as a JSON Patch, each change guarded by a ``test`` of its old value, so a
  concurrent change makes the server refuse the patch (409, ``ConflictError``) instead of being
  overwritten.
- merging: ``merge_into`` sets what a partial carrier sets onto a carrier read from the server,
  keeping the rest as read.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._generated.spec_facts import CARRIER_PROPERTIES, PROPERTY_SHAPES
from ._generated.types import Carrier, take_over
from .errors import InvalidArgumentError, PartialWriteError

if TYPE_CHECKING:
    from .patch import UserPatch

__all__ = [
    "check_replace",
    "diff_patch",
    "mark_read",
    "merge_into",
    "read_modify_write",
    "user_json",
    "was_read",
]

C = TypeVar("C")
R = TypeVar("R")
_MISSING: Any = object()
_read: dict[int, weakref.ReferenceType[Any]] = {}


# -- provenance: which carriers were read from the server ---------------------------------------
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


def check_replace(
    operation_id: str,
    creates_when_empty: str | None,
    carrier: Any,
    where: tuple[str, str],
    replace: bool,
) -> None:
    """Refuse (PartialWriteError) to send ``carrier`` to replace the whole entity unless it was
    read from the server, the call creates a new entity (its ``creates_when_empty`` key is
    absent, null or 0), or the caller said ``replace=True``."""
    if replace or was_read(carrier):
        return
    data: dict[str, Any] = carrier.to_dict()
    if creates_when_empty is not None and not data.get(creates_when_empty):
        return
    raise PartialWriteError(operation_id, *where)


# -- read-modify-write -----------------------------------------------------------------------


async def read_modify_write(
    read: Callable[[], Awaitable[R]],
    carrier_of: Callable[[R], Any],
    change: Callable[[Any], Awaitable[Any]],
    write: Callable[[UserPatch], Awaitable[R]],
) -> R:
    """Read the user, let ``change`` give the changed user, and write what differs as a guarded
    JSON Patch; nothing is written (the answer as read is returned) when nothing differs.

    ``carrier_of`` takes the user out of what ``read`` returns (a carrier or a ``RawResponse``).
    """
    current = await read()
    before = user_json(carrier_of(current))
    patch = diff_patch(before, user_json(await change(carrier_of(current))))
    return current if not len(patch) else await write(patch)


def user_json(carrier: Any) -> dict[str, Any]:
    """A User or UserWithLinks as User JSON (``_Links`` and other link-only keys left out)."""
    if not isinstance(carrier, Carrier):
        raise InvalidArgumentError(f"expected a User carrier, got {type(carrier).__name__}")
    data: dict[str, Any] = carrier.to_dict()
    own = CARRIER_PROPERTIES["User"]
    for prop in CARRIER_PROPERTIES.get(type(carrier).__name__, {}):
        if prop not in own:
            data.pop(prop, None)
    return data


def diff_patch(before: Mapping[str, Any], after: Mapping[str, Any]) -> UserPatch:
    """A UserPatch that turns User JSON ``before`` into ``after``: for each changed property a
    ``test`` of its old value, then ``replace`` (``add`` where it was absent). A property
    absent from ``after`` is left as it is. Nested carriers and maps are compared property by
    property; an array of carriers whose items keep their identity (``Id``, else ``Name``: a
    license slot's module name) item by item, each changed item addressed by its index and
    guarded by a ``test`` of its identity (an array that moved meanwhile fails the patch);
    other arrays whole."""
    from .patch import UserPatch  # the patch builder: loaded with the first diff

    patch = UserPatch()
    _diff(patch, "User", "", before, after)
    return patch


def _diff(
    patch: UserPatch, carrier: str | None, prefix: str, before: Mapping[str, Any], after: Any
) -> None:
    for key in [*before, *(k for k in after if k not in before)]:
        old = before.get(key, _MISSING)
        new = after.get(key, _MISSING)
        if old == new or new is _MISSING:
            continue  # absent from ``after``: not touched (a partial carrier blanks nothing)
        path = f"{prefix}/{key}"
        shape = PROPERTY_SHAPES.get(carrier, {}).get(key) if carrier else "map-entry"
        nested = CARRIER_PROPERTIES.get(carrier or "", {}).get(key)  # the nested carrier
        if isinstance(old, dict) and isinstance(new, dict) and shape in ("object", "map"):
            _diff(patch, nested, path, old, new)
        elif shape == "array" and (identity := _identity(nested, old, new)) is not None:
            for index, (was, item) in enumerate(zip(old, new, strict=True)):
                if was != item:
                    patch.test(f"{path}/{index}/{identity}", was[identity])
                    _diff(patch, nested, f"{path}/{index}", was, item)
        elif old is _MISSING:
            patch.add(path, new)
        else:
            patch.test(path, old).replace(path, new)


def _identity(item_carrier: str | None, old: Any, new: Any) -> str | None:
    """The property that identifies the items of two arrays of ``item_carrier`` of one length
    whose items keep it, or None (the arrays are then compared whole)."""
    names = CARRIER_PROPERTIES.get(item_carrier or "", {})
    identity = next((name for name in ("Id", "Name") if name in names), None)
    if identity is None or not isinstance(old, list) or not isinstance(new, list):
        return None
    if len(old) != len(new) or not all(isinstance(i, dict) for i in (*old, *new)):
        return None
    kept = all(a.get(identity) is not None and a.get(identity) == b.get(identity)
               for a, b in zip(old, new, strict=True))  # fmt: skip
    return identity if kept else None


def merge_into(target: C, changes: Any) -> C:
    """Set on ``target`` (changed in place, so a carrier read from the server stays one) every
    property ``changes`` sets: a carrier, or a mapping of JSON properties. Nested carriers and
    maps are merged property by property, arrays replaced. Returns ``target``."""
    if isinstance(changes, Mapping):
        update = dict(changes)
    elif isinstance(changes, Carrier):
        update = changes.to_dict()
    else:
        raise InvalidArgumentError(
            f"changes must be a carrier or a mapping, got {type(changes).__name__}"
        )
    cls: Any = type(target)
    merged = cls.from_dict(_merged(target.to_dict(), update))  # type: ignore[attr-defined]
    take_over(target, merged)  # replaced in place: identity (and so provenance) kept
    return target


def _merged(base: dict[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in update.items():
        old = result.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            result[key] = _merged(old, value)
        else:
            result[key] = value
    return result
