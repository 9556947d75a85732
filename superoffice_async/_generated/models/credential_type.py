from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.credential_control_type import CredentialControlType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class CredentialType(Carrier):
    """Description of credential type.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        type_ (str | None): Type of credentials, corresponding to name of plugin and type in the credentials
            table
        description (str | None): Description of the authentication type.
        display_type (str | None): The name of the credentials to be displayed in the user interface.
        value_control (CredentialControlType | None): Type of control used to display the value (unknown values kept as strings).
        is_user_name_supported (bool | None):
        can_create_person (bool | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    type_: str | None = None
    description: str | None = None
    display_type: str | None = None
    value_control: CredentialControlType | None = None
    is_user_name_supported: bool | None = None
    can_create_person: bool | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "type_": "Type",
        "description": "Description",
        "display_type": "DisplayType",
        "value_control": "ValueControl",
        "is_user_name_supported": "IsUserNameSupported",
        "can_create_person": "CanCreatePerson",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        type_: str | None = NOT_SET,
        description: str | None = NOT_SET,
        display_type: str | None = NOT_SET,
        value_control: CredentialControlType | None = NOT_SET,
        is_user_name_supported: bool | None = NOT_SET,
        can_create_person: bool | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if type_ is not NOT_SET:
            d["type_"] = type_
        if description is not NOT_SET:
            d["description"] = description
        if display_type is not NOT_SET:
            d["display_type"] = display_type
        if value_control is not NOT_SET:
            d["value_control"] = value_control
        if is_user_name_supported is not NOT_SET:
            d["is_user_name_supported"] = is_user_name_supported
        if can_create_person is not NOT_SET:
            d["can_create_person"] = can_create_person
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
        if "type_" in s:
            field_dict["Type"] = s["type_"]
        if "description" in s:
            field_dict["Description"] = s["description"]
        if "display_type" in s:
            field_dict["DisplayType"] = s["display_type"]
        if "value_control" in s:
            field_dict["ValueControl"] = s["value_control"]
        if "is_user_name_supported" in s:
            field_dict["IsUserNameSupported"] = s["is_user_name_supported"]
        if "can_create_person" in s:
            field_dict["CanCreatePerson"] = s["can_create_person"]
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
        v = g("Type", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Type: expected None | str, got {type(v).__name__}"
                    )
            d["type_"] = v

        v = g("Description", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Description: expected None | str, got {type(v).__name__}"
                    )
            d["description"] = v

        v = g("DisplayType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"DisplayType: expected None | str, got {type(v).__name__}"
                    )
            d["display_type"] = v

        v = g("ValueControl", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = CredentialControlType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ValueControl: expected CredentialControlType | None | str, got {type(v).__name__}"
                    ) from error
            d["value_control"] = v

        v = g("IsUserNameSupported", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsUserNameSupported: expected bool | None, got {type(v).__name__}"
                    )
            d["is_user_name_supported"] = v

        v = g("CanCreatePerson", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"CanCreatePerson: expected bool | None, got {type(v).__name__}"
                    )
            d["can_create_person"] = v

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
