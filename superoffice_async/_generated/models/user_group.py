from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class UserGroup(Carrier):
    """The main user group that this user belongs to.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        value (str | None): UserGroup name
        tooltip (str | None): Tooltip or other description
        id (int | None): Primary key
        rank (int | None): Rank order
        deleted (bool | None): True: a user group that no longer can be selected by the user.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    value: str | None = None
    tooltip: str | None = None
    id: int | None = None
    rank: int | None = None
    deleted: bool | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "value": "Value",
        "tooltip": "Tooltip",
        "id": "Id",
        "rank": "Rank",
        "deleted": "Deleted",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        value: str | None = NOT_SET,
        tooltip: str | None = NOT_SET,
        id: int | None = NOT_SET,
        rank: int | None = NOT_SET,
        deleted: bool | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if value is not NOT_SET:
            d["value"] = value
        if tooltip is not NOT_SET:
            d["tooltip"] = tooltip
        if id is not NOT_SET:
            d["id"] = id
        if rank is not NOT_SET:
            d["rank"] = rank
        if deleted is not NOT_SET:
            d["deleted"] = deleted
        if table_right is not NOT_SET:
            d["table_right"] = table_right
        if field_properties is not NOT_SET:
            d["field_properties"] = field_properties

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
        if "value" in s:
            field_dict["Value"] = s["value"]
        if "tooltip" in s:
            field_dict["Tooltip"] = s["tooltip"]
        if "id" in s:
            field_dict["Id"] = s["id"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "deleted" in s:
            field_dict["Deleted"] = s["deleted"]
        v = s.get("table_right", NOT_SET)
        if v is not NOT_SET:
            field_dict["TableRight"] = None if v is None else v.to_dict()
        v = s.get("field_properties", NOT_SET)
        if v is not NOT_SET:
            field_dict["FieldProperties"] = None if v is None else v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("Value", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Value: expected None | str, got {type(v).__name__}"
                    )
            d["value"] = v

        v = g("Tooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Tooltip: expected None | str, got {type(v).__name__}"
                    )
            d["tooltip"] = v

        v = g("Id", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(f"Id: expected int | None, got {type(v).__name__}")
            d["id"] = v

        v = g("Rank", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Rank: expected int | None, got {type(v).__name__}"
                    )
            d["rank"] = v

        v = g("Deleted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Deleted: expected bool | None, got {type(v).__name__}"
                    )
            d["deleted"] = v

        v = g("TableRight", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = TableRight.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"TableRight: expected None | TableRight, got {type(v).__name__}"
                    ) from error
            d["table_right"] = v

        v = g("FieldProperties", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = FieldProperties.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"FieldProperties: expected FieldProperties | None, got {type(v).__name__}"
                    ) from error
            d["field_properties"] = v

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


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
