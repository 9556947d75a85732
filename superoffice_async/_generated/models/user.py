from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """SuperOffice User, with login credentials and an associated person.

    Attributes:
        associate_id (int | None | Unset): Primary key
        name (None | str | Unset): Initials, UserId - also used as login name for on-site installations. Identifies user
            in archives.
        rank (int | None | Unset): Rank order
        tooltip (None | str | Unset): Tooltip or other description
        license_owners (list[LicenseOwner] | None | Unset): The restricted and unrestricted module licenses grouped by
            license owner.
        role (None | Role | Unset): Users role for role-based security. Determines permissions and access rights for the
            user.
        user_group (None | Unset | UserGroup): The main user group that this user belongs to. MDO List "usergroup".
        other_groups (list[UserGroup] | None | Unset): The other groups this user is a member of, apart from the main
            user group.
        person (None | Person | Unset): The person associated with this user. MDO List "person_new".
        deleted (bool | None | Unset): If true, the user is retired and should have no rights, not appear in lists, etc.
        lastlogin (datetime.datetime | None | Unset): Last login date
        lastlogout (datetime.datetime | None | Unset): Last logout date
        ej_user_id (int | None | Unset): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        request_signature (None | str | Unset): ej users request signature
        type_ (None | str | Unset | UserType): User type: 1=InternalAssociate, 2=ResourceAssociate, 3=ExternalAssociate,
            4=AnonymousAssociate, 5=SystemAssociate. Unknown values are kept as strings.
        is_person_retired (bool | None | Unset): True if the user is retired and should have no rights, not appear in
            lists, etc.
        is_on_travel (bool | None | Unset): True if the user is on travel.
        credentials (list[Credential] | None | Unset): List of credentials registered for this user. i.e. valid
            authentication methods.
        user_name (None | str | Unset): User name, a.k.a. Login name. This might be an e-mail address.
        ticket_categories (list[MDOListItem] | None | Unset): Request Ticket Categories assigned to the user. MDO List
            "ejCategory".
        nick_name (None | str | Unset): The unique nick name for this user. Used in Service as an alias, similar to
            Name/Initials.
        waiting_for_approval (bool | None | Unset): The user is waiting for an administrator to approve/grant her/him
            access.
        extra_fields (None | StringDictionary | Unset):
        custom_fields (None | StringDictionary | Unset):
        post_save_commands (list[CustomCommand] | None | Unset): Post custom commands the client should execute after
            save has completed.
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    associate_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    rank: int | None | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    license_owners: list[LicenseOwner] | None | Unset = UNSET
    role: None | Role | Unset = UNSET
    user_group: None | Unset | UserGroup = UNSET
    other_groups: list[UserGroup] | None | Unset = UNSET
    person: None | Person | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    lastlogin: datetime.datetime | None | Unset = UNSET
    lastlogout: datetime.datetime | None | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    request_signature: None | str | Unset = UNSET
    type_: None | str | Unset | UserType = UNSET
    is_person_retired: bool | None | Unset = UNSET
    is_on_travel: bool | None | Unset = UNSET
    credentials: list[Credential] | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    ticket_categories: list[MDOListItem] | None | Unset = UNSET
    nick_name: None | str | Unset = UNSET
    waiting_for_approval: bool | None | Unset = UNSET
    extra_fields: None | StringDictionary | Unset = UNSET
    custom_fields: None | StringDictionary | Unset = UNSET
    post_save_commands: list[CustomCommand] | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None | Unset = self.associate_id

        name: None | str | Unset = self.name

        rank: int | None | Unset = self.rank

        tooltip: None | str | Unset = self.tooltip

        license_owners: list[dict[str, Any]] | None | Unset
        if isinstance(self.license_owners, Unset):
            license_owners = UNSET
        elif isinstance(self.license_owners, list):
            license_owners = []
            for license_owners_type_0_item_data in self.license_owners:
                license_owners_type_0_item = license_owners_type_0_item_data.to_dict()
                license_owners.append(license_owners_type_0_item)

        else:
            license_owners = self.license_owners

        role: dict[str, Any] | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, Role):
            role = self.role.to_dict()
        else:
            role = self.role

        user_group: dict[str, Any] | None | Unset
        if isinstance(self.user_group, Unset):
            user_group = UNSET
        elif isinstance(self.user_group, UserGroup):
            user_group = self.user_group.to_dict()
        else:
            user_group = self.user_group

        other_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_groups, Unset):
            other_groups = UNSET
        elif isinstance(self.other_groups, list):
            other_groups = []
            for other_groups_type_0_item_data in self.other_groups:
                other_groups_type_0_item = other_groups_type_0_item_data.to_dict()
                other_groups.append(other_groups_type_0_item)

        else:
            other_groups = self.other_groups

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, Person):
            person = self.person.to_dict()
        else:
            person = self.person

        deleted: bool | None | Unset = self.deleted

        lastlogin: None | str | Unset
        if isinstance(self.lastlogin, Unset):
            lastlogin = UNSET
        elif isinstance(self.lastlogin, datetime.datetime):
            lastlogin = self.lastlogin.isoformat()
        else:
            lastlogin = self.lastlogin

        lastlogout: None | str | Unset
        if isinstance(self.lastlogout, Unset):
            lastlogout = UNSET
        elif isinstance(self.lastlogout, datetime.datetime):
            lastlogout = self.lastlogout.isoformat()
        else:
            lastlogout = self.lastlogout

        ej_user_id: int | None | Unset = self.ej_user_id

        request_signature: None | str | Unset = self.request_signature

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, UserType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        is_person_retired: bool | None | Unset = self.is_person_retired

        is_on_travel: bool | None | Unset = self.is_on_travel

        credentials: list[dict[str, Any]] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, list):
            credentials = []
            for credentials_type_0_item_data in self.credentials:
                credentials_type_0_item = credentials_type_0_item_data.to_dict()
                credentials.append(credentials_type_0_item)

        else:
            credentials = self.credentials

        user_name: None | str | Unset = self.user_name

        ticket_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.ticket_categories, Unset):
            ticket_categories = UNSET
        elif isinstance(self.ticket_categories, list):
            ticket_categories = []
            for ticket_categories_type_0_item_data in self.ticket_categories:
                ticket_categories_type_0_item = (
                    ticket_categories_type_0_item_data.to_dict()
                )
                ticket_categories.append(ticket_categories_type_0_item)

        else:
            ticket_categories = self.ticket_categories

        nick_name: None | str | Unset = self.nick_name

        waiting_for_approval: bool | None | Unset = self.waiting_for_approval

        extra_fields: dict[str, Any] | None | Unset
        if isinstance(self.extra_fields, Unset):
            extra_fields = UNSET
        elif isinstance(self.extra_fields, StringDictionary):
            extra_fields = self.extra_fields.to_dict()
        else:
            extra_fields = self.extra_fields

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, StringDictionary):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        post_save_commands: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_save_commands, Unset):
            post_save_commands = UNSET
        elif isinstance(self.post_save_commands, list):
            post_save_commands = []
            for post_save_commands_type_0_item_data in self.post_save_commands:
                post_save_commands_type_0_item = (
                    post_save_commands_type_0_item_data.to_dict()
                )
                post_save_commands.append(post_save_commands_type_0_item)

        else:
            post_save_commands = self.post_save_commands

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if name is not UNSET:
            field_dict["Name"] = name
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if license_owners is not UNSET:
            field_dict["LicenseOwners"] = license_owners
        if role is not UNSET:
            field_dict["Role"] = role
        if user_group is not UNSET:
            field_dict["UserGroup"] = user_group
        if other_groups is not UNSET:
            field_dict["OtherGroups"] = other_groups
        if person is not UNSET:
            field_dict["Person"] = person
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if lastlogin is not UNSET:
            field_dict["Lastlogin"] = lastlogin
        if lastlogout is not UNSET:
            field_dict["Lastlogout"] = lastlogout
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if request_signature is not UNSET:
            field_dict["RequestSignature"] = request_signature
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if is_person_retired is not UNSET:
            field_dict["IsPersonRetired"] = is_person_retired
        if is_on_travel is not UNSET:
            field_dict["IsOnTravel"] = is_on_travel
        if credentials is not UNSET:
            field_dict["Credentials"] = credentials
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if ticket_categories is not UNSET:
            field_dict["TicketCategories"] = ticket_categories
        if nick_name is not UNSET:
            field_dict["NickName"] = nick_name
        if waiting_for_approval is not UNSET:
            field_dict["WaitingForApproval"] = waiting_for_approval
        if extra_fields is not UNSET:
            field_dict["ExtraFields"] = extra_fields
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if post_save_commands is not UNSET:
            field_dict["PostSaveCommands"] = post_save_commands
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        associate_id = d.pop("AssociateId", UNSET)
        if not (
            associate_id is None
            or associate_id is UNSET
            or (isinstance(associate_id, (int,)) and not isinstance(associate_id, bool))
        ):
            raise TypeError(
                f"AssociateId: expected int | None, got {type(associate_id).__name__}"
            )

        name = d.pop("Name", UNSET)
        if not (name is None or name is UNSET or (isinstance(name, (str,)))):
            raise TypeError(f"Name: expected None | str, got {type(name).__name__}")

        rank = d.pop("Rank", UNSET)
        if not (
            rank is None
            or rank is UNSET
            or (isinstance(rank, (int,)) and not isinstance(rank, bool))
        ):
            raise TypeError(f"Rank: expected int | None, got {type(rank).__name__}")

        tooltip = d.pop("Tooltip", UNSET)
        if not (tooltip is None or tooltip is UNSET or (isinstance(tooltip, (str,)))):
            raise TypeError(
                f"Tooltip: expected None | str, got {type(tooltip).__name__}"
            )

        license_owners = d.pop("LicenseOwners", UNSET)
        if license_owners is not None and license_owners is not UNSET:
            try:
                if not isinstance(license_owners, list):
                    raise TypeError()
                license_owners_type_0 = []
                _license_owners_type_0 = license_owners
                for license_owners_type_0_item_data in _license_owners_type_0:
                    license_owners_type_0_item = LicenseOwner.from_dict(
                        license_owners_type_0_item_data
                    )

                    license_owners_type_0.append(license_owners_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"LicenseOwners: expected list[LicenseOwner] | None, got {type(license_owners).__name__}"
                ) from error
            license_owners = license_owners_type_0

        role = d.pop("Role", UNSET)
        if role is not None and role is not UNSET:
            try:
                if not isinstance(role, dict):
                    raise TypeError()
                role_type_0 = Role.from_dict(role)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Role: expected None | Role, got {type(role).__name__}"
                ) from error
            role = role_type_0

        user_group = d.pop("UserGroup", UNSET)
        if user_group is not None and user_group is not UNSET:
            try:
                if not isinstance(user_group, dict):
                    raise TypeError()
                user_group_type_0 = UserGroup.from_dict(user_group)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"UserGroup: expected None | UserGroup, got {type(user_group).__name__}"
                ) from error
            user_group = user_group_type_0

        other_groups = d.pop("OtherGroups", UNSET)
        if other_groups is not None and other_groups is not UNSET:
            try:
                if not isinstance(other_groups, list):
                    raise TypeError()
                other_groups_type_0 = []
                _other_groups_type_0 = other_groups
                for other_groups_type_0_item_data in _other_groups_type_0:
                    other_groups_type_0_item = UserGroup.from_dict(
                        other_groups_type_0_item_data
                    )

                    other_groups_type_0.append(other_groups_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"OtherGroups: expected list[UserGroup] | None, got {type(other_groups).__name__}"
                ) from error
            other_groups = other_groups_type_0

        person = d.pop("Person", UNSET)
        if person is not None and person is not UNSET:
            try:
                if not isinstance(person, dict):
                    raise TypeError()
                person_type_0 = Person.from_dict(person)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Person: expected None | Person, got {type(person).__name__}"
                ) from error
            person = person_type_0

        deleted = d.pop("Deleted", UNSET)
        if not (deleted is None or deleted is UNSET or (isinstance(deleted, (bool,)))):
            raise TypeError(
                f"Deleted: expected bool | None, got {type(deleted).__name__}"
            )

        lastlogin = d.pop("Lastlogin", UNSET)
        if lastlogin is not None and lastlogin is not UNSET:
            try:
                if not isinstance(lastlogin, str):
                    raise TypeError()
                lastlogin_type_0 = datetime.datetime.fromisoformat(lastlogin)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Lastlogin: expected datetime.datetime | None, got {type(lastlogin).__name__}"
                ) from error
            lastlogin = lastlogin_type_0

        lastlogout = d.pop("Lastlogout", UNSET)
        if lastlogout is not None and lastlogout is not UNSET:
            try:
                if not isinstance(lastlogout, str):
                    raise TypeError()
                lastlogout_type_0 = datetime.datetime.fromisoformat(lastlogout)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Lastlogout: expected datetime.datetime | None, got {type(lastlogout).__name__}"
                ) from error
            lastlogout = lastlogout_type_0

        ej_user_id = d.pop("EjUserId", UNSET)
        if not (
            ej_user_id is None
            or ej_user_id is UNSET
            or (isinstance(ej_user_id, (int,)) and not isinstance(ej_user_id, bool))
        ):
            raise TypeError(
                f"EjUserId: expected int | None, got {type(ej_user_id).__name__}"
            )

        request_signature = d.pop("RequestSignature", UNSET)
        if not (
            request_signature is None
            or request_signature is UNSET
            or (isinstance(request_signature, (str,)))
        ):
            raise TypeError(
                f"RequestSignature: expected None | str, got {type(request_signature).__name__}"
            )

        type_ = d.pop("Type", UNSET)
        if type_ is not None and type_ is not UNSET:

            def _parse_type_(data: object) -> None | str | Unset | UserType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = UserType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(None | str | Unset | UserType, data)
                raise TypeError(
                    f"Type: expected None | str | UserType, got {type(data).__name__}"
                ) from _error

            type_ = _parse_type_(type_)

        is_person_retired = d.pop("IsPersonRetired", UNSET)
        if not (
            is_person_retired is None
            or is_person_retired is UNSET
            or (isinstance(is_person_retired, (bool,)))
        ):
            raise TypeError(
                f"IsPersonRetired: expected bool | None, got {type(is_person_retired).__name__}"
            )

        is_on_travel = d.pop("IsOnTravel", UNSET)
        if not (
            is_on_travel is None
            or is_on_travel is UNSET
            or (isinstance(is_on_travel, (bool,)))
        ):
            raise TypeError(
                f"IsOnTravel: expected bool | None, got {type(is_on_travel).__name__}"
            )

        credentials = d.pop("Credentials", UNSET)
        if credentials is not None and credentials is not UNSET:
            try:
                if not isinstance(credentials, list):
                    raise TypeError()
                credentials_type_0 = []
                _credentials_type_0 = credentials
                for credentials_type_0_item_data in _credentials_type_0:
                    credentials_type_0_item = Credential.from_dict(
                        credentials_type_0_item_data
                    )

                    credentials_type_0.append(credentials_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Credentials: expected list[Credential] | None, got {type(credentials).__name__}"
                ) from error
            credentials = credentials_type_0

        user_name = d.pop("UserName", UNSET)
        if not (
            user_name is None or user_name is UNSET or (isinstance(user_name, (str,)))
        ):
            raise TypeError(
                f"UserName: expected None | str, got {type(user_name).__name__}"
            )

        ticket_categories = d.pop("TicketCategories", UNSET)
        if ticket_categories is not None and ticket_categories is not UNSET:
            try:
                if not isinstance(ticket_categories, list):
                    raise TypeError()
                ticket_categories_type_0 = []
                _ticket_categories_type_0 = ticket_categories
                for ticket_categories_type_0_item_data in _ticket_categories_type_0:
                    ticket_categories_type_0_item = MDOListItem.from_dict(
                        ticket_categories_type_0_item_data
                    )

                    ticket_categories_type_0.append(ticket_categories_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"TicketCategories: expected list[MDOListItem] | None, got {type(ticket_categories).__name__}"
                ) from error
            ticket_categories = ticket_categories_type_0

        nick_name = d.pop("NickName", UNSET)
        if not (
            nick_name is None or nick_name is UNSET or (isinstance(nick_name, (str,)))
        ):
            raise TypeError(
                f"NickName: expected None | str, got {type(nick_name).__name__}"
            )

        waiting_for_approval = d.pop("WaitingForApproval", UNSET)
        if not (
            waiting_for_approval is None
            or waiting_for_approval is UNSET
            or (isinstance(waiting_for_approval, (bool,)))
        ):
            raise TypeError(
                f"WaitingForApproval: expected bool | None, got {type(waiting_for_approval).__name__}"
            )

        extra_fields = d.pop("ExtraFields", UNSET)
        if extra_fields is not None and extra_fields is not UNSET:
            try:
                if not isinstance(extra_fields, dict):
                    raise TypeError()
                componentsschemas_nullable_string_dictionary_type_0 = (
                    StringDictionary.from_dict(extra_fields)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ExtraFields: expected None | StringDictionary, got {type(extra_fields).__name__}"
                ) from error
            extra_fields = componentsschemas_nullable_string_dictionary_type_0

        custom_fields = d.pop("CustomFields", UNSET)
        if custom_fields is not None and custom_fields is not UNSET:
            try:
                if not isinstance(custom_fields, dict):
                    raise TypeError()
                componentsschemas_nullable_string_dictionary_type_0 = (
                    StringDictionary.from_dict(custom_fields)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"CustomFields: expected None | StringDictionary, got {type(custom_fields).__name__}"
                ) from error
            custom_fields = componentsschemas_nullable_string_dictionary_type_0

        post_save_commands = d.pop("PostSaveCommands", UNSET)
        if post_save_commands is not None and post_save_commands is not UNSET:
            try:
                if not isinstance(post_save_commands, list):
                    raise TypeError()
                post_save_commands_type_0 = []
                _post_save_commands_type_0 = post_save_commands
                for post_save_commands_type_0_item_data in _post_save_commands_type_0:
                    post_save_commands_type_0_item = CustomCommand.from_dict(
                        post_save_commands_type_0_item_data
                    )

                    post_save_commands_type_0.append(post_save_commands_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"PostSaveCommands: expected list[CustomCommand] | None, got {type(post_save_commands).__name__}"
                ) from error
            post_save_commands = post_save_commands_type_0

        table_right = d.pop("TableRight", UNSET)
        if table_right is not None and table_right is not UNSET:
            try:
                if not isinstance(table_right, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    table_right
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"TableRight: expected None | TableRight, got {type(table_right).__name__}"
                ) from error
            table_right = componentsschemas_nullable_table_right_type_0

        field_properties = d.pop("FieldProperties", UNSET)
        if field_properties is not None and field_properties is not UNSET:
            try:
                if not isinstance(field_properties, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(field_properties)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FieldProperties: expected FieldProperties | None, got {type(field_properties).__name__}"
                ) from error
            field_properties = componentsschemas_nullable_field_properties_type_0

        user = cls(
            associate_id=associate_id,
            name=name,
            rank=rank,
            tooltip=tooltip,
            license_owners=license_owners,
            role=role,
            user_group=user_group,
            other_groups=other_groups,
            person=person,
            deleted=deleted,
            lastlogin=lastlogin,
            lastlogout=lastlogout,
            ej_user_id=ej_user_id,
            request_signature=request_signature,
            type_=type_,
            is_person_retired=is_person_retired,
            is_on_travel=is_on_travel,
            credentials=credentials,
            user_name=user_name,
            ticket_categories=ticket_categories,
            nick_name=nick_name,
            waiting_for_approval=waiting_for_approval,
            extra_fields=extra_fields,
            custom_fields=custom_fields,
            post_save_commands=post_save_commands,
            table_right=table_right,
            field_properties=field_properties,
        )

        user.additional_properties = d
        return user

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
