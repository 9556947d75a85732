"""``$select``: which carrier properties the server fills in; it nulls all others.

``fields`` holds typed paths generated from the spec, one class per carrier
(``fields.User.Person.Firstname == "Person/Firstname"``), so a typo is a type error.

Names are matched case-insensitively, ``/`` reaches into a nested carrier
(``Person/Firstname``). Each name is checked against the carrier in the spec before any request
is sent; an unknown one is an error that names it and the closest valid names.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ._generated.select_fields import Field, fields
from ._generated.spec_facts import CARRIER_PROPERTIES
from ._generated.types import UNSET, Unset
from .errors import InvalidArgumentError

__all__ = ["Field", "Select", "SelectArg", "fields", "property_name", "select_param"]


class Select:
    """A validated ``$select`` for one carrier.

    Build it from the typed paths, ``Select(User, fields.User.Name, fields.User.Person.Firstname)``,
    or from names, ``Select("User", "name", "person/firstname")`` (matched case-insensitively).
    """

    __slots__ = ("carrier", "paths")

    def __init__(self, carrier: str | type, *paths: str) -> None:
        name = carrier if isinstance(carrier, str) else carrier.__name__
        if name not in CARRIER_PROPERTIES:
            raise InvalidArgumentError(f"{name!r} is not a carrier of the spec")
        if not paths:
            raise InvalidArgumentError("a $select needs at least one property")
        self.carrier = name
        self.paths: tuple[str, ...] = tuple(_canonical(name, path) for path in paths)

    def __str__(self) -> str:
        return ",".join(self.paths)

    def __repr__(self) -> str:
        return f"Select({self.carrier!r}, {', '.join(map(repr, self.paths))})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Select) and (self.carrier, self.paths) == (
            other.carrier,
            other.paths,
        )

    def __hash__(self) -> int:
        return hash((self.carrier, self.paths))


SelectArg = Select | str | Iterable[str] | None
"""What an operation's ``select=`` accepts: a Select, "A,B/C", or names; None selects all."""


def select_param(value: SelectArg, carrier: str | None) -> str | Unset:
    """The ``$select`` query value for ``carrier``, validated; UNSET when nothing is selected."""
    if value is None:
        return UNSET
    if carrier is None:
        raise InvalidArgumentError("this operation does not take $select")
    if isinstance(value, Select):
        if value.carrier != carrier and not _compatible(value.carrier, carrier):
            raise InvalidArgumentError(
                f"this operation returns {carrier}; the Select is for {value.carrier}"
            )
        return str(value)
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, Iterable):
        parts = list(value)
        if not all(isinstance(p, str) for p in parts):
            raise InvalidArgumentError("select names must be strings")
    else:
        raise InvalidArgumentError(
            f"select must be a Select, str or names, not {type(value).__name__}"
        )
    return str(Select(carrier, *(p.strip() for p in parts)))


def _compatible(given: str, wanted: str) -> bool:
    """A Select built for a carrier is fine for one that has all its properties."""
    return set(CARRIER_PROPERTIES[given]) <= set(CARRIER_PROPERTIES[wanted])


def _canonical(carrier: str, path: str) -> str:
    """The path with each name spelled as in the spec, or an error naming the closest names."""
    if not isinstance(path, str) or not path:
        raise InvalidArgumentError("a $select property name must be a non-empty string")
    current: str | None = carrier
    spelled: list[str] = []
    for name in path.split("/"):
        if current is None:
            raise InvalidArgumentError(
                f"$select {path!r}: {'/'.join(spelled)} is not a carrier, it has no {name!r}"
            )
        found = property_name(current, name.strip(), f"$select {path!r}")
        spelled.append(found)
        current = CARRIER_PROPERTIES[current][found]
    return "/".join(spelled)


def property_name(carrier: str, name: str, where: str) -> str:
    """``name`` spelled as the carrier's property (case-insensitive), or an error naming the
    closest properties."""
    properties = CARRIER_PROPERTIES[carrier]
    by_lower = {p.lower(): p for p in properties}
    found = by_lower.get(name.lower())
    if found is None:
        close = difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.5)
        hint = ", ".join(by_lower[c] for c in close) or ", ".join(sorted(properties)[:8])
        raise InvalidArgumentError(f"{where}: {carrier} has no property {name!r}; closest: {hint}")
    return found
