from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.user_type import UserType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
    as_list,
    as_str,
)


class UserInfo(Carrier):
    """The UserInfo carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        deleted (bool | None): If true, the user is retired and should have no rights, not appear in lists,
            etc.
        user_info_id (int | None): Primary key
        user_name (str | None): Initials, also login name, possibly database user name
        person_id (int | None): Owning person record
        rank (int | None): Rank order
        tooltip (str | None): Tooltip or other description
        user_group_id (int | None): Primary group membership, see UserGroupLink for secondary memberships
        ej_user_id (int | None): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        user_type (UserType | None):
        granted_licenses (list[str] | None):
        can_logon (bool | None):
        role_name (str | None):
        role_tooltip (str | None):
        user_group_name (str | None):
        user_group_tooltip (str | None):
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    deleted: bool | None = None
    user_info_id: int | None = None
    user_name: str | None = None
    person_id: int | None = None
    rank: int | None = None
    tooltip: str | None = None
    user_group_id: int | None = None
    ej_user_id: int | None = None
    user_type: UserType | None = None
    granted_licenses: list[str] | None = None
    can_logon: bool | None = None
    role_name: str | None = None
    role_tooltip: str | None = None
    user_group_name: str | None = None
    user_group_tooltip: str | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "deleted": "Deleted",
        "user_info_id": "UserInfoId",
        "user_name": "UserName",
        "person_id": "PersonId",
        "rank": "Rank",
        "tooltip": "Tooltip",
        "user_group_id": "UserGroupId",
        "ej_user_id": "EjUserId",
        "user_type": "UserType",
        "granted_licenses": "GrantedLicenses",
        "can_logon": "CanLogon",
        "role_name": "RoleName",
        "role_tooltip": "RoleTooltip",
        "user_group_name": "UserGroupName",
        "user_group_tooltip": "UserGroupTooltip",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        deleted: bool | None = NOT_SET,
        user_info_id: int | None = NOT_SET,
        user_name: str | None = NOT_SET,
        person_id: int | None = NOT_SET,
        rank: int | None = NOT_SET,
        tooltip: str | None = NOT_SET,
        user_group_id: int | None = NOT_SET,
        ej_user_id: int | None = NOT_SET,
        user_type: UserType | None = NOT_SET,
        granted_licenses: list[str] | None = NOT_SET,
        can_logon: bool | None = NOT_SET,
        role_name: str | None = NOT_SET,
        role_tooltip: str | None = NOT_SET,
        user_group_name: str | None = NOT_SET,
        user_group_tooltip: str | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if deleted is not NOT_SET:
            d["deleted"] = deleted
        if user_info_id is not NOT_SET:
            d["user_info_id"] = user_info_id
        if user_name is not NOT_SET:
            d["user_name"] = user_name
        if person_id is not NOT_SET:
            d["person_id"] = person_id
        if rank is not NOT_SET:
            d["rank"] = rank
        if tooltip is not NOT_SET:
            d["tooltip"] = tooltip
        if user_group_id is not NOT_SET:
            d["user_group_id"] = user_group_id
        if ej_user_id is not NOT_SET:
            d["ej_user_id"] = ej_user_id
        if user_type is not NOT_SET:
            d["user_type"] = user_type
        if granted_licenses is not NOT_SET:
            d["granted_licenses"] = granted_licenses
        if can_logon is not NOT_SET:
            d["can_logon"] = can_logon
        if role_name is not NOT_SET:
            d["role_name"] = role_name
        if role_tooltip is not NOT_SET:
            d["role_tooltip"] = role_tooltip
        if user_group_name is not NOT_SET:
            d["user_group_name"] = user_group_name
        if user_group_tooltip is not NOT_SET:
            d["user_group_tooltip"] = user_group_tooltip
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
        if "deleted" in s:
            field_dict["Deleted"] = s["deleted"]
        if "user_info_id" in s:
            field_dict["UserInfoId"] = s["user_info_id"]
        if "user_name" in s:
            field_dict["UserName"] = s["user_name"]
        if "person_id" in s:
            field_dict["PersonId"] = s["person_id"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "tooltip" in s:
            field_dict["Tooltip"] = s["tooltip"]
        if "user_group_id" in s:
            field_dict["UserGroupId"] = s["user_group_id"]
        if "ej_user_id" in s:
            field_dict["EjUserId"] = s["ej_user_id"]
        if "user_type" in s:
            field_dict["UserType"] = s["user_type"]
        v = s.get("granted_licenses", NOT_SET)
        if v is not NOT_SET:
            field_dict["GrantedLicenses"] = None if v is None else list(v)
        if "can_logon" in s:
            field_dict["CanLogon"] = s["can_logon"]
        if "role_name" in s:
            field_dict["RoleName"] = s["role_name"]
        if "role_tooltip" in s:
            field_dict["RoleTooltip"] = s["role_tooltip"]
        if "user_group_name" in s:
            field_dict["UserGroupName"] = s["user_group_name"]
        if "user_group_tooltip" in s:
            field_dict["UserGroupTooltip"] = s["user_group_tooltip"]
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
        v = g("Deleted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Deleted: expected bool | None, got {type(v).__name__}"
                    )
            d["deleted"] = v

        v = g("UserInfoId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"UserInfoId: expected int | None, got {type(v).__name__}"
                    )
            d["user_info_id"] = v

        v = g("UserName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"UserName: expected None | str, got {type(v).__name__}"
                    )
            d["user_name"] = v

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

        v = g("UserGroupId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"UserGroupId: expected int | None, got {type(v).__name__}"
                    )
            d["user_group_id"] = v

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

        v = g("UserType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = UserType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"UserType: expected None | str | UserType, got {type(v).__name__}"
                    ) from error
            d["user_type"] = v

        v = g("GrantedLicenses", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [as_str(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"GrantedLicenses: expected list[str] | None, got {type(v).__name__}"
                    ) from error
            d["granted_licenses"] = v

        v = g("CanLogon", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"CanLogon: expected bool | None, got {type(v).__name__}"
                    )
            d["can_logon"] = v

        v = g("RoleName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"RoleName: expected None | str, got {type(v).__name__}"
                    )
            d["role_name"] = v

        v = g("RoleTooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"RoleTooltip: expected None | str, got {type(v).__name__}"
                    )
            d["role_tooltip"] = v

        v = g("UserGroupName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"UserGroupName: expected None | str, got {type(v).__name__}"
                    )
            d["user_group_name"] = v

        v = g("UserGroupTooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"UserGroupTooltip: expected None | str, got {type(v).__name__}"
                    )
            d["user_group_tooltip"] = v

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
