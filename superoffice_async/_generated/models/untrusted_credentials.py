from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class UntrustedCredentials(Carrier):
    """Credentials for external authentication.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        valid_from (datetime.datetime | None): Credentials are valid from this date.
        valid_to (datetime.datetime | None): Credentials are valid to this date.
        comment (str | None): Description of credentials. Max 255 characters.
        secret_value (str | None): Data stored encrypted in the db. Typically a password. Max 70 characters.
        public_value (str | None): Data stored unencrypted in the db. Typically server and or username. Max 238
            characters.
        is_active (bool | None): Is this credentials currently active.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    valid_from: datetime.datetime | None = None
    valid_to: datetime.datetime | None = None
    comment: str | None = None
    secret_value: str | None = None
    public_value: str | None = None
    is_active: bool | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "valid_from": "ValidFrom",
        "valid_to": "ValidTo",
        "comment": "Comment",
        "secret_value": "SecretValue",
        "public_value": "PublicValue",
        "is_active": "IsActive",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        valid_from: datetime.datetime | None = NOT_SET,
        valid_to: datetime.datetime | None = NOT_SET,
        comment: str | None = NOT_SET,
        secret_value: str | None = NOT_SET,
        public_value: str | None = NOT_SET,
        is_active: bool | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if valid_from is not NOT_SET:
            d["valid_from"] = valid_from
        if valid_to is not NOT_SET:
            d["valid_to"] = valid_to
        if comment is not NOT_SET:
            d["comment"] = comment
        if secret_value is not NOT_SET:
            d["secret_value"] = secret_value
        if public_value is not NOT_SET:
            d["public_value"] = public_value
        if is_active is not NOT_SET:
            d["is_active"] = is_active
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
        v = s.get("valid_from", NOT_SET)
        if v is not NOT_SET:
            field_dict["ValidFrom"] = None if v is None else v.isoformat()
        v = s.get("valid_to", NOT_SET)
        if v is not NOT_SET:
            field_dict["ValidTo"] = None if v is None else v.isoformat()
        if "comment" in s:
            field_dict["Comment"] = s["comment"]
        if "secret_value" in s:
            field_dict["SecretValue"] = s["secret_value"]
        if "public_value" in s:
            field_dict["PublicValue"] = s["public_value"]
        if "is_active" in s:
            field_dict["IsActive"] = s["is_active"]
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
        v = g("ValidFrom", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ValidFrom: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["valid_from"] = v

        v = g("ValidTo", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ValidTo: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["valid_to"] = v

        v = g("Comment", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Comment: expected None | str, got {type(v).__name__}"
                    )
            d["comment"] = v

        v = g("SecretValue", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"SecretValue: expected None | str, got {type(v).__name__}"
                    )
            d["secret_value"] = v

        v = g("PublicValue", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"PublicValue: expected None | str, got {type(v).__name__}"
                    )
            d["public_value"] = v

        v = g("IsActive", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsActive: expected bool | None, got {type(v).__name__}"
                    )
            d["is_active"] = v

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
