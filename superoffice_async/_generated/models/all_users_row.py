from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    Carrier,
)


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

    userplan: Any = None
    can_login: bool | None = None
    superoffice_system_user_cal: Any = None
    superoffice_visible_for: Any = None
    superoffice_superlicense_no_selection: Any = None
    superoffice_ten_sales: Any = None
    superoffice_ten_service: Any = None
    superoffice_ten_marketing: Any = None
    superoffice_ten_salesservicemarketing: Any = None
    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    full_name: str | None = None
    contact_id: int | None = None
    person_id: int | None = None
    mr_mrs: str | None = None
    title: str | None = None
    associate_db_id: int | None = None
    contact_name: str | None = None
    contact_department: str | None = None
    usergroup: str | None = None
    usergroup_id: int | None = None
    contact_full_name: str | None = None
    contact_category: str | None = None
    role: str | None = None
    assoc_name: str | None = None
    assoc_tooltip: str | None = None
    assoc_type: str | None = None
    ej_user_id: int | None = None
    simultaneous_ej_user: bool | None = None
    ej_display_name: str | None = None
    ej_status: int | None = None
    credential_type: Any = None
    credential_display_value: Any = None
    is_active: bool | None = None
    is_active_text: Any = None
    portrait_thumbnail: Any = None
    other_groups: Any = None
    user_name: str | None = None
    person_email: str | None = None
    location_address: str | None = None
    is_location: bool | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "userplan": "userplan",
        "can_login": "canLogin",
        "superoffice_system_user_cal": "superoffice_system-user-cal",
        "superoffice_visible_for": "superoffice_visible-for",
        "superoffice_superlicense_no_selection": "superoffice_superlicense-no-selection",
        "superoffice_ten_sales": "superoffice_ten-sales",
        "superoffice_ten_service": "superoffice_ten-service",
        "superoffice_ten_marketing": "superoffice_ten-marketing",
        "superoffice_ten_salesservicemarketing": "superoffice_ten-salesservicemarketing",
        "first_name": "firstName",
        "last_name": "lastName",
        "middle_name": "middleName",
        "full_name": "fullName",
        "contact_id": "contactId",
        "person_id": "personId",
        "mr_mrs": "mrMrs",
        "title": "title",
        "associate_db_id": "associateDbId",
        "contact_name": "contactName",
        "contact_department": "contactDepartment",
        "usergroup": "usergroup",
        "usergroup_id": "usergroupId",
        "contact_full_name": "contactFullName",
        "contact_category": "contactCategory",
        "role": "role",
        "assoc_name": "assocName",
        "assoc_tooltip": "assocTooltip",
        "assoc_type": "assocType",
        "ej_user_id": "ejUserId",
        "simultaneous_ej_user": "simultaneousEjUser",
        "ej_display_name": "ejDisplayName",
        "ej_status": "ejStatus",
        "credential_type": "credentialType",
        "credential_display_value": "credentialDisplayValue",
        "is_active": "isActive",
        "is_active_text": "isActiveText",
        "portrait_thumbnail": "portraitThumbnail",
        "other_groups": "otherGroups",
        "user_name": "userName",
        "person_email": "personEmail",
        "location_address": "locationAddress",
        "is_location": "isLocation",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        userplan: Any = NOT_SET,
        can_login: bool | None = NOT_SET,
        superoffice_system_user_cal: Any = NOT_SET,
        superoffice_visible_for: Any = NOT_SET,
        superoffice_superlicense_no_selection: Any = NOT_SET,
        superoffice_ten_sales: Any = NOT_SET,
        superoffice_ten_service: Any = NOT_SET,
        superoffice_ten_marketing: Any = NOT_SET,
        superoffice_ten_salesservicemarketing: Any = NOT_SET,
        first_name: str | None = NOT_SET,
        last_name: str | None = NOT_SET,
        middle_name: str | None = NOT_SET,
        full_name: str | None = NOT_SET,
        contact_id: int | None = NOT_SET,
        person_id: int | None = NOT_SET,
        mr_mrs: str | None = NOT_SET,
        title: str | None = NOT_SET,
        associate_db_id: int | None = NOT_SET,
        contact_name: str | None = NOT_SET,
        contact_department: str | None = NOT_SET,
        usergroup: str | None = NOT_SET,
        usergroup_id: int | None = NOT_SET,
        contact_full_name: str | None = NOT_SET,
        contact_category: str | None = NOT_SET,
        role: str | None = NOT_SET,
        assoc_name: str | None = NOT_SET,
        assoc_tooltip: str | None = NOT_SET,
        assoc_type: str | None = NOT_SET,
        ej_user_id: int | None = NOT_SET,
        simultaneous_ej_user: bool | None = NOT_SET,
        ej_display_name: str | None = NOT_SET,
        ej_status: int | None = NOT_SET,
        credential_type: Any = NOT_SET,
        credential_display_value: Any = NOT_SET,
        is_active: bool | None = NOT_SET,
        is_active_text: Any = NOT_SET,
        portrait_thumbnail: Any = NOT_SET,
        other_groups: Any = NOT_SET,
        user_name: str | None = NOT_SET,
        person_email: str | None = NOT_SET,
        location_address: str | None = NOT_SET,
        is_location: bool | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if userplan is not NOT_SET:
            d["userplan"] = userplan
        if can_login is not NOT_SET:
            d["can_login"] = can_login
        if superoffice_system_user_cal is not NOT_SET:
            d["superoffice_system_user_cal"] = superoffice_system_user_cal
        if superoffice_visible_for is not NOT_SET:
            d["superoffice_visible_for"] = superoffice_visible_for
        if superoffice_superlicense_no_selection is not NOT_SET:
            d["superoffice_superlicense_no_selection"] = (
                superoffice_superlicense_no_selection
            )
        if superoffice_ten_sales is not NOT_SET:
            d["superoffice_ten_sales"] = superoffice_ten_sales
        if superoffice_ten_service is not NOT_SET:
            d["superoffice_ten_service"] = superoffice_ten_service
        if superoffice_ten_marketing is not NOT_SET:
            d["superoffice_ten_marketing"] = superoffice_ten_marketing
        if superoffice_ten_salesservicemarketing is not NOT_SET:
            d["superoffice_ten_salesservicemarketing"] = (
                superoffice_ten_salesservicemarketing
            )
        if first_name is not NOT_SET:
            d["first_name"] = first_name
        if last_name is not NOT_SET:
            d["last_name"] = last_name
        if middle_name is not NOT_SET:
            d["middle_name"] = middle_name
        if full_name is not NOT_SET:
            d["full_name"] = full_name
        if contact_id is not NOT_SET:
            d["contact_id"] = contact_id
        if person_id is not NOT_SET:
            d["person_id"] = person_id
        if mr_mrs is not NOT_SET:
            d["mr_mrs"] = mr_mrs
        if title is not NOT_SET:
            d["title"] = title
        if associate_db_id is not NOT_SET:
            d["associate_db_id"] = associate_db_id
        if contact_name is not NOT_SET:
            d["contact_name"] = contact_name
        if contact_department is not NOT_SET:
            d["contact_department"] = contact_department
        if usergroup is not NOT_SET:
            d["usergroup"] = usergroup
        if usergroup_id is not NOT_SET:
            d["usergroup_id"] = usergroup_id
        if contact_full_name is not NOT_SET:
            d["contact_full_name"] = contact_full_name
        if contact_category is not NOT_SET:
            d["contact_category"] = contact_category
        if role is not NOT_SET:
            d["role"] = role
        if assoc_name is not NOT_SET:
            d["assoc_name"] = assoc_name
        if assoc_tooltip is not NOT_SET:
            d["assoc_tooltip"] = assoc_tooltip
        if assoc_type is not NOT_SET:
            d["assoc_type"] = assoc_type
        if ej_user_id is not NOT_SET:
            d["ej_user_id"] = ej_user_id
        if simultaneous_ej_user is not NOT_SET:
            d["simultaneous_ej_user"] = simultaneous_ej_user
        if ej_display_name is not NOT_SET:
            d["ej_display_name"] = ej_display_name
        if ej_status is not NOT_SET:
            d["ej_status"] = ej_status
        if credential_type is not NOT_SET:
            d["credential_type"] = credential_type
        if credential_display_value is not NOT_SET:
            d["credential_display_value"] = credential_display_value
        if is_active is not NOT_SET:
            d["is_active"] = is_active
        if is_active_text is not NOT_SET:
            d["is_active_text"] = is_active_text
        if portrait_thumbnail is not NOT_SET:
            d["portrait_thumbnail"] = portrait_thumbnail
        if other_groups is not NOT_SET:
            d["other_groups"] = other_groups
        if user_name is not NOT_SET:
            d["user_name"] = user_name
        if person_email is not NOT_SET:
            d["person_email"] = person_email
        if location_address is not NOT_SET:
            d["location_address"] = location_address
        if is_location is not NOT_SET:
            d["is_location"] = is_location

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
        if "userplan" in s:
            field_dict["userplan"] = s["userplan"]
        if "can_login" in s:
            field_dict["canLogin"] = s["can_login"]
        if "superoffice_system_user_cal" in s:
            field_dict["superoffice_system-user-cal"] = s["superoffice_system_user_cal"]
        if "superoffice_visible_for" in s:
            field_dict["superoffice_visible-for"] = s["superoffice_visible_for"]
        if "superoffice_superlicense_no_selection" in s:
            field_dict["superoffice_superlicense-no-selection"] = s[
                "superoffice_superlicense_no_selection"
            ]
        if "superoffice_ten_sales" in s:
            field_dict["superoffice_ten-sales"] = s["superoffice_ten_sales"]
        if "superoffice_ten_service" in s:
            field_dict["superoffice_ten-service"] = s["superoffice_ten_service"]
        if "superoffice_ten_marketing" in s:
            field_dict["superoffice_ten-marketing"] = s["superoffice_ten_marketing"]
        if "superoffice_ten_salesservicemarketing" in s:
            field_dict["superoffice_ten-salesservicemarketing"] = s[
                "superoffice_ten_salesservicemarketing"
            ]
        if "first_name" in s:
            field_dict["firstName"] = s["first_name"]
        if "last_name" in s:
            field_dict["lastName"] = s["last_name"]
        if "middle_name" in s:
            field_dict["middleName"] = s["middle_name"]
        if "full_name" in s:
            field_dict["fullName"] = s["full_name"]
        if "contact_id" in s:
            field_dict["contactId"] = s["contact_id"]
        if "person_id" in s:
            field_dict["personId"] = s["person_id"]
        if "mr_mrs" in s:
            field_dict["mrMrs"] = s["mr_mrs"]
        if "title" in s:
            field_dict["title"] = s["title"]
        if "associate_db_id" in s:
            field_dict["associateDbId"] = s["associate_db_id"]
        if "contact_name" in s:
            field_dict["contactName"] = s["contact_name"]
        if "contact_department" in s:
            field_dict["contactDepartment"] = s["contact_department"]
        if "usergroup" in s:
            field_dict["usergroup"] = s["usergroup"]
        if "usergroup_id" in s:
            field_dict["usergroupId"] = s["usergroup_id"]
        if "contact_full_name" in s:
            field_dict["contactFullName"] = s["contact_full_name"]
        if "contact_category" in s:
            field_dict["contactCategory"] = s["contact_category"]
        if "role" in s:
            field_dict["role"] = s["role"]
        if "assoc_name" in s:
            field_dict["assocName"] = s["assoc_name"]
        if "assoc_tooltip" in s:
            field_dict["assocTooltip"] = s["assoc_tooltip"]
        if "assoc_type" in s:
            field_dict["assocType"] = s["assoc_type"]
        if "ej_user_id" in s:
            field_dict["ejUserId"] = s["ej_user_id"]
        if "simultaneous_ej_user" in s:
            field_dict["simultaneousEjUser"] = s["simultaneous_ej_user"]
        if "ej_display_name" in s:
            field_dict["ejDisplayName"] = s["ej_display_name"]
        if "ej_status" in s:
            field_dict["ejStatus"] = s["ej_status"]
        if "credential_type" in s:
            field_dict["credentialType"] = s["credential_type"]
        if "credential_display_value" in s:
            field_dict["credentialDisplayValue"] = s["credential_display_value"]
        if "is_active" in s:
            field_dict["isActive"] = s["is_active"]
        if "is_active_text" in s:
            field_dict["isActiveText"] = s["is_active_text"]
        if "portrait_thumbnail" in s:
            field_dict["portraitThumbnail"] = s["portrait_thumbnail"]
        if "other_groups" in s:
            field_dict["otherGroups"] = s["other_groups"]
        if "user_name" in s:
            field_dict["userName"] = s["user_name"]
        if "person_email" in s:
            field_dict["personEmail"] = s["person_email"]
        if "location_address" in s:
            field_dict["locationAddress"] = s["location_address"]
        if "is_location" in s:
            field_dict["isLocation"] = s["is_location"]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("userplan", NOT_SET)
        if v is not NOT_SET:
            d["userplan"] = v

        v = g("canLogin", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"canLogin: expected bool | None, got {type(v).__name__}"
                    )
            d["can_login"] = v

        v = g("superoffice_system-user-cal", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_system_user_cal"] = v

        v = g("superoffice_visible-for", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_visible_for"] = v

        v = g("superoffice_superlicense-no-selection", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_superlicense_no_selection"] = v

        v = g("superoffice_ten-sales", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_ten_sales"] = v

        v = g("superoffice_ten-service", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_ten_service"] = v

        v = g("superoffice_ten-marketing", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_ten_marketing"] = v

        v = g("superoffice_ten-salesservicemarketing", NOT_SET)
        if v is not NOT_SET:
            d["superoffice_ten_salesservicemarketing"] = v

        v = g("firstName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"firstName: expected None | str, got {type(v).__name__}"
                    )
            d["first_name"] = v

        v = g("lastName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"lastName: expected None | str, got {type(v).__name__}"
                    )
            d["last_name"] = v

        v = g("middleName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"middleName: expected None | str, got {type(v).__name__}"
                    )
            d["middle_name"] = v

        v = g("fullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"fullName: expected None | str, got {type(v).__name__}"
                    )
            d["full_name"] = v

        v = g("contactId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"contactId: expected int | None, got {type(v).__name__}"
                    )
            d["contact_id"] = v

        v = g("personId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"personId: expected int | None, got {type(v).__name__}"
                    )
            d["person_id"] = v

        v = g("mrMrs", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"mrMrs: expected None | str, got {type(v).__name__}"
                    )
            d["mr_mrs"] = v

        v = g("title", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"title: expected None | str, got {type(v).__name__}"
                    )
            d["title"] = v

        v = g("associateDbId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"associateDbId: expected int | None, got {type(v).__name__}"
                    )
            d["associate_db_id"] = v

        v = g("contactName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"contactName: expected None | str, got {type(v).__name__}"
                    )
            d["contact_name"] = v

        v = g("contactDepartment", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"contactDepartment: expected None | str, got {type(v).__name__}"
                    )
            d["contact_department"] = v

        v = g("usergroup", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"usergroup: expected None | str, got {type(v).__name__}"
                    )
            d["usergroup"] = v

        v = g("usergroupId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"usergroupId: expected int | None, got {type(v).__name__}"
                    )
            d["usergroup_id"] = v

        v = g("contactFullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"contactFullName: expected None | str, got {type(v).__name__}"
                    )
            d["contact_full_name"] = v

        v = g("contactCategory", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"contactCategory: expected None | str, got {type(v).__name__}"
                    )
            d["contact_category"] = v

        v = g("role", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"role: expected None | str, got {type(v).__name__}"
                    )
            d["role"] = v

        v = g("assocName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"assocName: expected None | str, got {type(v).__name__}"
                    )
            d["assoc_name"] = v

        v = g("assocTooltip", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"assocTooltip: expected None | str, got {type(v).__name__}"
                    )
            d["assoc_tooltip"] = v

        v = g("assocType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"assocType: expected None | str, got {type(v).__name__}"
                    )
            d["assoc_type"] = v

        v = g("ejUserId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ejUserId: expected int | None, got {type(v).__name__}"
                    )
            d["ej_user_id"] = v

        v = g("simultaneousEjUser", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"simultaneousEjUser: expected bool | None, got {type(v).__name__}"
                    )
            d["simultaneous_ej_user"] = v

        v = g("ejDisplayName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ejDisplayName: expected None | str, got {type(v).__name__}"
                    )
            d["ej_display_name"] = v

        v = g("ejStatus", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ejStatus: expected int | None, got {type(v).__name__}"
                    )
            d["ej_status"] = v

        v = g("credentialType", NOT_SET)
        if v is not NOT_SET:
            d["credential_type"] = v

        v = g("credentialDisplayValue", NOT_SET)
        if v is not NOT_SET:
            d["credential_display_value"] = v

        v = g("isActive", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"isActive: expected bool | None, got {type(v).__name__}"
                    )
            d["is_active"] = v

        v = g("isActiveText", NOT_SET)
        if v is not NOT_SET:
            d["is_active_text"] = v

        v = g("portraitThumbnail", NOT_SET)
        if v is not NOT_SET:
            d["portrait_thumbnail"] = v

        v = g("otherGroups", NOT_SET)
        if v is not NOT_SET:
            d["other_groups"] = v

        v = g("userName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"userName: expected None | str, got {type(v).__name__}"
                    )
            d["user_name"] = v

        v = g("personEmail", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"personEmail: expected None | str, got {type(v).__name__}"
                    )
            d["person_email"] = v

        v = g("locationAddress", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"locationAddress: expected None | str, got {type(v).__name__}"
                    )
            d["location_address"] = v

        v = g("isLocation", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"isLocation: expected bool | None, got {type(v).__name__}"
                    )
            d["is_location"] = v

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
