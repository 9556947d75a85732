from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.user_type import UserType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class Associate(Carrier):
    """Services for the Associate Carrier is available from the Associate Agent.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None): Primary key
        name (str | None): Initials, also login name, possibly database user name
        person_id (int | None): Owning person record Use MDO List name "person" to get list items.
        rank (int | None): Rank order
        tooltip (str | None): Tooltip or other description
        type_ (UserType | None): User type - 1 = internal user, 2 = resource, 3 = external user, 4 = anonymous, 5
            = system
        group_idx (int | None): Primary group membership, see UserGroupLink for secondary memberships
        full_name (str | None): The associate's culture formatted fullname (firstname, middleName and lastname)
        formal_name (str | None): The associate's culture formatted formalname (firstname, middleName and
            lastname, title, mrmrs)
        deleted (bool | None): If true, the user is retired and should have no rights, not appear in lists,
            etc.
        ej_user_id (int | None): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        user_name (str | None): User name
        extra_fields (StringDictionary | None):
        custom_fields (StringDictionary | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    associate_id: int | None = None
    name: str | None = None
    person_id: int | None = None
    rank: int | None = None
    tooltip: str | None = None
    type_: UserType | None = None
    group_idx: int | None = None
    full_name: str | None = None
    formal_name: str | None = None
    deleted: bool | None = None
    ej_user_id: int | None = None
    user_name: str | None = None
    extra_fields: StringDictionary | None = None
    custom_fields: StringDictionary | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "associate_id": "AssociateId",
        "name": "Name",
        "person_id": "PersonId",
        "rank": "Rank",
        "tooltip": "Tooltip",
        "type_": "Type",
        "group_idx": "GroupIdx",
        "full_name": "FullName",
        "formal_name": "FormalName",
        "deleted": "Deleted",
        "ej_user_id": "EjUserId",
        "user_name": "UserName",
        "extra_fields": "ExtraFields",
        "custom_fields": "CustomFields",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        associate_id: int | None = NOT_SET,
        name: str | None = NOT_SET,
        person_id: int | None = NOT_SET,
        rank: int | None = NOT_SET,
        tooltip: str | None = NOT_SET,
        type_: UserType | None = NOT_SET,
        group_idx: int | None = NOT_SET,
        full_name: str | None = NOT_SET,
        formal_name: str | None = NOT_SET,
        deleted: bool | None = NOT_SET,
        ej_user_id: int | None = NOT_SET,
        user_name: str | None = NOT_SET,
        extra_fields: StringDictionary | None = NOT_SET,
        custom_fields: StringDictionary | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if associate_id is not NOT_SET:
            d["associate_id"] = associate_id
        if name is not NOT_SET:
            d["name"] = name
        if person_id is not NOT_SET:
            d["person_id"] = person_id
        if rank is not NOT_SET:
            d["rank"] = rank
        if tooltip is not NOT_SET:
            d["tooltip"] = tooltip
        if type_ is not NOT_SET:
            d["type_"] = type_
        if group_idx is not NOT_SET:
            d["group_idx"] = group_idx
        if full_name is not NOT_SET:
            d["full_name"] = full_name
        if formal_name is not NOT_SET:
            d["formal_name"] = formal_name
        if deleted is not NOT_SET:
            d["deleted"] = deleted
        if ej_user_id is not NOT_SET:
            d["ej_user_id"] = ej_user_id
        if user_name is not NOT_SET:
            d["user_name"] = user_name
        if extra_fields is not NOT_SET:
            d["extra_fields"] = extra_fields
        if custom_fields is not NOT_SET:
            d["custom_fields"] = custom_fields
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
        if "associate_id" in s:
            field_dict["AssociateId"] = s["associate_id"]
        if "name" in s:
            field_dict["Name"] = s["name"]
        if "person_id" in s:
            field_dict["PersonId"] = s["person_id"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "tooltip" in s:
            field_dict["Tooltip"] = s["tooltip"]
        if "type_" in s:
            field_dict["Type"] = s["type_"]
        if "group_idx" in s:
            field_dict["GroupIdx"] = s["group_idx"]
        if "full_name" in s:
            field_dict["FullName"] = s["full_name"]
        if "formal_name" in s:
            field_dict["FormalName"] = s["formal_name"]
        if "deleted" in s:
            field_dict["Deleted"] = s["deleted"]
        if "ej_user_id" in s:
            field_dict["EjUserId"] = s["ej_user_id"]
        if "user_name" in s:
            field_dict["UserName"] = s["user_name"]
        v = s.get("extra_fields", NOT_SET)
        if v is not NOT_SET:
            field_dict["ExtraFields"] = None if v is None else v.to_dict()
        v = s.get("custom_fields", NOT_SET)
        if v is not NOT_SET:
            field_dict["CustomFields"] = None if v is None else v.to_dict()
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

        v = g("Name", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Name: expected None | str, got {type(v).__name__}"
                    )
            d["name"] = v

        v = g("PersonId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"PersonId: expected int | None, got {type(v).__name__}"
                    )
            d["person_id"] = v

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

        v = g("Tooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Tooltip: expected None | str, got {type(v).__name__}"
                    )
            d["tooltip"] = v

        v = g("Type", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = UserType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Type: expected None | str | UserType, got {type(v).__name__}"
                    ) from error
            d["type_"] = v

        v = g("GroupIdx", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"GroupIdx: expected int | None, got {type(v).__name__}"
                    )
            d["group_idx"] = v

        v = g("FullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FullName: expected None | str, got {type(v).__name__}"
                    )
            d["full_name"] = v

        v = g("FormalName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FormalName: expected None | str, got {type(v).__name__}"
                    )
            d["formal_name"] = v

        v = g("Deleted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Deleted: expected bool | None, got {type(v).__name__}"
                    )
            d["deleted"] = v

        v = g("EjUserId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"EjUserId: expected int | None, got {type(v).__name__}"
                    )
            d["ej_user_id"] = v

        v = g("UserName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"UserName: expected None | str, got {type(v).__name__}"
                    )
            d["user_name"] = v

        v = g("ExtraFields", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = StringDictionary.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ExtraFields: expected None | StringDictionary, got {type(v).__name__}"
                    ) from error
            d["extra_fields"] = v

        v = g("CustomFields", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = StringDictionary.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"CustomFields: expected None | StringDictionary, got {type(v).__name__}"
                    ) from error
            d["custom_fields"] = v

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
from ..models.string_dictionary import StringDictionary
from ..models.table_right import TableRight
