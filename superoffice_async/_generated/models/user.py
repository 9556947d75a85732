from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.user_type import UserType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
    as_list,
)


class User(Carrier):
    """SuperOffice User, with login credentials and an associated person.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        associate_id (int | None): Primary key
        name (str | None): Initials, UserId - also used as login name for on-site installations. Identifies
            user in archives.
        rank (int | None): Rank order
        tooltip (str | None): Tooltip or other description
        license_owners (list[LicenseOwner] | None): The restricted and unrestricted module licenses grouped by license owner.
        role (Role | None): Users role for role-based security. Determines permissions and access rights for
            the user.
        user_group (UserGroup | None): The main user group that this user belongs to. MDO List "usergroup".
        other_groups (list[UserGroup] | None): The other groups this user is a member of, apart from the main user group.
        person (Person | None): The person associated with this user. MDO List "person_new".
        deleted (bool | None): If true, the user is retired and should have no rights, not appear in lists,
            etc.
        lastlogin (datetime.datetime | None): Last login date
        lastlogout (datetime.datetime | None): Last logout date
        ej_user_id (int | None): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        request_signature (str | None): ej users request signature
        type_ (UserType | None): User type: 1=InternalAssociate, 2=ResourceAssociate, 3=ExternalAssociate,
            4=AnonymousAssociate, 5=SystemAssociate. Unknown values are kept as strings.
        is_person_retired (bool | None): True if the user is retired and should have no rights, not appear in lists, etc.
        is_on_travel (bool | None): True if the user is on travel.
        credentials (list[Credential] | None): List of credentials registered for this user. i.e. valid authentication methods.
        user_name (str | None): User name, a.k.a. Login name. This might be an e-mail address.
        ticket_categories (list[MDOListItem] | None): Request Ticket Categories assigned to the user. MDO List "ejCategory".
        nick_name (str | None): The unique nick name for this user. Used in Service as an alias, similar to
            Name/Initials.
        waiting_for_approval (bool | None): The user is waiting for an administrator to approve/grant her/him access.
        extra_fields (StringDictionary | None):
        custom_fields (StringDictionary | None):
        post_save_commands (list[CustomCommand] | None): Post custom commands the client should execute after save has completed.
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    associate_id: int | None = None
    name: str | None = None
    rank: int | None = None
    tooltip: str | None = None
    license_owners: list[LicenseOwner] | None = None
    role: Role | None = None
    user_group: UserGroup | None = None
    other_groups: list[UserGroup] | None = None
    person: Person | None = None
    deleted: bool | None = None
    lastlogin: datetime.datetime | None = None
    lastlogout: datetime.datetime | None = None
    ej_user_id: int | None = None
    request_signature: str | None = None
    type_: UserType | None = None
    is_person_retired: bool | None = None
    is_on_travel: bool | None = None
    credentials: list[Credential] | None = None
    user_name: str | None = None
    ticket_categories: list[MDOListItem] | None = None
    nick_name: str | None = None
    waiting_for_approval: bool | None = None
    extra_fields: StringDictionary | None = None
    custom_fields: StringDictionary | None = None
    post_save_commands: list[CustomCommand] | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "associate_id": "AssociateId",
        "name": "Name",
        "rank": "Rank",
        "tooltip": "Tooltip",
        "license_owners": "LicenseOwners",
        "role": "Role",
        "user_group": "UserGroup",
        "other_groups": "OtherGroups",
        "person": "Person",
        "deleted": "Deleted",
        "lastlogin": "Lastlogin",
        "lastlogout": "Lastlogout",
        "ej_user_id": "EjUserId",
        "request_signature": "RequestSignature",
        "type_": "Type",
        "is_person_retired": "IsPersonRetired",
        "is_on_travel": "IsOnTravel",
        "credentials": "Credentials",
        "user_name": "UserName",
        "ticket_categories": "TicketCategories",
        "nick_name": "NickName",
        "waiting_for_approval": "WaitingForApproval",
        "extra_fields": "ExtraFields",
        "custom_fields": "CustomFields",
        "post_save_commands": "PostSaveCommands",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        associate_id: int | None = NOT_SET,
        name: str | None = NOT_SET,
        rank: int | None = NOT_SET,
        tooltip: str | None = NOT_SET,
        license_owners: list[LicenseOwner] | None = NOT_SET,
        role: Role | None = NOT_SET,
        user_group: UserGroup | None = NOT_SET,
        other_groups: list[UserGroup] | None = NOT_SET,
        person: Person | None = NOT_SET,
        deleted: bool | None = NOT_SET,
        lastlogin: datetime.datetime | None = NOT_SET,
        lastlogout: datetime.datetime | None = NOT_SET,
        ej_user_id: int | None = NOT_SET,
        request_signature: str | None = NOT_SET,
        type_: UserType | None = NOT_SET,
        is_person_retired: bool | None = NOT_SET,
        is_on_travel: bool | None = NOT_SET,
        credentials: list[Credential] | None = NOT_SET,
        user_name: str | None = NOT_SET,
        ticket_categories: list[MDOListItem] | None = NOT_SET,
        nick_name: str | None = NOT_SET,
        waiting_for_approval: bool | None = NOT_SET,
        extra_fields: StringDictionary | None = NOT_SET,
        custom_fields: StringDictionary | None = NOT_SET,
        post_save_commands: list[CustomCommand] | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if associate_id is not NOT_SET:
            d["associate_id"] = associate_id
        if name is not NOT_SET:
            d["name"] = name
        if rank is not NOT_SET:
            d["rank"] = rank
        if tooltip is not NOT_SET:
            d["tooltip"] = tooltip
        if license_owners is not NOT_SET:
            d["license_owners"] = license_owners
        if role is not NOT_SET:
            d["role"] = role
        if user_group is not NOT_SET:
            d["user_group"] = user_group
        if other_groups is not NOT_SET:
            d["other_groups"] = other_groups
        if person is not NOT_SET:
            d["person"] = person
        if deleted is not NOT_SET:
            d["deleted"] = deleted
        if lastlogin is not NOT_SET:
            d["lastlogin"] = lastlogin
        if lastlogout is not NOT_SET:
            d["lastlogout"] = lastlogout
        if ej_user_id is not NOT_SET:
            d["ej_user_id"] = ej_user_id
        if request_signature is not NOT_SET:
            d["request_signature"] = request_signature
        if type_ is not NOT_SET:
            d["type_"] = type_
        if is_person_retired is not NOT_SET:
            d["is_person_retired"] = is_person_retired
        if is_on_travel is not NOT_SET:
            d["is_on_travel"] = is_on_travel
        if credentials is not NOT_SET:
            d["credentials"] = credentials
        if user_name is not NOT_SET:
            d["user_name"] = user_name
        if ticket_categories is not NOT_SET:
            d["ticket_categories"] = ticket_categories
        if nick_name is not NOT_SET:
            d["nick_name"] = nick_name
        if waiting_for_approval is not NOT_SET:
            d["waiting_for_approval"] = waiting_for_approval
        if extra_fields is not NOT_SET:
            d["extra_fields"] = extra_fields
        if custom_fields is not NOT_SET:
            d["custom_fields"] = custom_fields
        if post_save_commands is not NOT_SET:
            d["post_save_commands"] = post_save_commands
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
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "tooltip" in s:
            field_dict["Tooltip"] = s["tooltip"]
        v = s.get("license_owners", NOT_SET)
        if v is not NOT_SET:
            field_dict["LicenseOwners"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
        v = s.get("role", NOT_SET)
        if v is not NOT_SET:
            field_dict["Role"] = None if v is None else v.to_dict()
        v = s.get("user_group", NOT_SET)
        if v is not NOT_SET:
            field_dict["UserGroup"] = None if v is None else v.to_dict()
        v = s.get("other_groups", NOT_SET)
        if v is not NOT_SET:
            field_dict["OtherGroups"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
        v = s.get("person", NOT_SET)
        if v is not NOT_SET:
            field_dict["Person"] = None if v is None else v.to_dict()
        if "deleted" in s:
            field_dict["Deleted"] = s["deleted"]
        v = s.get("lastlogin", NOT_SET)
        if v is not NOT_SET:
            field_dict["Lastlogin"] = None if v is None else v.isoformat()
        v = s.get("lastlogout", NOT_SET)
        if v is not NOT_SET:
            field_dict["Lastlogout"] = None if v is None else v.isoformat()
        if "ej_user_id" in s:
            field_dict["EjUserId"] = s["ej_user_id"]
        if "request_signature" in s:
            field_dict["RequestSignature"] = s["request_signature"]
        if "type_" in s:
            field_dict["Type"] = s["type_"]
        if "is_person_retired" in s:
            field_dict["IsPersonRetired"] = s["is_person_retired"]
        if "is_on_travel" in s:
            field_dict["IsOnTravel"] = s["is_on_travel"]
        v = s.get("credentials", NOT_SET)
        if v is not NOT_SET:
            field_dict["Credentials"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
        if "user_name" in s:
            field_dict["UserName"] = s["user_name"]
        v = s.get("ticket_categories", NOT_SET)
        if v is not NOT_SET:
            field_dict["TicketCategories"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
        if "nick_name" in s:
            field_dict["NickName"] = s["nick_name"]
        if "waiting_for_approval" in s:
            field_dict["WaitingForApproval"] = s["waiting_for_approval"]
        v = s.get("extra_fields", NOT_SET)
        if v is not NOT_SET:
            field_dict["ExtraFields"] = None if v is None else v.to_dict()
        v = s.get("custom_fields", NOT_SET)
        if v is not NOT_SET:
            field_dict["CustomFields"] = None if v is None else v.to_dict()
        v = s.get("post_save_commands", NOT_SET)
        if v is not NOT_SET:
            field_dict["PostSaveCommands"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
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

        v = g("LicenseOwners", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [LicenseOwner.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"LicenseOwners: expected list[LicenseOwner] | None, got {type(v).__name__}"
                    ) from error
            d["license_owners"] = v

        v = g("Role", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = Role.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Role: expected None | Role, got {type(v).__name__}"
                    ) from error
            d["role"] = v

        v = g("UserGroup", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = UserGroup.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"UserGroup: expected None | UserGroup, got {type(v).__name__}"
                    ) from error
            d["user_group"] = v

        v = g("OtherGroups", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [UserGroup.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"OtherGroups: expected list[UserGroup] | None, got {type(v).__name__}"
                    ) from error
            d["other_groups"] = v

        v = g("Person", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = Person.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Person: expected None | Person, got {type(v).__name__}"
                    ) from error
            d["person"] = v

        v = g("Deleted", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"Deleted: expected bool | None, got {type(v).__name__}"
                    )
            d["deleted"] = v

        v = g("Lastlogin", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Lastlogin: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["lastlogin"] = v

        v = g("Lastlogout", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = datetime.datetime.fromisoformat(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Lastlogout: expected datetime.datetime | None, got {type(v).__name__}"
                    ) from error
            d["lastlogout"] = v

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

        v = g("RequestSignature", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"RequestSignature: expected None | str, got {type(v).__name__}"
                    )
            d["request_signature"] = v

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

        v = g("IsPersonRetired", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsPersonRetired: expected bool | None, got {type(v).__name__}"
                    )
            d["is_person_retired"] = v

        v = g("IsOnTravel", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsOnTravel: expected bool | None, got {type(v).__name__}"
                    )
            d["is_on_travel"] = v

        v = g("Credentials", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [Credential.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Credentials: expected list[Credential] | None, got {type(v).__name__}"
                    ) from error
            d["credentials"] = v

        v = g("UserName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"UserName: expected None | str, got {type(v).__name__}"
                    )
            d["user_name"] = v

        v = g("TicketCategories", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [MDOListItem.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"TicketCategories: expected list[MDOListItem] | None, got {type(v).__name__}"
                    ) from error
            d["ticket_categories"] = v

        v = g("NickName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"NickName: expected None | str, got {type(v).__name__}"
                    )
            d["nick_name"] = v

        v = g("WaitingForApproval", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"WaitingForApproval: expected bool | None, got {type(v).__name__}"
                    )
            d["waiting_for_approval"] = v

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

        v = g("PostSaveCommands", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [CustomCommand.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"PostSaveCommands: expected list[CustomCommand] | None, got {type(v).__name__}"
                    ) from error
            d["post_save_commands"] = v

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


from ..models.credential import Credential
from ..models.custom_command import CustomCommand
from ..models.field_properties import FieldProperties
from ..models.license_owner import LicenseOwner
from ..models.mdo_list_item import MDOListItem
from ..models.person import Person
from ..models.role import Role
from ..models.string_dictionary import StringDictionary
from ..models.table_right import TableRight
from ..models.user_group import UserGroup
