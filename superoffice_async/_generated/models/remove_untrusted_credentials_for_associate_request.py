from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    Carrier,
)


class RemoveUntrustedCredentialsForAssociateRequest(Carrier):
    """Remove a credentials entry for a specified user.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None):
        type_ (str | None):
        public_value (str | None):
    """

    associate_id: int | None = None
    type_: str | None = None
    public_value: str | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "associate_id": "AssociateId",
        "type_": "Type",
        "public_value": "PublicValue",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        associate_id: int | None,
        type_: str | None,
        public_value: str | None,
    ) -> None:
        d = self.__dict__
        d["associate_id"] = associate_id
        d["type_"] = type_
        d["public_value"] = public_value

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, Any] | None = self.__dict__.get("_extra")
        if found is None:
            found = self.__dict__["_extra"] = {}
        return found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["_extra"] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        s = self.__dict__
        extra = s.get("_extra")
        field_dict: dict[str, Any] = dict(extra) if extra else {}
        if "associate_id" in s:
            field_dict["AssociateId"] = s["associate_id"]
        if "type_" in s:
            field_dict["Type"] = s["type_"]
        if "public_value" in s:
            field_dict["PublicValue"] = s["public_value"]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("AssociateId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"AssociateId: expected int | None, got {type(v).__name__}"
                    )
            d["associate_id"] = v
        else:
            raise TypeError("AssociateId: expected int | None, got nothing")

        v = g("Type", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Type: expected None | str, got {type(v).__name__}"
                    )
            d["type_"] = v
        else:
            raise TypeError("Type: expected None | str, got nothing")

        v = g("PublicValue", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"PublicValue: expected None | str, got {type(v).__name__}"
                    )
            d["public_value"] = v
        else:
            raise TypeError("PublicValue: expected None | str, got nothing")

        if len(d) != len(src_dict):
            known = cls._FROM_WIRE
            found = {k: v for k, v in src_dict.items() if k not in known}
            if found:
                d["_extra"] = found
        self = object.__new__(cls)
        self.__dict__ = d
        return self

    def __getitem__(self, key: str) -> Any:
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

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = self._python_names().get(key)
        return (
            name is not None and name in self.__dict__
        ) or key in self.additional_properties
