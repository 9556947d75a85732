from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    PARSE_ERRORS,
    Carrier,
)


class FieldProperties(Carrier):
    """Field property dictionary mapping field names to field access rights.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.
    """

    _WIRE: ClassVar[dict[str, str]] = {}
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
    ) -> None:
        pass

    @property
    def additional_properties(self) -> dict[str, FieldProperty | None]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, FieldProperty | None] | None = self.__dict__.get("_extra")
        if found is None:
            found = self.__dict__["_extra"] = {}
        return found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, FieldProperty | None]) -> None:
        self.__dict__["_extra"] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        s = self.__dict__
        field_dict: dict[str, Any] = {
            k: None if v is None else v.to_dict()
            for k, v in s.get("_extra", {}).items()
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        if len(d) != len(src_dict):
            known = cls._FROM_WIRE
            found: dict[str, Any] = {}
            for k, v in src_dict.items():
                if k in known:
                    continue
                if v is None:
                    found[k] = None
                    continue
                try:
                    found[k] = FieldProperty.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"{k}: expected FieldProperty, got {type(v).__name__}"
                    ) from error
            if found:
                d["_extra"] = found
        self = object.__new__(cls)
        self.__dict__ = d
        return self

    def __getitem__(self, key: str) -> FieldProperty | None:
        """A value by its JSON name: a documented property that is set, or another key."""
        name = self._python_names().get(key)
        if name is not None and name in self.__dict__:
            return self.__dict__[name]  # type: ignore[no-any-return]
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` when the answer did not have ``key``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: FieldProperty | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = self._python_names().get(key)
        return (
            name is not None and name in self.__dict__
        ) or key in self.additional_properties


from ..models.field_property import FieldProperty
