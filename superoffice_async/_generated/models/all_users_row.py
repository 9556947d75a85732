from __future__ import annotations

from typing import Any

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class AllUsersRow(Carrier):
    """One row of the "AllUsers" archive (GET User): its documented columns, each present only when
    selected (the default selection is the server's). Untyped columns are display values whose
    type the reference leaves open. Other keys (PrimaryKey, EntityName) are kept as additional
    properties.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        userplan (Any): User plan: User plan (licence)
        can_login (bool | None): Can log in
        superoffice_system_user_cal (Any): System user: Allows log in to NetServer
        superoffice_visible_for (Any): Confidential activities: Enables the visible-for dropdown in the CRM client
        superoffice_superlicense_no_selection (Any): No Selection: User Plan: License Not in Use.
        superoffice_ten_sales (Any): Sales Premium: User Plan: Can edit Companies, Diary, Sales, Selections, Reports
        superoffice_ten_service (Any): Service Premium: User Plan: Can edit Requests
        superoffice_ten_marketing (Any): Marketing Premium: User Plan: Can send Mailings, Combined Selections
        superoffice_ten_salesservicemarketing (Any): SalesPremiumServicePremiumMarketingPremium: User Plan: Can edit sales, requests,
            mailings.
        first_name (str | None): First name: Displays the contact's first name
        last_name (str | None): Last name: Displays the contact's last name
        middle_name (str | None): Middle Name: Displays the contact's middle name
        full_name (str | None): Full name: Displays full name of user (first, middle, last - according to
            settings)
        contact_id (int | None): Company ID: Database ID of the company the user belongs to
        person_id (int | None): Contact ID: Database ID of the contact row
        mr_mrs (str | None): Mr/Ms: Displays whether the contact is addressed as Mr or Ms
        title (str | None): Title
        associate_db_id (int | None): ID: the user's associate id (the archive's primary key)
        contact_name (str | None): Owning company: Name of the company the user belongs to
        contact_department (str | None): Owning department: Name of the department at the company the user belongs to
        usergroup (str | None): Primary group: The user's primary user group
        usergroup_id (int | None): Group ID: The user's primary user group
        contact_full_name (str | None): Owner: Name and department of the company the user belongs to
        contact_category (str | None): Category
        role (str | None): Role
        assoc_name (str | None): User ID
        assoc_tooltip (str | None): Description
        assoc_type (str | None): Type of user: associate, external user, system user, anonymous account
        ej_user_id (int | None): Service user ID: The database ID of a Service user
        simultaneous_ej_user (bool | None): Simultaneous Service user: access only while the maximum number of simultaneous
            users is not exceeded
        ej_display_name (str | None): Nickname: User's nickname in Service
        ej_status (int | None): Service status: Normal; Unavailable / holiday; Deleted; Read-only
        credential_type (Any): Auth. type: What type of credentials to use when this user logs in
        credential_display_value (Any): Auth. value: Credential value (public, visible part) to be used when this user
            logs in
        is_active (bool | None): Active: Is this user active, and should be able to log in?
        is_active_text (Any): Active status: Is this user active, and should be able to log in?
        portrait_thumbnail (Any): Person image
        other_groups (Any): Other groups
        user_name (str | None): User name
        person_email (str | None): E-mail
        location_address (str | None): Location
        is_location (bool | None): Is a location
    """

    userplan: Any = field(name="userplan", default=NOT_SET)
    can_login: bool | None = field(name="canLogin", default=NOT_SET)
    superoffice_system_user_cal: Any = field(
        name="superoffice_system-user-cal", default=NOT_SET
    )
    superoffice_visible_for: Any = field(
        name="superoffice_visible-for", default=NOT_SET
    )
    superoffice_superlicense_no_selection: Any = field(
        name="superoffice_superlicense-no-selection", default=NOT_SET
    )
    superoffice_ten_sales: Any = field(name="superoffice_ten-sales", default=NOT_SET)
    superoffice_ten_service: Any = field(
        name="superoffice_ten-service", default=NOT_SET
    )
    superoffice_ten_marketing: Any = field(
        name="superoffice_ten-marketing", default=NOT_SET
    )
    superoffice_ten_salesservicemarketing: Any = field(
        name="superoffice_ten-salesservicemarketing", default=NOT_SET
    )
    first_name: str | None = field(name="firstName", default=NOT_SET)
    last_name: str | None = field(name="lastName", default=NOT_SET)
    middle_name: str | None = field(name="middleName", default=NOT_SET)
    full_name: str | None = field(name="fullName", default=NOT_SET)
    contact_id: int | None = field(name="contactId", default=NOT_SET)
    person_id: int | None = field(name="personId", default=NOT_SET)
    mr_mrs: str | None = field(name="mrMrs", default=NOT_SET)
    title: str | None = field(name="title", default=NOT_SET)
    associate_db_id: int | None = field(name="associateDbId", default=NOT_SET)
    contact_name: str | None = field(name="contactName", default=NOT_SET)
    contact_department: str | None = field(name="contactDepartment", default=NOT_SET)
    usergroup: str | None = field(name="usergroup", default=NOT_SET)
    usergroup_id: int | None = field(name="usergroupId", default=NOT_SET)
    contact_full_name: str | None = field(name="contactFullName", default=NOT_SET)
    contact_category: str | None = field(name="contactCategory", default=NOT_SET)
    role: str | None = field(name="role", default=NOT_SET)
    assoc_name: str | None = field(name="assocName", default=NOT_SET)
    assoc_tooltip: str | None = field(name="assocTooltip", default=NOT_SET)
    assoc_type: str | None = field(name="assocType", default=NOT_SET)
    ej_user_id: int | None = field(name="ejUserId", default=NOT_SET)
    simultaneous_ej_user: bool | None = field(
        name="simultaneousEjUser", default=NOT_SET
    )
    ej_display_name: str | None = field(name="ejDisplayName", default=NOT_SET)
    ej_status: int | None = field(name="ejStatus", default=NOT_SET)
    credential_type: Any = field(name="credentialType", default=NOT_SET)
    credential_display_value: Any = field(
        name="credentialDisplayValue", default=NOT_SET
    )
    is_active: bool | None = field(name="isActive", default=NOT_SET)
    is_active_text: Any = field(name="isActiveText", default=NOT_SET)
    portrait_thumbnail: Any = field(name="portraitThumbnail", default=NOT_SET)
    other_groups: Any = field(name="otherGroups", default=NOT_SET)
    user_name: str | None = field(name="userName", default=NOT_SET)
    person_email: str | None = field(name="personEmail", default=NOT_SET)
    location_address: str | None = field(name="locationAddress", default=NOT_SET)
    is_location: bool | None = field(name="isLocation", default=NOT_SET)
