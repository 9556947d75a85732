"""Contains some shared types for properties"""

from __future__ import annotations

import datetime
import enum
from typing import Any, ClassVar, Literal, Self


class Unset:
    """The type of ``UNSET``: "not given", as opposed to an explicit ``None`` (JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# A carrier's constructor defaults: typed Any so that ``name: str | None = NOT_SET`` checks.
NOT_SET: Any = UNSET

# What a failed conversion of a JSON value raises; the parsers turn each into a TypeError
# that names the property (``Role.Id: expected int | None, got bool``).
PARSE_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


class OpenStrEnum(enum.StrEnum):
    """A string enum that also holds values the spec does not list.

    ``Kind("Listed")`` accepts only the listed values. A carrier property read from the server
    keeps any other string as a member outside the listed ones: it compares equal to its string,
    ``value`` is the raw string and ``is_known`` is False.
    """

    @classmethod
    def _open(cls, value: object) -> Self:
        member = cls._value2member_map_.get(value) if type(value) is str else None
        if member is not None:
            return member  # type: ignore[return-value]
        if not isinstance(value, str):
            raise TypeError(f"expected str, got {type(value).__name__}")
        if isinstance(value, cls):
            return value
        known = cls._value2member_map_.get(str(value))
        if known is not None:
            return known  # type: ignore[return-value]
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = value
        return pseudo

    @property
    def is_known(self) -> bool:
        """True for a value the spec lists, False for one only the server knows."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self.is_known:
            return f"{type(self).__name__}.{self._name_}"
        return f"{type(self).__name__}({self._value_!r})"


_NESTED_TEXT = 40  # characters shown of a string inside another carrier


def _short(value: Any, depth: int, compact: bool) -> str:
    """``repr`` of a property value, shortened below the top level (more so when compact)."""
    if isinstance(value, Carrier):
        return value._repr(depth, compact)
    if isinstance(value, list):
        if not value:
            return "[]"
        if compact and depth and all(isinstance(item, Carrier) for item in value):
            return f"[{len(value)} x {type(value[0]).__name__}]"
        inner = (
            depth + 1 if compact else depth
        )  # print(): a list's carriers as the list's
        shown = [_short(item, inner, compact) for item in value[: 1 if compact else 3]]
        more = len(value) - len(shown)
        return "[" + ", ".join(shown) + (f", +{more} more" if more else "") + "]"
    if isinstance(value, datetime.datetime):
        return f"datetime({value.isoformat(timespec='seconds')})"
    if isinstance(value, datetime.date):
        return f"date({value.isoformat()})"
    if depth and isinstance(value, str) and not isinstance(value, enum.Enum):
        if len(value) > _NESTED_TEXT:
            return repr(value[: _NESTED_TEXT - 3] + "...")
    return repr(value)


def _empty(value: Any) -> bool:
    if isinstance(value, Carrier) and not value._WIRE:
        return not value.__dict__.get("_extra")
    return (type(value) is str or type(value) is list) and not value


class Carrier:
    """Base of the generated carriers.

    A property reads as ``None`` when it is null or was never set; ``fields_set`` names those
    that were set (by the caller, or sent by the server), and only those are sent.
    """

    _WIRE: ClassVar[dict[str, str]] = {}
    """Python property name -> JSON property name, in the spec's order."""

    @classmethod
    def _python_names(cls) -> dict[str, str]:
        """JSON property name -> Python property name (``_WIRE`` reversed, made once)."""
        names: dict[str, str] | None = cls.__dict__.get("_PYTHON")
        if names is None:
            names = {wire: name for name, wire in cls._WIRE.items()}
            cls._PYTHON = names  # type: ignore[attr-defined]
        return names

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        raise NotImplementedError

    @property
    def fields_set(self) -> frozenset[str]:
        """The Python names of the properties that are set (a None among them is sent as null)."""
        d = self.__dict__
        return frozenset(name for name in self._WIRE if name in d)

    def to_json(self, *, indent: bool = False) -> str:
        """``to_dict()`` as JSON text; ``indent=True`` for two-space indentation."""
        import orjson

        option = orjson.OPT_INDENT_2 if indent else 0
        return orjson.dumps(self.to_dict(), option=option).decode()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def _items(self) -> list[tuple[str, Any]]:
        d = self.__dict__
        items = [(name, d[name]) for name in self._WIRE if d.get(name) is not None]
        extra = d.get("_extra")
        if extra:
            items.append(("additional_properties", extra))
        return items

    def _repr(self, depth: int, compact: bool) -> str:
        name = type(self).__name__
        items = self._items()
        if compact:  # repr(): leave out what is empty as well
            items = [(key, value) for key, value in items if not _empty(value)]
        # Shown of a carrier inside another: its first fields (entries of a map carrier).
        limit = None if depth == 0 else (1 if compact else 3)
        if not self._WIRE and items:  # a map carrier: show its entries
            entries = list(items[0][1].items())
            if compact and depth:
                return f"{name}({len(entries)} {'entry' if len(entries) == 1 else 'entries'})"
            shown = [
                f"{k!r}: {_short(v, depth + 1, compact)}" for k, v in entries[:limit]
            ]
            more = ", ..." if len(shown) < len(entries) else ""
            return name + "({" + ", ".join(shown) + more + "})"
        if depth >= 2:
            return f"{name}(...)" if items else f"{name}()"
        parts = [
            f"{key}={_short(value, depth + 1, compact)}" for key, value in items[:limit]
        ]
        if len(parts) < len(items):
            parts.append("...")
        return f"{name}({', '.join(parts)})"

    def __repr__(self) -> str:
        """The properties that are set and not None or empty; carriers inside are shortened."""
        return self._repr(0, True)

    def __str__(self) -> str:
        """One line per property that is set and not None, carriers inside less shortened."""
        lines = [type(self).__name__]
        for key, value in self._items():
            if not self._WIRE:
                lines += [f"  {k!r}: {_short(v, 1, False)}" for k, v in value.items()]
            else:
                lines.append(f"  {key}: {_short(value, 1, False)}")
        return "\n".join(lines)


# Checks of JSON values inside lists: exact types first, subclasses after; bool is no int.
def as_list(value: Any) -> list[Any]:
    """``value`` when it is a list, else TypeError."""
    if type(value) is not list and not isinstance(value, list):
        raise TypeError(f"expected list, got {type(value).__name__}")
    return value


def as_str(value: Any) -> str:
    """``value`` when it is a str, else TypeError."""
    if type(value) is not str and not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return value


def as_int(value: Any) -> int:
    """``value`` when it is an int (not a bool), else TypeError."""
    if type(value) is not int and (
        not isinstance(value, int) or isinstance(value, bool)
    ):
        raise TypeError(f"expected int, got {type(value).__name__}")
    return value


def as_bool(value: Any) -> bool:
    """``value`` when it is a bool, else TypeError."""
    if type(value) is not bool:
        raise TypeError(f"expected bool, got {type(value).__name__}")
    return value


def as_float(value: Any) -> float:
    """``value`` when it is a number (not a bool), else TypeError."""
    if type(value) is not float and (
        not isinstance(value, int | float) or isinstance(value, bool)
    ):
        raise TypeError(f"expected float, got {type(value).__name__}")
    return value


def dump_any(value: Any) -> Any:
    """``value`` as JSON: carriers, lists and dates converted."""
    if isinstance(value, Carrier):
        return value.to_dict()
    if isinstance(value, list):
        return [dump_any(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


__all__ = [
    "NOT_SET",
    "PARSE_ERRORS",
    "UNSET",
    "Carrier",
    "OpenStrEnum",
    "Unset",
    "as_bool",
    "as_float",
    "as_int",
    "as_list",
    "as_str",
    "dump_any",
]
