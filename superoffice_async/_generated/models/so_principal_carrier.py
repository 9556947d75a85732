from __future__ import annotations

from msgspec import field

from ..models.ej_user_status import EjUserStatus
from ..models.role_type import RoleType
from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
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

    user_type: Open[UserType] | None = field(name="UserType", default=NOT_SET)
    associate: str | None = field(name="Associate", default=NOT_SET)
    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    is_person: bool | None = field(name="IsPerson", default=NOT_SET)
    person_id: int | None = field(name="PersonId", default=NOT_SET)
    country_id: int | None = field(name="CountryId", default=NOT_SET)
    home_country_id: int | None = field(name="HomeCountryId", default=NOT_SET)
    contact_id: int | None = field(name="ContactId", default=NOT_SET)
    group_id: int | None = field(name="GroupId", default=NOT_SET)
    business_id: int | None = field(name="BusinessId", default=NOT_SET)
    category_id: int | None = field(name="CategoryId", default=NOT_SET)
    contact_owner: int | None = field(name="ContactOwner", default=NOT_SET)
    role_id: int | None = field(name="RoleId", default=NOT_SET)
    role_name: str | None = field(name="RoleName", default=NOT_SET)
    role_description: str | None = field(name="RoleDescription", default=NOT_SET)
    role_type: Open[RoleType] | None = field(name="RoleType", default=NOT_SET)
    licenses: list[GrantedModuleLicense] | None = field(
        name="Licenses", default=NOT_SET
    )
    full_name: str | None = field(name="FullName", default=NOT_SET)
    e_mail_address: str | None = field(name="EMailAddress", default=NOT_SET)
    function_rights: list[str] | None = field(name="FunctionRights", default=NOT_SET)
    ej_user_id: int | None = field(name="EjUserId", default=NOT_SET)
    ej_access_level: int | None = field(name="EjAccessLevel", default=NOT_SET)
    ej_user_status: Open[EjUserStatus] | None = field(
        name="EjUserStatus", default=NOT_SET
    )
    provided_credentials: list[ProvidedCredential] | None = field(
        name="ProvidedCredentials", default=NOT_SET
    )
    secondary_groups: list[int] | None = field(name="SecondaryGroups", default=NOT_SET)
    database_context_identifier: str | None = field(
        name="DatabaseContextIdentifier", default=NOT_SET
    )
    user_name: str | None = field(name="UserName", default=NOT_SET)


from ..models.granted_module_license import GrantedModuleLicense
from ..models.provided_credential import ProvidedCredential
