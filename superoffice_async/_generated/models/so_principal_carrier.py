from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.ej_user_status import EjUserStatus
from ..models.role_type import RoleType
from ..models.user_type import UserType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
    as_int,
    as_list,
    as_str,
)


class SoPrincipalCarrier(Carrier):
    """Summary description for SoPrincipalCarrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_type (UserType | None): Type of user
        associate (str | None): Associate name (e.g. logon name) for the user
        associate_id (int | None): AssociateId for the user.
        is_person (bool | None): Is this associate a person, and not a resource?
        person_id (int | None): Associate's person id
        country_id (int | None): Country id for the user.
        home_country_id (int | None): Country id for the user's home country. This is the default country id when
            creating new items.
        contact_id (int | None): Company of the associate's person
        group_id (int | None): Associate's group_idx
        business_id (int | None): BusinessIdx for the company that the user belongs to.
        category_id (int | None): CategoryIdx of the company that the user belongs to.
        contact_owner (int | None): Owner (AssocaiteId) of the company that the user belongs to.
        role_id (int | None): Id of the users role
        role_name (str | None): Name of the users role
        role_description (str | None): Descrtiption (e.g. tooltip) for the users role
        role_type (RoleType | None): Type of user.
        licenses (list[GrantedModuleLicense] | None): License granted to the site and user.
        full_name (str | None): The Person full name if the associate is a person. Use IsPerson to check
        e_mail_address (str | None): The Person e-mail address if the associate is a person. Use IsPerson to check
        function_rights (list[str] | None): Functional rights for the user. This array is sorted so a lookup can be
            performed using {M:System.Array.BinarySearch(System.Array,System.Int32,System.In
            t32,System.Object)}.
        ej_user_id (int | None): Primary key in eJournal's old user table.
        ej_access_level (int | None): eJournal user access level
        ej_user_status (EjUserStatus | None): eJournal user status
        provided_credentials (list[ProvidedCredential] | None): The credentials used for authenticating this user.
        secondary_groups (list[int] | None): Secondary user groups
        database_context_identifier (str | None): Name of the database context
        user_name (str | None): UserName on associatetable. Same as SuperId from Online
    """

    user_type: UserType | None = None
    associate: str | None = None
    associate_id: int | None = None
    is_person: bool | None = None
    person_id: int | None = None
    country_id: int | None = None
    home_country_id: int | None = None
    contact_id: int | None = None
    group_id: int | None = None
    business_id: int | None = None
    category_id: int | None = None
    contact_owner: int | None = None
    role_id: int | None = None
    role_name: str | None = None
    role_description: str | None = None
    role_type: RoleType | None = None
    licenses: list[GrantedModuleLicense] | None = None
    full_name: str | None = None
    e_mail_address: str | None = None
    function_rights: list[str] | None = None
    ej_user_id: int | None = None
    ej_access_level: int | None = None
    ej_user_status: EjUserStatus | None = None
    provided_credentials: list[ProvidedCredential] | None = None
    secondary_groups: list[int] | None = None
    database_context_identifier: str | None = None
    user_name: str | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "user_type": "UserType",
        "associate": "Associate",
        "associate_id": "AssociateId",
        "is_person": "IsPerson",
        "person_id": "PersonId",
        "country_id": "CountryId",
        "home_country_id": "HomeCountryId",
        "contact_id": "ContactId",
        "group_id": "GroupId",
        "business_id": "BusinessId",
        "category_id": "CategoryId",
        "contact_owner": "ContactOwner",
        "role_id": "RoleId",
        "role_name": "RoleName",
        "role_description": "RoleDescription",
        "role_type": "RoleType",
        "licenses": "Licenses",
        "full_name": "FullName",
        "e_mail_address": "EMailAddress",
        "function_rights": "FunctionRights",
        "ej_user_id": "EjUserId",
        "ej_access_level": "EjAccessLevel",
        "ej_user_status": "EjUserStatus",
        "provided_credentials": "ProvidedCredentials",
        "secondary_groups": "SecondaryGroups",
        "database_context_identifier": "DatabaseContextIdentifier",
        "user_name": "UserName",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        user_type: UserType | None = NOT_SET,
        associate: str | None = NOT_SET,
        associate_id: int | None = NOT_SET,
        is_person: bool | None = NOT_SET,
        person_id: int | None = NOT_SET,
        country_id: int | None = NOT_SET,
        home_country_id: int | None = NOT_SET,
        contact_id: int | None = NOT_SET,
        group_id: int | None = NOT_SET,
        business_id: int | None = NOT_SET,
        category_id: int | None = NOT_SET,
        contact_owner: int | None = NOT_SET,
        role_id: int | None = NOT_SET,
        role_name: str | None = NOT_SET,
        role_description: str | None = NOT_SET,
        role_type: RoleType | None = NOT_SET,
        licenses: list[GrantedModuleLicense] | None = NOT_SET,
        full_name: str | None = NOT_SET,
        e_mail_address: str | None = NOT_SET,
        function_rights: list[str] | None = NOT_SET,
        ej_user_id: int | None = NOT_SET,
        ej_access_level: int | None = NOT_SET,
        ej_user_status: EjUserStatus | None = NOT_SET,
        provided_credentials: list[ProvidedCredential] | None = NOT_SET,
        secondary_groups: list[int] | None = NOT_SET,
        database_context_identifier: str | None = NOT_SET,
        user_name: str | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if user_type is not NOT_SET:
            d["user_type"] = user_type
        if associate is not NOT_SET:
            d["associate"] = associate
        if associate_id is not NOT_SET:
            d["associate_id"] = associate_id
        if is_person is not NOT_SET:
            d["is_person"] = is_person
        if person_id is not NOT_SET:
            d["person_id"] = person_id
        if country_id is not NOT_SET:
            d["country_id"] = country_id
        if home_country_id is not NOT_SET:
            d["home_country_id"] = home_country_id
        if contact_id is not NOT_SET:
            d["contact_id"] = contact_id
        if group_id is not NOT_SET:
            d["group_id"] = group_id
        if business_id is not NOT_SET:
            d["business_id"] = business_id
        if category_id is not NOT_SET:
            d["category_id"] = category_id
        if contact_owner is not NOT_SET:
            d["contact_owner"] = contact_owner
        if role_id is not NOT_SET:
            d["role_id"] = role_id
        if role_name is not NOT_SET:
            d["role_name"] = role_name
        if role_description is not NOT_SET:
            d["role_description"] = role_description
        if role_type is not NOT_SET:
            d["role_type"] = role_type
        if licenses is not NOT_SET:
            d["licenses"] = licenses
        if full_name is not NOT_SET:
            d["full_name"] = full_name
        if e_mail_address is not NOT_SET:
            d["e_mail_address"] = e_mail_address
        if function_rights is not NOT_SET:
            d["function_rights"] = function_rights
        if ej_user_id is not NOT_SET:
            d["ej_user_id"] = ej_user_id
        if ej_access_level is not NOT_SET:
            d["ej_access_level"] = ej_access_level
        if ej_user_status is not NOT_SET:
            d["ej_user_status"] = ej_user_status
        if provided_credentials is not NOT_SET:
            d["provided_credentials"] = provided_credentials
        if secondary_groups is not NOT_SET:
            d["secondary_groups"] = secondary_groups
        if database_context_identifier is not NOT_SET:
            d["database_context_identifier"] = database_context_identifier
        if user_name is not NOT_SET:
            d["user_name"] = user_name

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
        if "user_type" in s:
            field_dict["UserType"] = s["user_type"]
        if "associate" in s:
            field_dict["Associate"] = s["associate"]
        if "associate_id" in s:
            field_dict["AssociateId"] = s["associate_id"]
        if "is_person" in s:
            field_dict["IsPerson"] = s["is_person"]
        if "person_id" in s:
            field_dict["PersonId"] = s["person_id"]
        if "country_id" in s:
            field_dict["CountryId"] = s["country_id"]
        if "home_country_id" in s:
            field_dict["HomeCountryId"] = s["home_country_id"]
        if "contact_id" in s:
            field_dict["ContactId"] = s["contact_id"]
        if "group_id" in s:
            field_dict["GroupId"] = s["group_id"]
        if "business_id" in s:
            field_dict["BusinessId"] = s["business_id"]
        if "category_id" in s:
            field_dict["CategoryId"] = s["category_id"]
        if "contact_owner" in s:
            field_dict["ContactOwner"] = s["contact_owner"]
        if "role_id" in s:
            field_dict["RoleId"] = s["role_id"]
        if "role_name" in s:
            field_dict["RoleName"] = s["role_name"]
        if "role_description" in s:
            field_dict["RoleDescription"] = s["role_description"]
        if "role_type" in s:
            field_dict["RoleType"] = s["role_type"]
        v = s.get("licenses", NOT_SET)
        if v is not NOT_SET:
            field_dict["Licenses"] = None if v is None else [_i0.to_dict() for _i0 in v]
        if "full_name" in s:
            field_dict["FullName"] = s["full_name"]
        if "e_mail_address" in s:
            field_dict["EMailAddress"] = s["e_mail_address"]
        v = s.get("function_rights", NOT_SET)
        if v is not NOT_SET:
            field_dict["FunctionRights"] = None if v is None else list(v)
        if "ej_user_id" in s:
            field_dict["EjUserId"] = s["ej_user_id"]
        if "ej_access_level" in s:
            field_dict["EjAccessLevel"] = s["ej_access_level"]
        if "ej_user_status" in s:
            field_dict["EjUserStatus"] = s["ej_user_status"]
        v = s.get("provided_credentials", NOT_SET)
        if v is not NOT_SET:
            field_dict["ProvidedCredentials"] = (
                None if v is None else [_i0.to_dict() for _i0 in v]
            )
        v = s.get("secondary_groups", NOT_SET)
        if v is not NOT_SET:
            field_dict["SecondaryGroups"] = None if v is None else list(v)
        if "database_context_identifier" in s:
            field_dict["DatabaseContextIdentifier"] = s["database_context_identifier"]
        if "user_name" in s:
            field_dict["UserName"] = s["user_name"]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
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

        v = g("Associate", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Associate: expected None | str, got {type(v).__name__}"
                    )
            d["associate"] = v

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

        v = g("IsPerson", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsPerson: expected bool | None, got {type(v).__name__}"
                    )
            d["is_person"] = v

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

        v = g("CountryId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"CountryId: expected int | None, got {type(v).__name__}"
                    )
            d["country_id"] = v

        v = g("HomeCountryId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"HomeCountryId: expected int | None, got {type(v).__name__}"
                    )
            d["home_country_id"] = v

        v = g("ContactId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ContactId: expected int | None, got {type(v).__name__}"
                    )
            d["contact_id"] = v

        v = g("GroupId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"GroupId: expected int | None, got {type(v).__name__}"
                    )
            d["group_id"] = v

        v = g("BusinessId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"BusinessId: expected int | None, got {type(v).__name__}"
                    )
            d["business_id"] = v

        v = g("CategoryId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"CategoryId: expected int | None, got {type(v).__name__}"
                    )
            d["category_id"] = v

        v = g("ContactOwner", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ContactOwner: expected int | None, got {type(v).__name__}"
                    )
            d["contact_owner"] = v

        v = g("RoleId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"RoleId: expected int | None, got {type(v).__name__}"
                    )
            d["role_id"] = v

        v = g("RoleName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"RoleName: expected None | str, got {type(v).__name__}"
                    )
            d["role_name"] = v

        v = g("RoleDescription", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"RoleDescription: expected None | str, got {type(v).__name__}"
                    )
            d["role_description"] = v

        v = g("RoleType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = RoleType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"RoleType: expected None | RoleType | str, got {type(v).__name__}"
                    ) from error
            d["role_type"] = v

        v = g("Licenses", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [GrantedModuleLicense.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Licenses: expected list[GrantedModuleLicense] | None, got {type(v).__name__}"
                    ) from error
            d["licenses"] = v

        v = g("FullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FullName: expected None | str, got {type(v).__name__}"
                    )
            d["full_name"] = v

        v = g("EMailAddress", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"EMailAddress: expected None | str, got {type(v).__name__}"
                    )
            d["e_mail_address"] = v

        v = g("FunctionRights", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [as_str(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"FunctionRights: expected list[str] | None, got {type(v).__name__}"
                    ) from error
            d["function_rights"] = v

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

        v = g("EjAccessLevel", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"EjAccessLevel: expected int | None, got {type(v).__name__}"
                    )
            d["ej_access_level"] = v

        v = g("EjUserStatus", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = EjUserStatus._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"EjUserStatus: expected EjUserStatus | None | str, got {type(v).__name__}"
                    ) from error
            d["ej_user_status"] = v

        v = g("ProvidedCredentials", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [ProvidedCredential.from_dict(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"ProvidedCredentials: expected list[ProvidedCredential] | None, got {type(v).__name__}"
                    ) from error
            d["provided_credentials"] = v

        v = g("SecondaryGroups", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [as_int(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"SecondaryGroups: expected list[int] | None, got {type(v).__name__}"
                    ) from error
            d["secondary_groups"] = v

        v = g("DatabaseContextIdentifier", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"DatabaseContextIdentifier: expected None | str, got {type(v).__name__}"
                    )
            d["database_context_identifier"] = v

        v = g("UserName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"UserName: expected None | str, got {type(v).__name__}"
                    )
            d["user_name"] = v

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


from ..models.granted_module_license import GrantedModuleLicense
from ..models.provided_credential import ProvidedCredential
