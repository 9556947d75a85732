from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllUsersRow")


@_attrs_define
class AllUsersRow:
    """One row of the "AllUsers" archive (GET User): its documented columns, each present only when selected (the default
    selection is the server's). Untyped columns are display values whose type the reference leaves open. Other keys
    (PrimaryKey, EntityName) are kept as additional properties.

        Attributes:
            userplan (Any | Unset): User plan: User plan (licence)
            can_login (bool | None | Unset): Can log in
            superoffice_system_user_cal (Any | Unset): System user: Allows log in to NetServer
            superoffice_visible_for (Any | Unset): Confidential activities: Enables the visible-for dropdown in the CRM
                client
            superoffice_superlicense_no_selection (Any | Unset): No Selection: User Plan: License Not in Use.
            superoffice_ten_sales (Any | Unset): Sales Premium: User Plan: Can edit Companies, Diary, Sales, Selections,
                Reports
            superoffice_ten_service (Any | Unset): Service Premium: User Plan: Can edit Requests
            superoffice_ten_marketing (Any | Unset): Marketing Premium: User Plan: Can send Mailings, Combined Selections
            superoffice_ten_salesservicemarketing (Any | Unset): SalesPremiumServicePremiumMarketingPremium: User Plan: Can
                edit sales, requests, mailings.
            first_name (None | str | Unset): First name: Displays the contact's first name
            last_name (None | str | Unset): Last name: Displays the contact's last name
            middle_name (None | str | Unset): Middle Name: Displays the contact's middle name
            full_name (None | str | Unset): Full name: Displays full name of user (first, middle, last - according to
                settings)
            contact_id (int | None | Unset): Company ID: Database ID of the company the user belongs to
            person_id (int | None | Unset): Contact ID: Database ID of the contact row
            mr_mrs (None | str | Unset): Mr/Ms: Displays whether the contact is addressed as Mr or Ms
            title (None | str | Unset): Title
            associate_db_id (int | None | Unset): ID: the user's associate id (the archive's primary key)
            contact_name (None | str | Unset): Owning company: Name of the company the user belongs to
            contact_department (None | str | Unset): Owning department: Name of the department at the company the user
                belongs to
            usergroup (None | str | Unset): Primary group: The user's primary user group
            usergroup_id (int | None | Unset): Group ID: The user's primary user group
            contact_full_name (None | str | Unset): Owner: Name and department of the company the user belongs to
            contact_category (None | str | Unset): Category
            role (None | str | Unset): Role
            assoc_name (None | str | Unset): User ID
            assoc_tooltip (None | str | Unset): Description
            assoc_type (None | str | Unset): Type of user: associate, external user, system user, anonymous account
            ej_user_id (int | None | Unset): Service user ID: The database ID of a Service user
            simultaneous_ej_user (bool | None | Unset): Simultaneous Service user: access only while the maximum number of
                simultaneous users is not exceeded
            ej_display_name (None | str | Unset): Nickname: User's nickname in Service
            ej_status (int | None | Unset): Service status: Normal; Unavailable / holiday; Deleted; Read-only
            credential_type (Any | Unset): Auth. type: What type of credentials to use when this user logs in
            credential_display_value (Any | Unset): Auth. value: Credential value (public, visible part) to be used when
                this user logs in
            is_active (bool | None | Unset): Active: Is this user active, and should be able to log in?
            is_active_text (Any | Unset): Active status: Is this user active, and should be able to log in?
            portrait_thumbnail (Any | Unset): Person image
            other_groups (Any | Unset): Other groups
            user_name (None | str | Unset): User name
            person_email (None | str | Unset): E-mail
            location_address (None | str | Unset): Location
            is_location (bool | None | Unset): Is a location
    """

    userplan: Any | Unset = UNSET
    can_login: bool | None | Unset = UNSET
    superoffice_system_user_cal: Any | Unset = UNSET
    superoffice_visible_for: Any | Unset = UNSET
    superoffice_superlicense_no_selection: Any | Unset = UNSET
    superoffice_ten_sales: Any | Unset = UNSET
    superoffice_ten_service: Any | Unset = UNSET
    superoffice_ten_marketing: Any | Unset = UNSET
    superoffice_ten_salesservicemarketing: Any | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    mr_mrs: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    associate_db_id: int | None | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_department: None | str | Unset = UNSET
    usergroup: None | str | Unset = UNSET
    usergroup_id: int | None | Unset = UNSET
    contact_full_name: None | str | Unset = UNSET
    contact_category: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    assoc_name: None | str | Unset = UNSET
    assoc_tooltip: None | str | Unset = UNSET
    assoc_type: None | str | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    simultaneous_ej_user: bool | None | Unset = UNSET
    ej_display_name: None | str | Unset = UNSET
    ej_status: int | None | Unset = UNSET
    credential_type: Any | Unset = UNSET
    credential_display_value: Any | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_active_text: Any | Unset = UNSET
    portrait_thumbnail: Any | Unset = UNSET
    other_groups: Any | Unset = UNSET
    user_name: None | str | Unset = UNSET
    person_email: None | str | Unset = UNSET
    location_address: None | str | Unset = UNSET
    is_location: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        userplan = self.userplan

        can_login: bool | None | Unset = self.can_login

        superoffice_system_user_cal = self.superoffice_system_user_cal

        superoffice_visible_for = self.superoffice_visible_for

        superoffice_superlicense_no_selection = (
            self.superoffice_superlicense_no_selection
        )

        superoffice_ten_sales = self.superoffice_ten_sales

        superoffice_ten_service = self.superoffice_ten_service

        superoffice_ten_marketing = self.superoffice_ten_marketing

        superoffice_ten_salesservicemarketing = (
            self.superoffice_ten_salesservicemarketing
        )

        first_name: None | str | Unset = self.first_name

        last_name: None | str | Unset = self.last_name

        middle_name: None | str | Unset = self.middle_name

        full_name: None | str | Unset = self.full_name

        contact_id: int | None | Unset = self.contact_id

        person_id: int | None | Unset = self.person_id

        mr_mrs: None | str | Unset = self.mr_mrs

        title: None | str | Unset = self.title

        associate_db_id: int | None | Unset = self.associate_db_id

        contact_name: None | str | Unset = self.contact_name

        contact_department: None | str | Unset = self.contact_department

        usergroup: None | str | Unset = self.usergroup

        usergroup_id: int | None | Unset = self.usergroup_id

        contact_full_name: None | str | Unset = self.contact_full_name

        contact_category: None | str | Unset = self.contact_category

        role: None | str | Unset = self.role

        assoc_name: None | str | Unset = self.assoc_name

        assoc_tooltip: None | str | Unset = self.assoc_tooltip

        assoc_type: None | str | Unset = self.assoc_type

        ej_user_id: int | None | Unset = self.ej_user_id

        simultaneous_ej_user: bool | None | Unset = self.simultaneous_ej_user

        ej_display_name: None | str | Unset = self.ej_display_name

        ej_status: int | None | Unset = self.ej_status

        credential_type = self.credential_type

        credential_display_value = self.credential_display_value

        is_active: bool | None | Unset = self.is_active

        is_active_text = self.is_active_text

        portrait_thumbnail = self.portrait_thumbnail

        other_groups = self.other_groups

        user_name: None | str | Unset = self.user_name

        person_email: None | str | Unset = self.person_email

        location_address: None | str | Unset = self.location_address

        is_location: bool | None | Unset = self.is_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if userplan is not UNSET:
            field_dict["userplan"] = userplan
        if can_login is not UNSET:
            field_dict["canLogin"] = can_login
        if superoffice_system_user_cal is not UNSET:
            field_dict["superoffice_system-user-cal"] = superoffice_system_user_cal
        if superoffice_visible_for is not UNSET:
            field_dict["superoffice_visible-for"] = superoffice_visible_for
        if superoffice_superlicense_no_selection is not UNSET:
            field_dict["superoffice_superlicense-no-selection"] = (
                superoffice_superlicense_no_selection
            )
        if superoffice_ten_sales is not UNSET:
            field_dict["superoffice_ten-sales"] = superoffice_ten_sales
        if superoffice_ten_service is not UNSET:
            field_dict["superoffice_ten-service"] = superoffice_ten_service
        if superoffice_ten_marketing is not UNSET:
            field_dict["superoffice_ten-marketing"] = superoffice_ten_marketing
        if superoffice_ten_salesservicemarketing is not UNSET:
            field_dict["superoffice_ten-salesservicemarketing"] = (
                superoffice_ten_salesservicemarketing
            )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if mr_mrs is not UNSET:
            field_dict["mrMrs"] = mr_mrs
        if title is not UNSET:
            field_dict["title"] = title
        if associate_db_id is not UNSET:
            field_dict["associateDbId"] = associate_db_id
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if contact_department is not UNSET:
            field_dict["contactDepartment"] = contact_department
        if usergroup is not UNSET:
            field_dict["usergroup"] = usergroup
        if usergroup_id is not UNSET:
            field_dict["usergroupId"] = usergroup_id
        if contact_full_name is not UNSET:
            field_dict["contactFullName"] = contact_full_name
        if contact_category is not UNSET:
            field_dict["contactCategory"] = contact_category
        if role is not UNSET:
            field_dict["role"] = role
        if assoc_name is not UNSET:
            field_dict["assocName"] = assoc_name
        if assoc_tooltip is not UNSET:
            field_dict["assocTooltip"] = assoc_tooltip
        if assoc_type is not UNSET:
            field_dict["assocType"] = assoc_type
        if ej_user_id is not UNSET:
            field_dict["ejUserId"] = ej_user_id
        if simultaneous_ej_user is not UNSET:
            field_dict["simultaneousEjUser"] = simultaneous_ej_user
        if ej_display_name is not UNSET:
            field_dict["ejDisplayName"] = ej_display_name
        if ej_status is not UNSET:
            field_dict["ejStatus"] = ej_status
        if credential_type is not UNSET:
            field_dict["credentialType"] = credential_type
        if credential_display_value is not UNSET:
            field_dict["credentialDisplayValue"] = credential_display_value
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if is_active_text is not UNSET:
            field_dict["isActiveText"] = is_active_text
        if portrait_thumbnail is not UNSET:
            field_dict["portraitThumbnail"] = portrait_thumbnail
        if other_groups is not UNSET:
            field_dict["otherGroups"] = other_groups
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if person_email is not UNSET:
            field_dict["personEmail"] = person_email
        if location_address is not UNSET:
            field_dict["locationAddress"] = location_address
        if is_location is not UNSET:
            field_dict["isLocation"] = is_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        userplan = d.pop("userplan", UNSET)

        can_login = d.pop("canLogin", UNSET)
        if not (
            can_login is None or can_login is UNSET or (isinstance(can_login, (bool,)))
        ):
            raise TypeError(
                f"canLogin: expected bool | None, got {type(can_login).__name__}"
            )

        superoffice_system_user_cal = d.pop("superoffice_system-user-cal", UNSET)

        superoffice_visible_for = d.pop("superoffice_visible-for", UNSET)

        superoffice_superlicense_no_selection = d.pop(
            "superoffice_superlicense-no-selection", UNSET
        )

        superoffice_ten_sales = d.pop("superoffice_ten-sales", UNSET)

        superoffice_ten_service = d.pop("superoffice_ten-service", UNSET)

        superoffice_ten_marketing = d.pop("superoffice_ten-marketing", UNSET)

        superoffice_ten_salesservicemarketing = d.pop(
            "superoffice_ten-salesservicemarketing", UNSET
        )

        first_name = d.pop("firstName", UNSET)
        if not (
            first_name is None
            or first_name is UNSET
            or (isinstance(first_name, (str,)))
        ):
            raise TypeError(
                f"firstName: expected None | str, got {type(first_name).__name__}"
            )

        last_name = d.pop("lastName", UNSET)
        if not (
            last_name is None or last_name is UNSET or (isinstance(last_name, (str,)))
        ):
            raise TypeError(
                f"lastName: expected None | str, got {type(last_name).__name__}"
            )

        middle_name = d.pop("middleName", UNSET)
        if not (
            middle_name is None
            or middle_name is UNSET
            or (isinstance(middle_name, (str,)))
        ):
            raise TypeError(
                f"middleName: expected None | str, got {type(middle_name).__name__}"
            )

        full_name = d.pop("fullName", UNSET)
        if not (
            full_name is None or full_name is UNSET or (isinstance(full_name, (str,)))
        ):
            raise TypeError(
                f"fullName: expected None | str, got {type(full_name).__name__}"
            )

        contact_id = d.pop("contactId", UNSET)
        if not (
            contact_id is None
            or contact_id is UNSET
            or (isinstance(contact_id, (int,)) and not isinstance(contact_id, bool))
        ):
            raise TypeError(
                f"contactId: expected int | None, got {type(contact_id).__name__}"
            )

        person_id = d.pop("personId", UNSET)
        if not (
            person_id is None
            or person_id is UNSET
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"personId: expected int | None, got {type(person_id).__name__}"
            )

        mr_mrs = d.pop("mrMrs", UNSET)
        if not (mr_mrs is None or mr_mrs is UNSET or (isinstance(mr_mrs, (str,)))):
            raise TypeError(f"mrMrs: expected None | str, got {type(mr_mrs).__name__}")

        title = d.pop("title", UNSET)
        if not (title is None or title is UNSET or (isinstance(title, (str,)))):
            raise TypeError(f"title: expected None | str, got {type(title).__name__}")

        associate_db_id = d.pop("associateDbId", UNSET)
        if not (
            associate_db_id is None
            or associate_db_id is UNSET
            or (
                isinstance(associate_db_id, (int,))
                and not isinstance(associate_db_id, bool)
            )
        ):
            raise TypeError(
                f"associateDbId: expected int | None, got {type(associate_db_id).__name__}"
            )

        contact_name = d.pop("contactName", UNSET)
        if not (
            contact_name is None
            or contact_name is UNSET
            or (isinstance(contact_name, (str,)))
        ):
            raise TypeError(
                f"contactName: expected None | str, got {type(contact_name).__name__}"
            )

        contact_department = d.pop("contactDepartment", UNSET)
        if not (
            contact_department is None
            or contact_department is UNSET
            or (isinstance(contact_department, (str,)))
        ):
            raise TypeError(
                f"contactDepartment: expected None | str, got {type(contact_department).__name__}"
            )

        usergroup = d.pop("usergroup", UNSET)
        if not (
            usergroup is None or usergroup is UNSET or (isinstance(usergroup, (str,)))
        ):
            raise TypeError(
                f"usergroup: expected None | str, got {type(usergroup).__name__}"
            )

        usergroup_id = d.pop("usergroupId", UNSET)
        if not (
            usergroup_id is None
            or usergroup_id is UNSET
            or (isinstance(usergroup_id, (int,)) and not isinstance(usergroup_id, bool))
        ):
            raise TypeError(
                f"usergroupId: expected int | None, got {type(usergroup_id).__name__}"
            )

        contact_full_name = d.pop("contactFullName", UNSET)
        if not (
            contact_full_name is None
            or contact_full_name is UNSET
            or (isinstance(contact_full_name, (str,)))
        ):
            raise TypeError(
                f"contactFullName: expected None | str, got {type(contact_full_name).__name__}"
            )

        contact_category = d.pop("contactCategory", UNSET)
        if not (
            contact_category is None
            or contact_category is UNSET
            or (isinstance(contact_category, (str,)))
        ):
            raise TypeError(
                f"contactCategory: expected None | str, got {type(contact_category).__name__}"
            )

        role = d.pop("role", UNSET)
        if not (role is None or role is UNSET or (isinstance(role, (str,)))):
            raise TypeError(f"role: expected None | str, got {type(role).__name__}")

        assoc_name = d.pop("assocName", UNSET)
        if not (
            assoc_name is None
            or assoc_name is UNSET
            or (isinstance(assoc_name, (str,)))
        ):
            raise TypeError(
                f"assocName: expected None | str, got {type(assoc_name).__name__}"
            )

        assoc_tooltip = d.pop("assocTooltip", UNSET)
        if not (
            assoc_tooltip is None
            or assoc_tooltip is UNSET
            or (isinstance(assoc_tooltip, (str,)))
        ):
            raise TypeError(
                f"assocTooltip: expected None | str, got {type(assoc_tooltip).__name__}"
            )

        assoc_type = d.pop("assocType", UNSET)
        if not (
            assoc_type is None
            or assoc_type is UNSET
            or (isinstance(assoc_type, (str,)))
        ):
            raise TypeError(
                f"assocType: expected None | str, got {type(assoc_type).__name__}"
            )

        ej_user_id = d.pop("ejUserId", UNSET)
        if not (
            ej_user_id is None
            or ej_user_id is UNSET
            or (isinstance(ej_user_id, (int,)) and not isinstance(ej_user_id, bool))
        ):
            raise TypeError(
                f"ejUserId: expected int | None, got {type(ej_user_id).__name__}"
            )

        simultaneous_ej_user = d.pop("simultaneousEjUser", UNSET)
        if not (
            simultaneous_ej_user is None
            or simultaneous_ej_user is UNSET
            or (isinstance(simultaneous_ej_user, (bool,)))
        ):
            raise TypeError(
                f"simultaneousEjUser: expected bool | None, got {type(simultaneous_ej_user).__name__}"
            )

        ej_display_name = d.pop("ejDisplayName", UNSET)
        if not (
            ej_display_name is None
            or ej_display_name is UNSET
            or (isinstance(ej_display_name, (str,)))
        ):
            raise TypeError(
                f"ejDisplayName: expected None | str, got {type(ej_display_name).__name__}"
            )

        ej_status = d.pop("ejStatus", UNSET)
        if not (
            ej_status is None
            or ej_status is UNSET
            or (isinstance(ej_status, (int,)) and not isinstance(ej_status, bool))
        ):
            raise TypeError(
                f"ejStatus: expected int | None, got {type(ej_status).__name__}"
            )

        credential_type = d.pop("credentialType", UNSET)

        credential_display_value = d.pop("credentialDisplayValue", UNSET)

        is_active = d.pop("isActive", UNSET)
        if not (
            is_active is None or is_active is UNSET or (isinstance(is_active, (bool,)))
        ):
            raise TypeError(
                f"isActive: expected bool | None, got {type(is_active).__name__}"
            )

        is_active_text = d.pop("isActiveText", UNSET)

        portrait_thumbnail = d.pop("portraitThumbnail", UNSET)

        other_groups = d.pop("otherGroups", UNSET)

        user_name = d.pop("userName", UNSET)
        if not (
            user_name is None or user_name is UNSET or (isinstance(user_name, (str,)))
        ):
            raise TypeError(
                f"userName: expected None | str, got {type(user_name).__name__}"
            )

        person_email = d.pop("personEmail", UNSET)
        if not (
            person_email is None
            or person_email is UNSET
            or (isinstance(person_email, (str,)))
        ):
            raise TypeError(
                f"personEmail: expected None | str, got {type(person_email).__name__}"
            )

        location_address = d.pop("locationAddress", UNSET)
        if not (
            location_address is None
            or location_address is UNSET
            or (isinstance(location_address, (str,)))
        ):
            raise TypeError(
                f"locationAddress: expected None | str, got {type(location_address).__name__}"
            )

        is_location = d.pop("isLocation", UNSET)
        if not (
            is_location is None
            or is_location is UNSET
            or (isinstance(is_location, (bool,)))
        ):
            raise TypeError(
                f"isLocation: expected bool | None, got {type(is_location).__name__}"
            )

        all_users_row = cls(
            userplan=userplan,
            can_login=can_login,
            superoffice_system_user_cal=superoffice_system_user_cal,
            superoffice_visible_for=superoffice_visible_for,
            superoffice_superlicense_no_selection=superoffice_superlicense_no_selection,
            superoffice_ten_sales=superoffice_ten_sales,
            superoffice_ten_service=superoffice_ten_service,
            superoffice_ten_marketing=superoffice_ten_marketing,
            superoffice_ten_salesservicemarketing=superoffice_ten_salesservicemarketing,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            full_name=full_name,
            contact_id=contact_id,
            person_id=person_id,
            mr_mrs=mr_mrs,
            title=title,
            associate_db_id=associate_db_id,
            contact_name=contact_name,
            contact_department=contact_department,
            usergroup=usergroup,
            usergroup_id=usergroup_id,
            contact_full_name=contact_full_name,
            contact_category=contact_category,
            role=role,
            assoc_name=assoc_name,
            assoc_tooltip=assoc_tooltip,
            assoc_type=assoc_type,
            ej_user_id=ej_user_id,
            simultaneous_ej_user=simultaneous_ej_user,
            ej_display_name=ej_display_name,
            ej_status=ej_status,
            credential_type=credential_type,
            credential_display_value=credential_display_value,
            is_active=is_active,
            is_active_text=is_active_text,
            portrait_thumbnail=portrait_thumbnail,
            other_groups=other_groups,
            user_name=user_name,
            person_email=person_email,
            location_address=location_address,
            is_location=is_location,
        )

        all_users_row.additional_properties = d
        return all_users_row

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
