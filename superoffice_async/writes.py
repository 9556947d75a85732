"""Safe writes: what differs between two states of a User, and changes applied onto a carrier.

PUT and the Agents Save* operations replace the whole entity. ``diff_patch`` turns "the user as
read" and "the user as the caller changed it" into a JSON Patch of only what differs, each
change guarded by a ``test`` of its old value, so a concurrent change makes the server refuse
the patch (409, ``ConflictError``) instead of being overwritten. ``merge_into`` sets what a
partial carrier sets onto a carrier read from the server, keeping the rest as read.

Both work on ``to_dict()`` / ``from_dict()`` JSON and attribute access only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ._generated.spec_facts import CARRIER_PROPERTIES, PROPERTY_SHAPES
from ._generated.types import Carrier, take_over
from .errors import InvalidArgumentError
from .patch import UserPatch

__all__ = ["diff_patch", "merge_into", "user_json"]

C = TypeVar("C")
_MISSING: Any = object()


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
    property; arrays whole."""
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
        if isinstance(old, dict) and isinstance(new, dict) and shape in ("object", "map"):
            nested = CARRIER_PROPERTIES[carrier][key] if carrier and shape == "object" else None
            _diff(patch, nested, path, old, new)
        elif old is _MISSING:
            patch.add(path, new)
        else:
            patch.test(path, old).replace(path, new)


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
