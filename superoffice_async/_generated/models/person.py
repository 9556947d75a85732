from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class Person(Carrier):
    """The person associated with a user (the Person carrier as embedded in User.Person).

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        position (str | None): The position. This is a predefined SuperOffice value, different from Title
        person_id (int | None): Primary key
        mrmrs (str | None): e.g. Mrs   sex_title
        firstname (str | None): First name
        lastname (str | None): Last name
        middle_name (str | None): Middle name or 'van' etc.
        title (str | None): Title
        description (str | None): Info text/description on person.
        email (str | None): First email on contact person.
        full_name (str | None): Get the persons full name (internal name used in clients for employees).
        direct_phone (str | None): Returns the direct phone that belong to the contact person.
        formal_name (str | None): Get formal name for a person, as used in labels. (Full name + person title +
            academic title)
        country_id (int | None): Country
        contact_id (int | None): Owning contact ID
        contact_name (str | None): The persons company name
        retired (int | None): 1 = the user is retired and should have no rights, not appear in lists, etc.
        rank (int | None): Display sort sequence for default sort order
        active_interests (int | None): Number of records in pintr table; select count(*) from pintr pi where
            pi.person_id = this.person_id == activeInterests is always true
        contact_department (str | None): The persons contact department
        contact_country_id (int | None): The persons contact country id
        contact_org_nr (str | None): The persons contact organization number
        fax_phone (str | None): Returns the fax phone that belong to the contact person.
        mobile_phone (str | None): Returns the mobile phone that belong to the contact person.
        contact_phone (str | None): Returns the direct phone that belong to the persons contact.
        associate_name (str | None): Name of the person's owner
        associate_id (int | None): Id of the item's owner (Associate id)
        use_person_address (bool | None): If 1, use person's address for mailing instead of company address
        contact_fax (str | None): Actual phone number as eneterd by the user
        kanafname (str | None): Kana first name, used in Japanese versions only
        kanalname (str | None): Kana last name, used in Japanese versions only
        post_1 (str | None): Postal address, used in Japanese versions only
        post_2 (str | None): Postal address, used in Japanese versions only
        post_3 (str | None): Postal address, used in Japanese versions only
        email_name (str | None): E-mail description
        contact_full_name (str | None): Company full name + department
        active_erp_links (int | None): How many active ERP links are there for this person?
        ticket_priority_id (int | None): Ticket priority ID
        support_language_id (int | None): Support priority ID
        support_associate_id (int | None): Our support contact for this person
        category_name (str | None): The category list item name
        person_number (str | None): Alphanumeric user field
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    position: str | None = None
    person_id: int | None = None
    mrmrs: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    middle_name: str | None = None
    title: str | None = None
    description: str | None = None
    email: str | None = None
    full_name: str | None = None
    direct_phone: str | None = None
    formal_name: str | None = None
    country_id: int | None = None
    contact_id: int | None = None
    contact_name: str | None = None
    retired: int | None = None
    rank: int | None = None
    active_interests: int | None = None
    contact_department: str | None = None
    contact_country_id: int | None = None
    contact_org_nr: str | None = None
    fax_phone: str | None = None
    mobile_phone: str | None = None
    contact_phone: str | None = None
    associate_name: str | None = None
    associate_id: int | None = None
    use_person_address: bool | None = None
    contact_fax: str | None = None
    kanafname: str | None = None
    kanalname: str | None = None
    post_1: str | None = None
    post_2: str | None = None
    post_3: str | None = None
    email_name: str | None = None
    contact_full_name: str | None = None
    active_erp_links: int | None = None
    ticket_priority_id: int | None = None
    support_language_id: int | None = None
    support_associate_id: int | None = None
    category_name: str | None = None
    person_number: str | None = None
    table_right: TableRight | None = None
    field_properties: FieldProperties | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "position": "Position",
        "person_id": "PersonId",
        "mrmrs": "Mrmrs",
        "firstname": "Firstname",
        "lastname": "Lastname",
        "middle_name": "MiddleName",
        "title": "Title",
        "description": "Description",
        "email": "Email",
        "full_name": "FullName",
        "direct_phone": "DirectPhone",
        "formal_name": "FormalName",
        "country_id": "CountryId",
        "contact_id": "ContactId",
        "contact_name": "ContactName",
        "retired": "Retired",
        "rank": "Rank",
        "active_interests": "ActiveInterests",
        "contact_department": "ContactDepartment",
        "contact_country_id": "ContactCountryId",
        "contact_org_nr": "ContactOrgNr",
        "fax_phone": "FaxPhone",
        "mobile_phone": "MobilePhone",
        "contact_phone": "ContactPhone",
        "associate_name": "AssociateName",
        "associate_id": "AssociateId",
        "use_person_address": "UsePersonAddress",
        "contact_fax": "ContactFax",
        "kanafname": "Kanafname",
        "kanalname": "Kanalname",
        "post_1": "Post1",
        "post_2": "Post2",
        "post_3": "Post3",
        "email_name": "EmailName",
        "contact_full_name": "ContactFullName",
        "active_erp_links": "ActiveErpLinks",
        "ticket_priority_id": "TicketPriorityId",
        "support_language_id": "SupportLanguageId",
        "support_associate_id": "SupportAssociateId",
        "category_name": "CategoryName",
        "person_number": "PersonNumber",
        "table_right": "TableRight",
        "field_properties": "FieldProperties",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        position: str | None = NOT_SET,
        person_id: int | None = NOT_SET,
        mrmrs: str | None = NOT_SET,
        firstname: str | None = NOT_SET,
        lastname: str | None = NOT_SET,
        middle_name: str | None = NOT_SET,
        title: str | None = NOT_SET,
        description: str | None = NOT_SET,
        email: str | None = NOT_SET,
        full_name: str | None = NOT_SET,
        direct_phone: str | None = NOT_SET,
        formal_name: str | None = NOT_SET,
        country_id: int | None = NOT_SET,
        contact_id: int | None = NOT_SET,
        contact_name: str | None = NOT_SET,
        retired: int | None = NOT_SET,
        rank: int | None = NOT_SET,
        active_interests: int | None = NOT_SET,
        contact_department: str | None = NOT_SET,
        contact_country_id: int | None = NOT_SET,
        contact_org_nr: str | None = NOT_SET,
        fax_phone: str | None = NOT_SET,
        mobile_phone: str | None = NOT_SET,
        contact_phone: str | None = NOT_SET,
        associate_name: str | None = NOT_SET,
        associate_id: int | None = NOT_SET,
        use_person_address: bool | None = NOT_SET,
        contact_fax: str | None = NOT_SET,
        kanafname: str | None = NOT_SET,
        kanalname: str | None = NOT_SET,
        post_1: str | None = NOT_SET,
        post_2: str | None = NOT_SET,
        post_3: str | None = NOT_SET,
        email_name: str | None = NOT_SET,
        contact_full_name: str | None = NOT_SET,
        active_erp_links: int | None = NOT_SET,
        ticket_priority_id: int | None = NOT_SET,
        support_language_id: int | None = NOT_SET,
        support_associate_id: int | None = NOT_SET,
        category_name: str | None = NOT_SET,
        person_number: str | None = NOT_SET,
        table_right: TableRight | None = NOT_SET,
        field_properties: FieldProperties | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if position is not NOT_SET:
            d["position"] = position
        if person_id is not NOT_SET:
            d["person_id"] = person_id
        if mrmrs is not NOT_SET:
            d["mrmrs"] = mrmrs
        if firstname is not NOT_SET:
            d["firstname"] = firstname
        if lastname is not NOT_SET:
            d["lastname"] = lastname
        if middle_name is not NOT_SET:
            d["middle_name"] = middle_name
        if title is not NOT_SET:
            d["title"] = title
        if description is not NOT_SET:
            d["description"] = description
        if email is not NOT_SET:
            d["email"] = email
        if full_name is not NOT_SET:
            d["full_name"] = full_name
        if direct_phone is not NOT_SET:
            d["direct_phone"] = direct_phone
        if formal_name is not NOT_SET:
            d["formal_name"] = formal_name
        if country_id is not NOT_SET:
            d["country_id"] = country_id
        if contact_id is not NOT_SET:
            d["contact_id"] = contact_id
        if contact_name is not NOT_SET:
            d["contact_name"] = contact_name
        if retired is not NOT_SET:
            d["retired"] = retired
        if rank is not NOT_SET:
            d["rank"] = rank
        if active_interests is not NOT_SET:
            d["active_interests"] = active_interests
        if contact_department is not NOT_SET:
            d["contact_department"] = contact_department
        if contact_country_id is not NOT_SET:
            d["contact_country_id"] = contact_country_id
        if contact_org_nr is not NOT_SET:
            d["contact_org_nr"] = contact_org_nr
        if fax_phone is not NOT_SET:
            d["fax_phone"] = fax_phone
        if mobile_phone is not NOT_SET:
            d["mobile_phone"] = mobile_phone
        if contact_phone is not NOT_SET:
            d["contact_phone"] = contact_phone
        if associate_name is not NOT_SET:
            d["associate_name"] = associate_name
        if associate_id is not NOT_SET:
            d["associate_id"] = associate_id
        if use_person_address is not NOT_SET:
            d["use_person_address"] = use_person_address
        if contact_fax is not NOT_SET:
            d["contact_fax"] = contact_fax
        if kanafname is not NOT_SET:
            d["kanafname"] = kanafname
        if kanalname is not NOT_SET:
            d["kanalname"] = kanalname
        if post_1 is not NOT_SET:
            d["post_1"] = post_1
        if post_2 is not NOT_SET:
            d["post_2"] = post_2
        if post_3 is not NOT_SET:
            d["post_3"] = post_3
        if email_name is not NOT_SET:
            d["email_name"] = email_name
        if contact_full_name is not NOT_SET:
            d["contact_full_name"] = contact_full_name
        if active_erp_links is not NOT_SET:
            d["active_erp_links"] = active_erp_links
        if ticket_priority_id is not NOT_SET:
            d["ticket_priority_id"] = ticket_priority_id
        if support_language_id is not NOT_SET:
            d["support_language_id"] = support_language_id
        if support_associate_id is not NOT_SET:
            d["support_associate_id"] = support_associate_id
        if category_name is not NOT_SET:
            d["category_name"] = category_name
        if person_number is not NOT_SET:
            d["person_number"] = person_number
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
        if "position" in s:
            field_dict["Position"] = s["position"]
        if "person_id" in s:
            field_dict["PersonId"] = s["person_id"]
        if "mrmrs" in s:
            field_dict["Mrmrs"] = s["mrmrs"]
        if "firstname" in s:
            field_dict["Firstname"] = s["firstname"]
        if "lastname" in s:
            field_dict["Lastname"] = s["lastname"]
        if "middle_name" in s:
            field_dict["MiddleName"] = s["middle_name"]
        if "title" in s:
            field_dict["Title"] = s["title"]
        if "description" in s:
            field_dict["Description"] = s["description"]
        if "email" in s:
            field_dict["Email"] = s["email"]
        if "full_name" in s:
            field_dict["FullName"] = s["full_name"]
        if "direct_phone" in s:
            field_dict["DirectPhone"] = s["direct_phone"]
        if "formal_name" in s:
            field_dict["FormalName"] = s["formal_name"]
        if "country_id" in s:
            field_dict["CountryId"] = s["country_id"]
        if "contact_id" in s:
            field_dict["ContactId"] = s["contact_id"]
        if "contact_name" in s:
            field_dict["ContactName"] = s["contact_name"]
        if "retired" in s:
            field_dict["Retired"] = s["retired"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "active_interests" in s:
            field_dict["ActiveInterests"] = s["active_interests"]
        if "contact_department" in s:
            field_dict["ContactDepartment"] = s["contact_department"]
        if "contact_country_id" in s:
            field_dict["ContactCountryId"] = s["contact_country_id"]
        if "contact_org_nr" in s:
            field_dict["ContactOrgNr"] = s["contact_org_nr"]
        if "fax_phone" in s:
            field_dict["FaxPhone"] = s["fax_phone"]
        if "mobile_phone" in s:
            field_dict["MobilePhone"] = s["mobile_phone"]
        if "contact_phone" in s:
            field_dict["ContactPhone"] = s["contact_phone"]
        if "associate_name" in s:
            field_dict["AssociateName"] = s["associate_name"]
        if "associate_id" in s:
            field_dict["AssociateId"] = s["associate_id"]
        if "use_person_address" in s:
            field_dict["UsePersonAddress"] = s["use_person_address"]
        if "contact_fax" in s:
            field_dict["ContactFax"] = s["contact_fax"]
        if "kanafname" in s:
            field_dict["Kanafname"] = s["kanafname"]
        if "kanalname" in s:
            field_dict["Kanalname"] = s["kanalname"]
        if "post_1" in s:
            field_dict["Post1"] = s["post_1"]
        if "post_2" in s:
            field_dict["Post2"] = s["post_2"]
        if "post_3" in s:
            field_dict["Post3"] = s["post_3"]
        if "email_name" in s:
            field_dict["EmailName"] = s["email_name"]
        if "contact_full_name" in s:
            field_dict["ContactFullName"] = s["contact_full_name"]
        if "active_erp_links" in s:
            field_dict["ActiveErpLinks"] = s["active_erp_links"]
        if "ticket_priority_id" in s:
            field_dict["TicketPriorityId"] = s["ticket_priority_id"]
        if "support_language_id" in s:
            field_dict["SupportLanguageId"] = s["support_language_id"]
        if "support_associate_id" in s:
            field_dict["SupportAssociateId"] = s["support_associate_id"]
        if "category_name" in s:
            field_dict["CategoryName"] = s["category_name"]
        if "person_number" in s:
            field_dict["PersonNumber"] = s["person_number"]
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
        v = g("Position", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Position: expected None | str, got {type(v).__name__}"
                    )
            d["position"] = v

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

        v = g("Mrmrs", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Mrmrs: expected None | str, got {type(v).__name__}"
                    )
            d["mrmrs"] = v

        v = g("Firstname", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Firstname: expected None | str, got {type(v).__name__}"
                    )
            d["firstname"] = v

        v = g("Lastname", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Lastname: expected None | str, got {type(v).__name__}"
                    )
            d["lastname"] = v

        v = g("MiddleName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"MiddleName: expected None | str, got {type(v).__name__}"
                    )
            d["middle_name"] = v

        v = g("Title", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Title: expected None | str, got {type(v).__name__}"
                    )
            d["title"] = v

        v = g("Description", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Description: expected None | str, got {type(v).__name__}"
                    )
            d["description"] = v

        v = g("Email", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Email: expected None | str, got {type(v).__name__}"
                    )
            d["email"] = v

        v = g("FullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FullName: expected None | str, got {type(v).__name__}"
                    )
            d["full_name"] = v

        v = g("DirectPhone", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"DirectPhone: expected None | str, got {type(v).__name__}"
                    )
            d["direct_phone"] = v

        v = g("FormalName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FormalName: expected None | str, got {type(v).__name__}"
                    )
            d["formal_name"] = v

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

        v = g("ContactName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ContactName: expected None | str, got {type(v).__name__}"
                    )
            d["contact_name"] = v

        v = g("Retired", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Retired: expected int | None, got {type(v).__name__}"
                    )
            d["retired"] = v

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

        v = g("ActiveInterests", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ActiveInterests: expected int | None, got {type(v).__name__}"
                    )
            d["active_interests"] = v

        v = g("ContactDepartment", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ContactDepartment: expected None | str, got {type(v).__name__}"
                    )
            d["contact_department"] = v

        v = g("ContactCountryId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ContactCountryId: expected int | None, got {type(v).__name__}"
                    )
            d["contact_country_id"] = v

        v = g("ContactOrgNr", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ContactOrgNr: expected None | str, got {type(v).__name__}"
                    )
            d["contact_org_nr"] = v

        v = g("FaxPhone", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FaxPhone: expected None | str, got {type(v).__name__}"
                    )
            d["fax_phone"] = v

        v = g("MobilePhone", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"MobilePhone: expected None | str, got {type(v).__name__}"
                    )
            d["mobile_phone"] = v

        v = g("ContactPhone", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ContactPhone: expected None | str, got {type(v).__name__}"
                    )
            d["contact_phone"] = v

        v = g("AssociateName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"AssociateName: expected None | str, got {type(v).__name__}"
                    )
            d["associate_name"] = v

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

        v = g("UsePersonAddress", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"UsePersonAddress: expected bool | None, got {type(v).__name__}"
                    )
            d["use_person_address"] = v

        v = g("ContactFax", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ContactFax: expected None | str, got {type(v).__name__}"
                    )
            d["contact_fax"] = v

        v = g("Kanafname", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Kanafname: expected None | str, got {type(v).__name__}"
                    )
            d["kanafname"] = v

        v = g("Kanalname", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Kanalname: expected None | str, got {type(v).__name__}"
                    )
            d["kanalname"] = v

        v = g("Post1", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Post1: expected None | str, got {type(v).__name__}"
                    )
            d["post_1"] = v

        v = g("Post2", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Post2: expected None | str, got {type(v).__name__}"
                    )
            d["post_2"] = v

        v = g("Post3", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Post3: expected None | str, got {type(v).__name__}"
                    )
            d["post_3"] = v

        v = g("EmailName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"EmailName: expected None | str, got {type(v).__name__}"
                    )
            d["email_name"] = v

        v = g("ContactFullName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ContactFullName: expected None | str, got {type(v).__name__}"
                    )
            d["contact_full_name"] = v

        v = g("ActiveErpLinks", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ActiveErpLinks: expected int | None, got {type(v).__name__}"
                    )
            d["active_erp_links"] = v

        v = g("TicketPriorityId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"TicketPriorityId: expected int | None, got {type(v).__name__}"
                    )
            d["ticket_priority_id"] = v

        v = g("SupportLanguageId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"SupportLanguageId: expected int | None, got {type(v).__name__}"
                    )
            d["support_language_id"] = v

        v = g("SupportAssociateId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"SupportAssociateId: expected int | None, got {type(v).__name__}"
                    )
            d["support_associate_id"] = v

        v = g("CategoryName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"CategoryName: expected None | str, got {type(v).__name__}"
                    )
            d["category_name"] = v

        v = g("PersonNumber", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"PersonNumber: expected None | str, got {type(v).__name__}"
                    )
            d["person_number"] = v

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
