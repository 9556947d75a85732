from __future__ import annotations

import datetime

from msgspec import field

from ..models.user_type import UserType
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
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

    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    name: str | None = field(name="Name", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    tooltip: str | None = field(name="Tooltip", default=NOT_SET)
    license_owners: list[LicenseOwner] | None = field(
        name="LicenseOwners", default=NOT_SET
    )
    role: Role | None = field(name="Role", default=NOT_SET)
    user_group: UserGroup | None = field(name="UserGroup", default=NOT_SET)
    other_groups: list[UserGroup] | None = field(name="OtherGroups", default=NOT_SET)
    person: Person | None = field(name="Person", default=NOT_SET)
    deleted: bool | None = field(name="Deleted", default=NOT_SET)
    lastlogin: datetime.datetime | None = field(name="Lastlogin", default=NOT_SET)
    lastlogout: datetime.datetime | None = field(name="Lastlogout", default=NOT_SET)
    ej_user_id: int | None = field(name="EjUserId", default=NOT_SET)
    request_signature: str | None = field(name="RequestSignature", default=NOT_SET)
    type_: Open[UserType] | None = field(name="Type", default=NOT_SET)
    is_person_retired: bool | None = field(name="IsPersonRetired", default=NOT_SET)
    is_on_travel: bool | None = field(name="IsOnTravel", default=NOT_SET)
    credentials: list[Credential] | None = field(name="Credentials", default=NOT_SET)
    user_name: str | None = field(name="UserName", default=NOT_SET)
    ticket_categories: list[MDOListItem] | None = field(
        name="TicketCategories", default=NOT_SET
    )
    nick_name: str | None = field(name="NickName", default=NOT_SET)
    waiting_for_approval: bool | None = field(
        name="WaitingForApproval", default=NOT_SET
    )
    extra_fields: StringDictionary | None = field(name="ExtraFields", default=NOT_SET)
    custom_fields: StringDictionary | None = field(name="CustomFields", default=NOT_SET)
    post_save_commands: list[CustomCommand] | None = field(
        name="PostSaveCommands", default=NOT_SET
    )
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


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
