from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ej_user_status import EjUserStatus
from ..models.role_type import RoleType
from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoPrincipalCarrier")


@_attrs_define
class SoPrincipalCarrier:
    """Summary description for SoPrincipalCarrier.

    Attributes:
        user_type (None | str | Unset | UserType): Type of user
        associate (None | str | Unset): Associate name (e.g. logon name) for the user
        associate_id (int | None | Unset): AssociateId for the user.
        is_person (bool | None | Unset): Is this associate a person, and not a resource?
        person_id (int | None | Unset): Associate's person id
        country_id (int | None | Unset): Country id for the user.
        home_country_id (int | None | Unset): Country id for the user's home country. This is the default country id
            when creating new items.
        contact_id (int | None | Unset): Company of the associate's person
        group_id (int | None | Unset): Associate's group_idx
        business_id (int | None | Unset): BusinessIdx for the company that the user belongs to.
        category_id (int | None | Unset): CategoryIdx of the company that the user belongs to.
        contact_owner (int | None | Unset): Owner (AssocaiteId) of the company that the user belongs to.
        role_id (int | None | Unset): Id of the users role
        role_name (None | str | Unset): Name of the users role
        role_description (None | str | Unset): Descrtiption (e.g. tooltip) for the users role
        role_type (None | RoleType | str | Unset): Type of user.
        licenses (list[GrantedModuleLicense] | None | Unset): License granted to the site and user.
        full_name (None | str | Unset): The Person full name if the associate is a person. Use IsPerson to check
        e_mail_address (None | str | Unset): The Person e-mail address if the associate is a person. Use IsPerson to
            check
        function_rights (list[str] | None | Unset): Functional rights for the user. This array is sorted so a lookup can
            be performed using {M:System.Array.BinarySearch(System.Array,System.Int32,System.Int32,System.Object)}.
        ej_user_id (int | None | Unset): Primary key in eJournal's old user table.
        ej_access_level (int | None | Unset): eJournal user access level
        ej_user_status (EjUserStatus | None | str | Unset): eJournal user status
        provided_credentials (list[ProvidedCredential] | None | Unset): The credentials used for authenticating this
            user.
        secondary_groups (list[int] | None | Unset): Secondary user groups
        database_context_identifier (None | str | Unset): Name of the database context
        user_name (None | str | Unset): UserName on associatetable. Same as SuperId from Online
    """

    user_type: None | str | Unset | UserType = UNSET
    associate: None | str | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    is_person: bool | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    country_id: int | None | Unset = UNSET
    home_country_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    business_id: int | None | Unset = UNSET
    category_id: int | None | Unset = UNSET
    contact_owner: int | None | Unset = UNSET
    role_id: int | None | Unset = UNSET
    role_name: None | str | Unset = UNSET
    role_description: None | str | Unset = UNSET
    role_type: None | RoleType | str | Unset = UNSET
    licenses: list[GrantedModuleLicense] | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    e_mail_address: None | str | Unset = UNSET
    function_rights: list[str] | None | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    ej_access_level: int | None | Unset = UNSET
    ej_user_status: EjUserStatus | None | str | Unset = UNSET
    provided_credentials: list[ProvidedCredential] | None | Unset = UNSET
    secondary_groups: list[int] | None | Unset = UNSET
    database_context_identifier: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_type: None | str | Unset
        if isinstance(self.user_type, Unset):
            user_type = UNSET
        elif isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        associate: None | str | Unset = self.associate

        associate_id: int | None | Unset = self.associate_id

        is_person: bool | None | Unset = self.is_person

        person_id: int | None | Unset = self.person_id

        country_id: int | None | Unset = self.country_id

        home_country_id: int | None | Unset = self.home_country_id

        contact_id: int | None | Unset = self.contact_id

        group_id: int | None | Unset = self.group_id

        business_id: int | None | Unset = self.business_id

        category_id: int | None | Unset = self.category_id

        contact_owner: int | None | Unset = self.contact_owner

        role_id: int | None | Unset = self.role_id

        role_name: None | str | Unset = self.role_name

        role_description: None | str | Unset = self.role_description

        role_type: None | str | Unset
        if isinstance(self.role_type, Unset):
            role_type = UNSET
        elif isinstance(self.role_type, RoleType):
            role_type = self.role_type.value
        else:
            role_type = self.role_type

        licenses: list[dict[str, Any]] | None | Unset
        if isinstance(self.licenses, Unset):
            licenses = UNSET
        elif isinstance(self.licenses, list):
            licenses = []
            for licenses_type_0_item_data in self.licenses:
                licenses_type_0_item = licenses_type_0_item_data.to_dict()
                licenses.append(licenses_type_0_item)

        else:
            licenses = self.licenses

        full_name: None | str | Unset = self.full_name

        e_mail_address: None | str | Unset = self.e_mail_address

        function_rights: list[str] | None | Unset
        if isinstance(self.function_rights, Unset):
            function_rights = UNSET
        elif isinstance(self.function_rights, list):
            function_rights = self.function_rights

        else:
            function_rights = self.function_rights

        ej_user_id: int | None | Unset = self.ej_user_id

        ej_access_level: int | None | Unset = self.ej_access_level

        ej_user_status: None | str | Unset
        if isinstance(self.ej_user_status, Unset):
            ej_user_status = UNSET
        elif isinstance(self.ej_user_status, EjUserStatus):
            ej_user_status = self.ej_user_status.value
        else:
            ej_user_status = self.ej_user_status

        provided_credentials: list[dict[str, Any]] | None | Unset
        if isinstance(self.provided_credentials, Unset):
            provided_credentials = UNSET
        elif isinstance(self.provided_credentials, list):
            provided_credentials = []
            for provided_credentials_type_0_item_data in self.provided_credentials:
                provided_credentials_type_0_item = (
                    provided_credentials_type_0_item_data.to_dict()
                )
                provided_credentials.append(provided_credentials_type_0_item)

        else:
            provided_credentials = self.provided_credentials

        secondary_groups: list[int] | None | Unset
        if isinstance(self.secondary_groups, Unset):
            secondary_groups = UNSET
        elif isinstance(self.secondary_groups, list):
            secondary_groups = self.secondary_groups

        else:
            secondary_groups = self.secondary_groups

        database_context_identifier: None | str | Unset = (
            self.database_context_identifier
        )

        user_name: None | str | Unset = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_type is not UNSET:
            field_dict["UserType"] = user_type
        if associate is not UNSET:
            field_dict["Associate"] = associate
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if is_person is not UNSET:
            field_dict["IsPerson"] = is_person
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if country_id is not UNSET:
            field_dict["CountryId"] = country_id
        if home_country_id is not UNSET:
            field_dict["HomeCountryId"] = home_country_id
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if group_id is not UNSET:
            field_dict["GroupId"] = group_id
        if business_id is not UNSET:
            field_dict["BusinessId"] = business_id
        if category_id is not UNSET:
            field_dict["CategoryId"] = category_id
        if contact_owner is not UNSET:
            field_dict["ContactOwner"] = contact_owner
        if role_id is not UNSET:
            field_dict["RoleId"] = role_id
        if role_name is not UNSET:
            field_dict["RoleName"] = role_name
        if role_description is not UNSET:
            field_dict["RoleDescription"] = role_description
        if role_type is not UNSET:
            field_dict["RoleType"] = role_type
        if licenses is not UNSET:
            field_dict["Licenses"] = licenses
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if e_mail_address is not UNSET:
            field_dict["EMailAddress"] = e_mail_address
        if function_rights is not UNSET:
            field_dict["FunctionRights"] = function_rights
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if ej_access_level is not UNSET:
            field_dict["EjAccessLevel"] = ej_access_level
        if ej_user_status is not UNSET:
            field_dict["EjUserStatus"] = ej_user_status
        if provided_credentials is not UNSET:
            field_dict["ProvidedCredentials"] = provided_credentials
        if secondary_groups is not UNSET:
            field_dict["SecondaryGroups"] = secondary_groups
        if database_context_identifier is not UNSET:
            field_dict["DatabaseContextIdentifier"] = database_context_identifier
        if user_name is not UNSET:
            field_dict["UserName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_type = d.pop("UserType", UNSET)
        if user_type is not None and user_type is not UNSET:

            def _parse_user_type(data: object) -> None | str | Unset | UserType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_type_type_0 = UserType(data)

                    return user_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(None | str | Unset | UserType, data)
                raise TypeError(
                    f"UserType: expected None | str | UserType, got {type(data).__name__}"
                ) from _error

            user_type = _parse_user_type(user_type)

        associate = d.pop("Associate", UNSET)
        if not (
            associate is None or associate is UNSET or (isinstance(associate, (str,)))
        ):
            raise TypeError(
                f"Associate: expected None | str, got {type(associate).__name__}"
            )

        associate_id = d.pop("AssociateId", UNSET)
        if not (
            associate_id is None
            or associate_id is UNSET
            or (isinstance(associate_id, (int,)) and not isinstance(associate_id, bool))
        ):
            raise TypeError(
                f"AssociateId: expected int | None, got {type(associate_id).__name__}"
            )

        is_person = d.pop("IsPerson", UNSET)
        if not (
            is_person is None or is_person is UNSET or (isinstance(is_person, (bool,)))
        ):
            raise TypeError(
                f"IsPerson: expected bool | None, got {type(is_person).__name__}"
            )

        person_id = d.pop("PersonId", UNSET)
        if not (
            person_id is None
            or person_id is UNSET
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"PersonId: expected int | None, got {type(person_id).__name__}"
            )

        country_id = d.pop("CountryId", UNSET)
        if not (
            country_id is None
            or country_id is UNSET
            or (isinstance(country_id, (int,)) and not isinstance(country_id, bool))
        ):
            raise TypeError(
                f"CountryId: expected int | None, got {type(country_id).__name__}"
            )

        home_country_id = d.pop("HomeCountryId", UNSET)
        if not (
            home_country_id is None
            or home_country_id is UNSET
            or (
                isinstance(home_country_id, (int,))
                and not isinstance(home_country_id, bool)
            )
        ):
            raise TypeError(
                f"HomeCountryId: expected int | None, got {type(home_country_id).__name__}"
            )

        contact_id = d.pop("ContactId", UNSET)
        if not (
            contact_id is None
            or contact_id is UNSET
            or (isinstance(contact_id, (int,)) and not isinstance(contact_id, bool))
        ):
            raise TypeError(
                f"ContactId: expected int | None, got {type(contact_id).__name__}"
            )

        group_id = d.pop("GroupId", UNSET)
        if not (
            group_id is None
            or group_id is UNSET
            or (isinstance(group_id, (int,)) and not isinstance(group_id, bool))
        ):
            raise TypeError(
                f"GroupId: expected int | None, got {type(group_id).__name__}"
            )

        business_id = d.pop("BusinessId", UNSET)
        if not (
            business_id is None
            or business_id is UNSET
            or (isinstance(business_id, (int,)) and not isinstance(business_id, bool))
        ):
            raise TypeError(
                f"BusinessId: expected int | None, got {type(business_id).__name__}"
            )

        category_id = d.pop("CategoryId", UNSET)
        if not (
            category_id is None
            or category_id is UNSET
            or (isinstance(category_id, (int,)) and not isinstance(category_id, bool))
        ):
            raise TypeError(
                f"CategoryId: expected int | None, got {type(category_id).__name__}"
            )

        contact_owner = d.pop("ContactOwner", UNSET)
        if not (
            contact_owner is None
            or contact_owner is UNSET
            or (
                isinstance(contact_owner, (int,))
                and not isinstance(contact_owner, bool)
            )
        ):
            raise TypeError(
                f"ContactOwner: expected int | None, got {type(contact_owner).__name__}"
            )

        role_id = d.pop("RoleId", UNSET)
        if not (
            role_id is None
            or role_id is UNSET
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        role_name = d.pop("RoleName", UNSET)
        if not (
            role_name is None or role_name is UNSET or (isinstance(role_name, (str,)))
        ):
            raise TypeError(
                f"RoleName: expected None | str, got {type(role_name).__name__}"
            )

        role_description = d.pop("RoleDescription", UNSET)
        if not (
            role_description is None
            or role_description is UNSET
            or (isinstance(role_description, (str,)))
        ):
            raise TypeError(
                f"RoleDescription: expected None | str, got {type(role_description).__name__}"
            )

        role_type = d.pop("RoleType", UNSET)
        if role_type is not None and role_type is not UNSET:

            def _parse_role_type(data: object) -> None | RoleType | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_type_0 = RoleType(data)

                    return role_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(None | RoleType | str | Unset, data)
                raise TypeError(
                    f"RoleType: expected None | RoleType | str, got {type(data).__name__}"
                ) from _error

            role_type = _parse_role_type(role_type)

        licenses = d.pop("Licenses", UNSET)
        if licenses is not None and licenses is not UNSET:
            try:
                if not isinstance(licenses, list):
                    raise TypeError()
                licenses_type_0 = []
                _licenses_type_0 = licenses
                for licenses_type_0_item_data in _licenses_type_0:
                    licenses_type_0_item = GrantedModuleLicense.from_dict(
                        licenses_type_0_item_data
                    )

                    licenses_type_0.append(licenses_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Licenses: expected list[GrantedModuleLicense] | None, got {type(licenses).__name__}"
                ) from error
            licenses = licenses_type_0

        full_name = d.pop("FullName", UNSET)
        if not (
            full_name is None or full_name is UNSET or (isinstance(full_name, (str,)))
        ):
            raise TypeError(
                f"FullName: expected None | str, got {type(full_name).__name__}"
            )

        e_mail_address = d.pop("EMailAddress", UNSET)
        if not (
            e_mail_address is None
            or e_mail_address is UNSET
            or (isinstance(e_mail_address, (str,)))
        ):
            raise TypeError(
                f"EMailAddress: expected None | str, got {type(e_mail_address).__name__}"
            )

        function_rights = d.pop("FunctionRights", UNSET)
        if function_rights is not None and function_rights is not UNSET:
            try:
                if not isinstance(function_rights, list):
                    raise TypeError()
                function_rights_type_0 = cast(list[str], function_rights)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FunctionRights: expected list[str] | None, got {type(function_rights).__name__}"
                ) from error
            function_rights = function_rights_type_0

        ej_user_id = d.pop("EjUserId", UNSET)
        if not (
            ej_user_id is None
            or ej_user_id is UNSET
            or (isinstance(ej_user_id, (int,)) and not isinstance(ej_user_id, bool))
        ):
            raise TypeError(
                f"EjUserId: expected int | None, got {type(ej_user_id).__name__}"
            )

        ej_access_level = d.pop("EjAccessLevel", UNSET)
        if not (
            ej_access_level is None
            or ej_access_level is UNSET
            or (
                isinstance(ej_access_level, (int,))
                and not isinstance(ej_access_level, bool)
            )
        ):
            raise TypeError(
                f"EjAccessLevel: expected int | None, got {type(ej_access_level).__name__}"
            )

        ej_user_status = d.pop("EjUserStatus", UNSET)
        if ej_user_status is not None and ej_user_status is not UNSET:

            def _parse_ej_user_status(
                data: object,
            ) -> EjUserStatus | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    ej_user_status_type_0 = EjUserStatus(data)

                    return ej_user_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(EjUserStatus | None | str | Unset, data)
                raise TypeError(
                    f"EjUserStatus: expected EjUserStatus | None | str, got {type(data).__name__}"
                ) from _error

            ej_user_status = _parse_ej_user_status(ej_user_status)

        provided_credentials = d.pop("ProvidedCredentials", UNSET)
        if provided_credentials is not None and provided_credentials is not UNSET:
            try:
                if not isinstance(provided_credentials, list):
                    raise TypeError()
                provided_credentials_type_0 = []
                _provided_credentials_type_0 = provided_credentials
                for (
                    provided_credentials_type_0_item_data
                ) in _provided_credentials_type_0:
                    provided_credentials_type_0_item = ProvidedCredential.from_dict(
                        provided_credentials_type_0_item_data
                    )

                    provided_credentials_type_0.append(provided_credentials_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ProvidedCredentials: expected list[ProvidedCredential] | None, got {type(provided_credentials).__name__}"
                ) from error
            provided_credentials = provided_credentials_type_0

        secondary_groups = d.pop("SecondaryGroups", UNSET)
        if secondary_groups is not None and secondary_groups is not UNSET:
            try:
                if not isinstance(secondary_groups, list):
                    raise TypeError()
                secondary_groups_type_0 = cast(list[int], secondary_groups)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"SecondaryGroups: expected list[int] | None, got {type(secondary_groups).__name__}"
                ) from error
            secondary_groups = secondary_groups_type_0

        database_context_identifier = d.pop("DatabaseContextIdentifier", UNSET)
        if not (
            database_context_identifier is None
            or database_context_identifier is UNSET
            or (isinstance(database_context_identifier, (str,)))
        ):
            raise TypeError(
                f"DatabaseContextIdentifier: expected None | str, got {type(database_context_identifier).__name__}"
            )

        user_name = d.pop("UserName", UNSET)
        if not (
            user_name is None or user_name is UNSET or (isinstance(user_name, (str,)))
        ):
            raise TypeError(
                f"UserName: expected None | str, got {type(user_name).__name__}"
            )

        so_principal_carrier = cls(
            user_type=user_type,
            associate=associate,
            associate_id=associate_id,
            is_person=is_person,
            person_id=person_id,
            country_id=country_id,
            home_country_id=home_country_id,
            contact_id=contact_id,
            group_id=group_id,
            business_id=business_id,
            category_id=category_id,
            contact_owner=contact_owner,
            role_id=role_id,
            role_name=role_name,
            role_description=role_description,
            role_type=role_type,
            licenses=licenses,
            full_name=full_name,
            e_mail_address=e_mail_address,
            function_rights=function_rights,
            ej_user_id=ej_user_id,
            ej_access_level=ej_access_level,
            ej_user_status=ej_user_status,
            provided_credentials=provided_credentials,
            secondary_groups=secondary_groups,
            database_context_identifier=database_context_identifier,
            user_name=user_name,
        )

        so_principal_carrier.additional_properties = d
        return so_principal_carrier

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.granted_module_license import GrantedModuleLicense
from ..models.provided_credential import ProvidedCredential
