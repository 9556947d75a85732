"""Contains some shared types for properties"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Self, TypeVar

import msgspec

Unset = msgspec.UnsetType
"""The type of ``UNSET``: "not given", as opposed to an explicit ``None`` (JSON null)."""

UNSET: Unset = msgspec.UNSET
"""Not given: a carrier property holding it was never set and is not sent."""

# A carrier's field default: "never set" (left out of what is sent), typed Any so that
# ``name: str | None = NOT_SET`` checks. Reading such a property gives None.
NOT_SET: Any = msgspec.UNSET

# What a failed conversion of a JSON value raises.
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


_E = TypeVar("_E", bound=OpenStrEnum)

if TYPE_CHECKING:
    Open = Annotated[_E, "open enum"]
    """An enum-valued property: to a type checker, the enum itself."""
else:

    class Open:
        """``Open[Kind]``: to msgspec, a type it hands to ``_dec_hook`` (an open enum on read;
        a caller's plain string stays a string, which the check before sending refuses)."""

        __slots__ = ()

        @classmethod
        @functools.cache
        def __class_getitem__(cls, kind: type[OpenStrEnum]) -> type:
            return _OpenKind(f"Open{kind.__name__}", (_OpenMarker,), {"kind": kind})


class _OpenKind(type):
    """The marker's metaclass: a member of the enum is an instance (msgspec checks the hook's
    answer with isinstance)."""

    kind: type[OpenStrEnum]

    def __instancecheck__(cls, value: object) -> bool:
        return isinstance(value, cls.kind)


class _OpenMarker(metaclass=_OpenKind):
    kind: ClassVar[type[OpenStrEnum]]


def _dec_hook(kind: type, value: Any) -> Any:
    """msgspec's hook for the types it does not know: the open enums."""
    if isinstance(kind, type) and issubclass(kind, _OpenMarker):
        if not isinstance(value, str):
            raise TypeError(
                f"Expected {kind.kind.__name__} (a string), got {type(value).__name__}"
            )
        return kind.kind._open(value)
    raise NotImplementedError(f"no conversion to {kind!r}")


class _UnsetReadsNone:
    """A carrier property: reads None when never set; ``del`` unsets it (it is not sent)."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self._slot.__get__(obj, owner)
        return None if value is UNSET else value

    def __set__(self, obj: Any, value: Any) -> None:
        self._slot.__set__(obj, value)

    def __delete__(self, obj: Any) -> None:
        self._slot.__set__(obj, UNSET)


@functools.cache
def decoder(kind: Any) -> Callable[[bytes | str], Any]:
    """JSON bytes straight to ``kind`` (a carrier, ``list[...]``, ``X | None``, a plain type),
    by one msgspec decoder made on first use. Strict: an answer with a property the spec does
    not name, or anything else that does not fit, raises ``msgspec.DecodeError`` (a
    ValueError); the caller then takes the path that keeps such properties and names a
    mismatch by its path (``Carrier.from_dict``)."""
    return msgspec.json.Decoder(kind, dec_hook=_dec_hook).decode


_C = TypeVar("_C", bound="Carrier")


def carrier(cls: type[_C]) -> type[_C]:
    """Finish a generated carrier class: its properties read None when never set."""
    for name in cls.__struct_fields__:
        setattr(cls, name, _UnsetReadsNone(cls.__dict__[name]))
    return cls


# Carriers holding properties the spec does not name: while none is alive, a carrier's wire
# form is msgspec's alone; otherwise each carrier's is built with its extras (``_dump``).
_holders: dict[int, weakref.ReferenceType[Any]] = {}


def _hold(item: Carrier, extra: dict[str, Any]) -> dict[str, Any]:
    item.__dict__["_extra"] = extra
    key = id(item)
    if key not in _holders:
        _holders[key] = weakref.ref(item, functools.partial(_let_go, key))
    return extra


def _let_go(key: int, ref: weakref.ReferenceType[Any]) -> None:
    if _holders.get(key) is ref:
        del _holders[key]


_NESTED_TEXT = 40  # characters shown of a string inside another carrier


def _short(value: Any, depth: int, compact: bool) -> str:
    """``repr`` of a property value, shortened below the top level (more so when compact)."""
    if isinstance(value, Carrier):
        return value._repr(depth, compact)
    if isinstance(value, dict):
        if compact and depth:
            return (
                "{" + f"{len(value)} {'entry' if len(value) == 1 else 'entries'}" + "}"
            )
        shown = [
            f"{k!r}: {_short(v, depth + 1, compact)}"
            for k, v in list(value.items())[:3]
        ]
        return "{" + ", ".join(shown) + (", ..." if len(value) > 3 else "") + "}"
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
    return type(value) in (str, list, dict) and not value


_AT = re.compile(r"^(.*?)(?: - at `\$\.?(.*)`)?$", re.DOTALL)
_WORDS = {"null": "None", "array": "list", "object": "dict"}


def _type_error(error: msgspec.ValidationError, cls: type[Carrier]) -> TypeError:
    """msgspec's ``Expected `int | null`, got `bool` - at `$.Role.Id``` as the SDK says it:
    ``Role.Id: expected int | None, got bool`` (an object by its carrier's name)."""
    found = _AT.match(str(error))
    text, path = (found.group(1), found.group(2)) if found else (str(error), None)
    text = re.sub(r"`([^`]*)`", lambda m: re.sub(r"\w+", _word, m.group(1)), text)
    text = text[:1].lower() + text[1:]
    inner = _carrier_at(cls, path or "")
    if inner is not None:
        text = re.sub(r"^expected dict\b", f"expected {inner.__name__}", text)
    if text == "invalid RFC3339 encoded datetime":
        text = "expected an RFC 3339 date-time, got str"
    elif not text.startswith("expected"):
        text = f"expected a valid value, got one that is not ({text})"
    return TypeError(f"{path}: {text}" if path else text)


def _carrier_at(cls: type[Carrier], path: str) -> type[Carrier] | None:
    """The carrier class the property at ``path`` (``Role``, ``OtherGroups[0]``) holds."""
    current: type[Carrier] | None = None
    owner = cls
    for step in re.sub(r"\[[^]]*\]", "", path).split(".") if path else ():
        shape = _nested(owner).get(step)
        if shape is None:
            return None
        current = owner = shape[1]
    return current


def _word(found: re.Match[str]) -> str:
    word = found.group(0)
    if word.startswith("Open") and word[4:5].isupper():
        return word[4:]
    return _WORDS.get(word, word)


class Carrier(
    msgspec.Struct,
    kw_only=True,
    weakref=True,
    dict=True,
    forbid_unknown_fields=True,
):
    """Base of the generated carriers (msgspec Structs).

    A property reads as ``None`` when it is null or was never set; ``fields_set`` names those
    that were set (by the caller, or sent by the server), and only those are sent. Properties
    the spec does not name are kept in ``additional_properties`` and sent back.
    """

    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def _wire(cls) -> dict[str, str]:
        """Python property name -> JSON property name, in the spec's order."""
        return dict(
            zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True)
        )

    @classmethod
    def _python_names(cls) -> dict[str, str]:
        """JSON property name -> Python property name."""
        return _python_names(cls)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        try:
            return msgspec.convert(src_dict, cls, dec_hook=_dec_hook)
        except msgspec.ValidationError as error:
            if not str(error).startswith("Object contains unknown field"):
                raise _type_error(error, cls) from None
        return _build(cls, dict(src_dict))

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Parse JSON text; a value of the wrong type raises TypeError."""
        try:
            decoded: Self = decoder(cls)(data)
            return decoded
        except msgspec.ValidationError as error:
            if not str(error).startswith("Object contains unknown field"):
                raise _type_error(error, cls) from None
        return cls.from_dict(msgspec.json.decode(data))

    @property
    def fields_set(self) -> frozenset[str]:
        """The Python names of the properties that are set (a None among them is sent as null)."""
        values = msgspec.structs.astuple(self)
        return frozenset(
            n for n, v in zip(self.__struct_fields__, values) if v is not UNSET
        )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, Any] | None = self.__dict__.get("_extra")
        return _hold(self, {}) if found is None else found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        _hold(self, value)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        if not _holders:
            built: dict[str, Any] = msgspec.to_builtins(self)
            return built
        return _dump(self)

    def to_json(self, *, indent: bool = False) -> str:
        """``to_dict()`` as JSON text; ``indent=True`` for two-space indentation."""
        data = msgspec.json.encode(self.to_dict())
        return (msgspec.json.format(data, indent=2) if indent else data).decode()

    def __getitem__(self, key: str) -> Any:
        """A value by its JSON name: a documented property that is set, or another key."""
        name = _python_names(type(self)).get(key)
        if name is not None:
            value = getattr(type(self), name)._slot.__get__(self)
            if value is not UNSET:
                return value
        return self.__dict__.get("_extra", {})[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` when the answer did not have ``key``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return msgspec.structs.astuple(self) == msgspec.structs.astuple(other) and (
            self.__dict__.get("_extra") or None
        ) == (other.__dict__.get("_extra") or None)

    def __copy__(self) -> Self:
        extra = self.__dict__.get("_extra")
        return _restore(
            type(self), msgspec.structs.astuple(self), dict(extra) if extra else None
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _restore,
            (type(self), msgspec.structs.astuple(self), self.__dict__.get("_extra")),
        )

    def _items(self) -> list[tuple[str, Any]]:
        values = msgspec.structs.astuple(self)
        items = [
            (n, v)
            for n, v in zip(self.__struct_fields__, values)
            if v is not None and v is not UNSET
        ]
        extra = self.__dict__.get("_extra")
        if extra:
            items.append(("additional_properties", extra))
        return items

    def _repr(self, depth: int, compact: bool) -> str:
        name = type(self).__name__
        items = self._items()
        if compact:  # repr(): leave out what is empty as well
            items = [(key, value) for key, value in items if not _empty(value)]
        # Shown of a carrier inside another: its first fields.
        limit = None if depth == 0 else (1 if compact else 3)
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
            lines.append(f"  {key}: {_short(value, 1, False)}")
        return "\n".join(lines)


def take_over(target: _C, source: _C) -> None:
    """Give ``target`` every property of ``source`` (set or not) and its unnamed ones."""
    for name, value in zip(source.__struct_fields__, msgspec.structs.astuple(source)):
        getattr(type(target), name).__set__(target, value)
    extra = source.__dict__.get("_extra")
    if extra:
        _hold(target, dict(extra))
    else:
        target.__dict__.pop("_extra", None)


@functools.cache
def _python_names(cls: type[Carrier]) -> dict[str, str]:
    return dict(zip(cls.__struct_encode_fields__, cls.__struct_fields__, strict=True))


def _restore(
    cls: type[_C], values: tuple[Any, ...], extra: dict[str, Any] | None
) -> _C:
    item = cls(
        **{n: v for n, v in zip(cls.__struct_fields__, values) if v is not UNSET}
    )
    if extra:
        _hold(item, extra)
    return item


# -- the slow paths: an answer with properties the spec does not name, and sending carriers
# -- while some carrier holds such properties. Correct first; msgspec does the common case.


@functools.cache
def _nested(cls: type[Carrier]) -> dict[str, tuple[str, type[Carrier]]]:
    """JSON name -> (object | list | map, carrier class) of the properties holding carriers."""
    found: dict[str, tuple[str, type[Carrier]]] = {}
    info = msgspec.inspect.type_info(cls)
    assert isinstance(info, msgspec.inspect.StructType)
    for field in info.fields:
        shape = _carrier_in(field.type)
        if shape is not None:
            found[field.encode_name] = shape
    return found


def _carrier_in(kind: msgspec.inspect.Type) -> tuple[str, type[Carrier]] | None:
    if isinstance(kind, msgspec.inspect.UnionType):
        for option in kind.types:
            shape = _carrier_in(option)
            if shape is not None:
                return shape
    if isinstance(kind, msgspec.inspect.StructType) and issubclass(kind.cls, Carrier):
        return ("object", kind.cls)
    for shape, container in (
        ("list", msgspec.inspect.ListType),
        ("map", msgspec.inspect.DictType),
    ):
        if isinstance(kind, container):
            inner = kind.item_type if shape == "list" else kind.value_type  # type: ignore[attr-defined]
            found = _carrier_in(inner)
            if found is not None and found[0] == "object":
                return (shape, found[1])
    return None


def _build(cls: type[_C], data: Any) -> _C:
    """``cls`` from the JSON object ``data``, keeping the properties the spec does not name:
    they are taken out (a copy is made only where there are some), msgspec parses the rest,
    and they are put back on the carriers they came with."""
    found: list[tuple[tuple[str | int, ...], dict[str, Any]]] = []
    try:
        item = msgspec.convert(_known(cls, data, (), found), cls, dec_hook=_dec_hook)
    except msgspec.ValidationError as error:
        raise _type_error(error, cls) from None
    for path, extra in found:
        owner: Any = item
        for step in path:
            owner = owner[step]
        _hold(owner, extra)
    return item


def _known(
    cls: type[Carrier], data: Any, path: tuple[str | int, ...], found: list[Any]
) -> Any:
    """``data`` without the properties ``cls`` (and the carriers in it) does not name; those
    go to ``found`` with the path of the carrier they belong to."""
    if not isinstance(data, dict):
        return data  # the wrong shape: msgspec names it
    names = _python_names(cls)
    unknown = data.keys() - names.keys()
    out = data
    if unknown:
        out = {k: v for k, v in data.items() if k not in unknown}
        found.append((path, {k: v for k, v in data.items() if k in unknown}))
    for key, (shape, child) in _nested(cls).items():
        value = out.get(key)
        if value is None:
            continue
        if shape == "object":
            new = _known(child, value, (*path, key), found)
        elif shape == "list" and isinstance(value, list):
            new = [
                _known(child, v, (*path, key, i), found) for i, v in enumerate(value)
            ]
            new = value if all(a is b for a, b in zip(new, value)) else new
        elif shape == "map" and isinstance(value, dict):
            new = {
                k: _known(child, v, (*path, key, k), found) for k, v in value.items()
            }
            new = value if all(new[k] is value[k] for k in value) else new
        else:
            continue
        if new is not value:
            out = dict(out) if out is data else out
            out[key] = new
    return out


def _dump(item: Carrier) -> dict[str, Any]:
    """``item``'s wire form, each carrier in it with the properties the spec does not name."""
    built: dict[str, Any] = msgspec.to_builtins(item)
    for path, extra in _extras(item, ()):
        target: Any = built
        for step in path:
            target = target[step]
        for key, value in extra.items():
            target.setdefault(key, _plain(value))
    return built


def _extras(
    item: Carrier, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """(path, properties the spec does not name) of ``item`` and of every carrier in it."""
    extra = item.__dict__.get("_extra")
    if extra:
        yield path, extra
    for key, (shape, _) in _nested(type(item)).items():
        value = item.get(key)
        if value is None:
            continue
        if shape == "object":
            yield from _extras(value, (*path, key))
        elif shape == "list":
            for i, v in enumerate(value):
                if v is not None:
                    yield from _extras(v, (*path, key, i))
        else:
            for k, v in value.items():
                if v is not None:
                    yield from _extras(v, (*path, key, k))


def _plain(value: Any) -> Any:
    """A value a caller put among the properties the spec does not name, as JSON builtins."""
    return msgspec.to_builtins(value) if isinstance(value, Carrier) else value


__all__ = [
    "NOT_SET",
    "PARSE_ERRORS",
    "UNSET",
    "Carrier",
    "Open",
    "OpenStrEnum",
    "Unset",
    "carrier",
    "decoder",
    "take_over",
]
