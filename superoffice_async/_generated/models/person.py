from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """The person associated with a user (the Person carrier as embedded in User.Person).

    Attributes:
        position (None | str | Unset): The position. This is a predefined SuperOffice value, different from Title
        person_id (int | None | Unset): Primary key
        mrmrs (None | str | Unset): e.g. Mrs   sex_title
        firstname (None | str | Unset): First name
        lastname (None | str | Unset): Last name
        middle_name (None | str | Unset): Middle name or 'van' etc.
        title (None | str | Unset): Title
        description (None | str | Unset): Info text/description on person.
        email (None | str | Unset): First email on contact person.
        full_name (None | str | Unset): Get the persons full name (internal name used in clients for employees).
        direct_phone (None | str | Unset): Returns the direct phone that belong to the contact person.
        formal_name (None | str | Unset): Get formal name for a person, as used in labels. (Full name + person title +
            academic title)
        country_id (int | None | Unset): Country
        contact_id (int | None | Unset): Owning contact ID
        contact_name (None | str | Unset): The persons company name
        retired (int | None | Unset): 1 = the user is retired and should have no rights, not appear in lists, etc.
        rank (int | None | Unset): Display sort sequence for default sort order
        active_interests (int | None | Unset): Number of records in pintr table; select count(*) from pintr pi where
            pi.person_id = this.person_id == activeInterests is always true
        contact_department (None | str | Unset): The persons contact department
        contact_country_id (int | None | Unset): The persons contact country id
        contact_org_nr (None | str | Unset): The persons contact organization number
        fax_phone (None | str | Unset): Returns the fax phone that belong to the contact person.
        mobile_phone (None | str | Unset): Returns the mobile phone that belong to the contact person.
        contact_phone (None | str | Unset): Returns the direct phone that belong to the persons contact.
        associate_name (None | str | Unset): Name of the person's owner
        associate_id (int | None | Unset): Id of the item's owner (Associate id)
        use_person_address (bool | None | Unset): If 1, use person's address for mailing instead of company address
        contact_fax (None | str | Unset): Actual phone number as eneterd by the user
        kanafname (None | str | Unset): Kana first name, used in Japanese versions only
        kanalname (None | str | Unset): Kana last name, used in Japanese versions only
        post_1 (None | str | Unset): Postal address, used in Japanese versions only
        post_2 (None | str | Unset): Postal address, used in Japanese versions only
        post_3 (None | str | Unset): Postal address, used in Japanese versions only
        email_name (None | str | Unset): E-mail description
        contact_full_name (None | str | Unset): Company full name + department
        active_erp_links (int | None | Unset): How many active ERP links are there for this person?
        ticket_priority_id (int | None | Unset): Ticket priority ID
        support_language_id (int | None | Unset): Support priority ID
        support_associate_id (int | None | Unset): Our support contact for this person
        category_name (None | str | Unset): The category list item name
        person_number (None | str | Unset): Alphanumeric user field
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    position: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    mrmrs: None | str | Unset = UNSET
    firstname: None | str | Unset = UNSET
    lastname: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    direct_phone: None | str | Unset = UNSET
    formal_name: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    retired: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    active_interests: int | None | Unset = UNSET
    contact_department: None | str | Unset = UNSET
    contact_country_id: int | None | Unset = UNSET
    contact_org_nr: None | str | Unset = UNSET
    fax_phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    associate_name: None | str | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    use_person_address: bool | None | Unset = UNSET
    contact_fax: None | str | Unset = UNSET
    kanafname: None | str | Unset = UNSET
    kanalname: None | str | Unset = UNSET
    post_1: None | str | Unset = UNSET
    post_2: None | str | Unset = UNSET
    post_3: None | str | Unset = UNSET
    email_name: None | str | Unset = UNSET
    contact_full_name: None | str | Unset = UNSET
    active_erp_links: int | None | Unset = UNSET
    ticket_priority_id: int | None | Unset = UNSET
    support_language_id: int | None | Unset = UNSET
    support_associate_id: int | None | Unset = UNSET
    category_name: None | str | Unset = UNSET
    person_number: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: None | str | Unset = self.position

        person_id: int | None | Unset = self.person_id

        mrmrs: None | str | Unset = self.mrmrs

        firstname: None | str | Unset = self.firstname

        lastname: None | str | Unset = self.lastname

        middle_name: None | str | Unset = self.middle_name

        title: None | str | Unset = self.title

        description: None | str | Unset = self.description

        email: None | str | Unset = self.email

        full_name: None | str | Unset = self.full_name

        direct_phone: None | str | Unset = self.direct_phone

        formal_name: None | str | Unset = self.formal_name

        country_id: int | None | Unset = self.country_id

        contact_id: int | None | Unset = self.contact_id

        contact_name: None | str | Unset = self.contact_name

        retired: int | None | Unset = self.retired

        rank: int | None | Unset = self.rank

        active_interests: int | None | Unset = self.active_interests

        contact_department: None | str | Unset = self.contact_department

        contact_country_id: int | None | Unset = self.contact_country_id

        contact_org_nr: None | str | Unset = self.contact_org_nr

        fax_phone: None | str | Unset = self.fax_phone

        mobile_phone: None | str | Unset = self.mobile_phone

        contact_phone: None | str | Unset = self.contact_phone

        associate_name: None | str | Unset = self.associate_name

        associate_id: int | None | Unset = self.associate_id

        use_person_address: bool | None | Unset = self.use_person_address

        contact_fax: None | str | Unset = self.contact_fax

        kanafname: None | str | Unset = self.kanafname

        kanalname: None | str | Unset = self.kanalname

        post_1: None | str | Unset = self.post_1

        post_2: None | str | Unset = self.post_2

        post_3: None | str | Unset = self.post_3

        email_name: None | str | Unset = self.email_name

        contact_full_name: None | str | Unset = self.contact_full_name

        active_erp_links: int | None | Unset = self.active_erp_links

        ticket_priority_id: int | None | Unset = self.ticket_priority_id

        support_language_id: int | None | Unset = self.support_language_id

        support_associate_id: int | None | Unset = self.support_associate_id

        category_name: None | str | Unset = self.category_name

        person_number: None | str | Unset = self.person_number

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
        if position is not UNSET:
            field_dict["Position"] = position
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if mrmrs is not UNSET:
            field_dict["Mrmrs"] = mrmrs
        if firstname is not UNSET:
            field_dict["Firstname"] = firstname
        if lastname is not UNSET:
            field_dict["Lastname"] = lastname
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if email is not UNSET:
            field_dict["Email"] = email
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if direct_phone is not UNSET:
            field_dict["DirectPhone"] = direct_phone
        if formal_name is not UNSET:
            field_dict["FormalName"] = formal_name
        if country_id is not UNSET:
            field_dict["CountryId"] = country_id
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if retired is not UNSET:
            field_dict["Retired"] = retired
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if active_interests is not UNSET:
            field_dict["ActiveInterests"] = active_interests
        if contact_department is not UNSET:
            field_dict["ContactDepartment"] = contact_department
        if contact_country_id is not UNSET:
            field_dict["ContactCountryId"] = contact_country_id
        if contact_org_nr is not UNSET:
            field_dict["ContactOrgNr"] = contact_org_nr
        if fax_phone is not UNSET:
            field_dict["FaxPhone"] = fax_phone
        if mobile_phone is not UNSET:
            field_dict["MobilePhone"] = mobile_phone
        if contact_phone is not UNSET:
            field_dict["ContactPhone"] = contact_phone
        if associate_name is not UNSET:
            field_dict["AssociateName"] = associate_name
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if use_person_address is not UNSET:
            field_dict["UsePersonAddress"] = use_person_address
        if contact_fax is not UNSET:
            field_dict["ContactFax"] = contact_fax
        if kanafname is not UNSET:
            field_dict["Kanafname"] = kanafname
        if kanalname is not UNSET:
            field_dict["Kanalname"] = kanalname
        if post_1 is not UNSET:
            field_dict["Post1"] = post_1
        if post_2 is not UNSET:
            field_dict["Post2"] = post_2
        if post_3 is not UNSET:
            field_dict["Post3"] = post_3
        if email_name is not UNSET:
            field_dict["EmailName"] = email_name
        if contact_full_name is not UNSET:
            field_dict["ContactFullName"] = contact_full_name
        if active_erp_links is not UNSET:
            field_dict["ActiveErpLinks"] = active_erp_links
        if ticket_priority_id is not UNSET:
            field_dict["TicketPriorityId"] = ticket_priority_id
        if support_language_id is not UNSET:
            field_dict["SupportLanguageId"] = support_language_id
        if support_associate_id is not UNSET:
            field_dict["SupportAssociateId"] = support_associate_id
        if category_name is not UNSET:
            field_dict["CategoryName"] = category_name
        if person_number is not UNSET:
            field_dict["PersonNumber"] = person_number
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position = d.pop("Position", UNSET)
        if not (
            position is None or position is UNSET or (isinstance(position, (str,)))
        ):
            raise TypeError(
                f"Position: expected None | str, got {type(position).__name__}"
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

        mrmrs = d.pop("Mrmrs", UNSET)
        if not (mrmrs is None or mrmrs is UNSET or (isinstance(mrmrs, (str,)))):
            raise TypeError(f"Mrmrs: expected None | str, got {type(mrmrs).__name__}")

        firstname = d.pop("Firstname", UNSET)
        if not (
            firstname is None or firstname is UNSET or (isinstance(firstname, (str,)))
        ):
            raise TypeError(
                f"Firstname: expected None | str, got {type(firstname).__name__}"
            )

        lastname = d.pop("Lastname", UNSET)
        if not (
            lastname is None or lastname is UNSET or (isinstance(lastname, (str,)))
        ):
            raise TypeError(
                f"Lastname: expected None | str, got {type(lastname).__name__}"
            )

        middle_name = d.pop("MiddleName", UNSET)
        if not (
            middle_name is None
            or middle_name is UNSET
            or (isinstance(middle_name, (str,)))
        ):
            raise TypeError(
                f"MiddleName: expected None | str, got {type(middle_name).__name__}"
            )

        title = d.pop("Title", UNSET)
        if not (title is None or title is UNSET or (isinstance(title, (str,)))):
            raise TypeError(f"Title: expected None | str, got {type(title).__name__}")

        description = d.pop("Description", UNSET)
        if not (
            description is None
            or description is UNSET
            or (isinstance(description, (str,)))
        ):
            raise TypeError(
                f"Description: expected None | str, got {type(description).__name__}"
            )

        email = d.pop("Email", UNSET)
        if not (email is None or email is UNSET or (isinstance(email, (str,)))):
            raise TypeError(f"Email: expected None | str, got {type(email).__name__}")

        full_name = d.pop("FullName", UNSET)
        if not (
            full_name is None or full_name is UNSET or (isinstance(full_name, (str,)))
        ):
            raise TypeError(
                f"FullName: expected None | str, got {type(full_name).__name__}"
            )

        direct_phone = d.pop("DirectPhone", UNSET)
        if not (
            direct_phone is None
            or direct_phone is UNSET
            or (isinstance(direct_phone, (str,)))
        ):
            raise TypeError(
                f"DirectPhone: expected None | str, got {type(direct_phone).__name__}"
            )

        formal_name = d.pop("FormalName", UNSET)
        if not (
            formal_name is None
            or formal_name is UNSET
            or (isinstance(formal_name, (str,)))
        ):
            raise TypeError(
                f"FormalName: expected None | str, got {type(formal_name).__name__}"
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

        contact_id = d.pop("ContactId", UNSET)
        if not (
            contact_id is None
            or contact_id is UNSET
            or (isinstance(contact_id, (int,)) and not isinstance(contact_id, bool))
        ):
            raise TypeError(
                f"ContactId: expected int | None, got {type(contact_id).__name__}"
            )

        contact_name = d.pop("ContactName", UNSET)
        if not (
            contact_name is None
            or contact_name is UNSET
            or (isinstance(contact_name, (str,)))
        ):
            raise TypeError(
                f"ContactName: expected None | str, got {type(contact_name).__name__}"
            )

        retired = d.pop("Retired", UNSET)
        if not (
            retired is None
            or retired is UNSET
            or (isinstance(retired, (int,)) and not isinstance(retired, bool))
        ):
            raise TypeError(
                f"Retired: expected int | None, got {type(retired).__name__}"
            )

        rank = d.pop("Rank", UNSET)
        if not (
            rank is None
            or rank is UNSET
            or (isinstance(rank, (int,)) and not isinstance(rank, bool))
        ):
            raise TypeError(f"Rank: expected int | None, got {type(rank).__name__}")

        active_interests = d.pop("ActiveInterests", UNSET)
        if not (
            active_interests is None
            or active_interests is UNSET
            or (
                isinstance(active_interests, (int,))
                and not isinstance(active_interests, bool)
            )
        ):
            raise TypeError(
                f"ActiveInterests: expected int | None, got {type(active_interests).__name__}"
            )

        contact_department = d.pop("ContactDepartment", UNSET)
        if not (
            contact_department is None
            or contact_department is UNSET
            or (isinstance(contact_department, (str,)))
        ):
            raise TypeError(
                f"ContactDepartment: expected None | str, got {type(contact_department).__name__}"
            )

        contact_country_id = d.pop("ContactCountryId", UNSET)
        if not (
            contact_country_id is None
            or contact_country_id is UNSET
            or (
                isinstance(contact_country_id, (int,))
                and not isinstance(contact_country_id, bool)
            )
        ):
            raise TypeError(
                f"ContactCountryId: expected int | None, got {type(contact_country_id).__name__}"
            )

        contact_org_nr = d.pop("ContactOrgNr", UNSET)
        if not (
            contact_org_nr is None
            or contact_org_nr is UNSET
            or (isinstance(contact_org_nr, (str,)))
        ):
            raise TypeError(
                f"ContactOrgNr: expected None | str, got {type(contact_org_nr).__name__}"
            )

        fax_phone = d.pop("FaxPhone", UNSET)
        if not (
            fax_phone is None or fax_phone is UNSET or (isinstance(fax_phone, (str,)))
        ):
            raise TypeError(
                f"FaxPhone: expected None | str, got {type(fax_phone).__name__}"
            )

        mobile_phone = d.pop("MobilePhone", UNSET)
        if not (
            mobile_phone is None
            or mobile_phone is UNSET
            or (isinstance(mobile_phone, (str,)))
        ):
            raise TypeError(
                f"MobilePhone: expected None | str, got {type(mobile_phone).__name__}"
            )

        contact_phone = d.pop("ContactPhone", UNSET)
        if not (
            contact_phone is None
            or contact_phone is UNSET
            or (isinstance(contact_phone, (str,)))
        ):
            raise TypeError(
                f"ContactPhone: expected None | str, got {type(contact_phone).__name__}"
            )

        associate_name = d.pop("AssociateName", UNSET)
        if not (
            associate_name is None
            or associate_name is UNSET
            or (isinstance(associate_name, (str,)))
        ):
            raise TypeError(
                f"AssociateName: expected None | str, got {type(associate_name).__name__}"
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

        use_person_address = d.pop("UsePersonAddress", UNSET)
        if not (
            use_person_address is None
            or use_person_address is UNSET
            or (isinstance(use_person_address, (bool,)))
        ):
            raise TypeError(
                f"UsePersonAddress: expected bool | None, got {type(use_person_address).__name__}"
            )

        contact_fax = d.pop("ContactFax", UNSET)
        if not (
            contact_fax is None
            or contact_fax is UNSET
            or (isinstance(contact_fax, (str,)))
        ):
            raise TypeError(
                f"ContactFax: expected None | str, got {type(contact_fax).__name__}"
            )

        kanafname = d.pop("Kanafname", UNSET)
        if not (
            kanafname is None or kanafname is UNSET or (isinstance(kanafname, (str,)))
        ):
            raise TypeError(
                f"Kanafname: expected None | str, got {type(kanafname).__name__}"
            )

        kanalname = d.pop("Kanalname", UNSET)
        if not (
            kanalname is None or kanalname is UNSET or (isinstance(kanalname, (str,)))
        ):
            raise TypeError(
                f"Kanalname: expected None | str, got {type(kanalname).__name__}"
            )

        post_1 = d.pop("Post1", UNSET)
        if not (post_1 is None or post_1 is UNSET or (isinstance(post_1, (str,)))):
            raise TypeError(f"Post1: expected None | str, got {type(post_1).__name__}")

        post_2 = d.pop("Post2", UNSET)
        if not (post_2 is None or post_2 is UNSET or (isinstance(post_2, (str,)))):
            raise TypeError(f"Post2: expected None | str, got {type(post_2).__name__}")

        post_3 = d.pop("Post3", UNSET)
        if not (post_3 is None or post_3 is UNSET or (isinstance(post_3, (str,)))):
            raise TypeError(f"Post3: expected None | str, got {type(post_3).__name__}")

        email_name = d.pop("EmailName", UNSET)
        if not (
            email_name is None
            or email_name is UNSET
            or (isinstance(email_name, (str,)))
        ):
            raise TypeError(
                f"EmailName: expected None | str, got {type(email_name).__name__}"
            )

        contact_full_name = d.pop("ContactFullName", UNSET)
        if not (
            contact_full_name is None
            or contact_full_name is UNSET
            or (isinstance(contact_full_name, (str,)))
        ):
            raise TypeError(
                f"ContactFullName: expected None | str, got {type(contact_full_name).__name__}"
            )

        active_erp_links = d.pop("ActiveErpLinks", UNSET)
        if not (
            active_erp_links is None
            or active_erp_links is UNSET
            or (
                isinstance(active_erp_links, (int,))
                and not isinstance(active_erp_links, bool)
            )
        ):
            raise TypeError(
                f"ActiveErpLinks: expected int | None, got {type(active_erp_links).__name__}"
            )

        ticket_priority_id = d.pop("TicketPriorityId", UNSET)
        if not (
            ticket_priority_id is None
            or ticket_priority_id is UNSET
            or (
                isinstance(ticket_priority_id, (int,))
                and not isinstance(ticket_priority_id, bool)
            )
        ):
            raise TypeError(
                f"TicketPriorityId: expected int | None, got {type(ticket_priority_id).__name__}"
            )

        support_language_id = d.pop("SupportLanguageId", UNSET)
        if not (
            support_language_id is None
            or support_language_id is UNSET
            or (
                isinstance(support_language_id, (int,))
                and not isinstance(support_language_id, bool)
            )
        ):
            raise TypeError(
                f"SupportLanguageId: expected int | None, got {type(support_language_id).__name__}"
            )

        support_associate_id = d.pop("SupportAssociateId", UNSET)
        if not (
            support_associate_id is None
            or support_associate_id is UNSET
            or (
                isinstance(support_associate_id, (int,))
                and not isinstance(support_associate_id, bool)
            )
        ):
            raise TypeError(
                f"SupportAssociateId: expected int | None, got {type(support_associate_id).__name__}"
            )

        category_name = d.pop("CategoryName", UNSET)
        if not (
            category_name is None
            or category_name is UNSET
            or (isinstance(category_name, (str,)))
        ):
            raise TypeError(
                f"CategoryName: expected None | str, got {type(category_name).__name__}"
            )

        person_number = d.pop("PersonNumber", UNSET)
        if not (
            person_number is None
            or person_number is UNSET
            or (isinstance(person_number, (str,)))
        ):
            raise TypeError(
                f"PersonNumber: expected None | str, got {type(person_number).__name__}"
            )

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

        person = cls(
            position=position,
            person_id=person_id,
            mrmrs=mrmrs,
            firstname=firstname,
            lastname=lastname,
            middle_name=middle_name,
            title=title,
            description=description,
            email=email,
            full_name=full_name,
            direct_phone=direct_phone,
            formal_name=formal_name,
            country_id=country_id,
            contact_id=contact_id,
            contact_name=contact_name,
            retired=retired,
            rank=rank,
            active_interests=active_interests,
            contact_department=contact_department,
            contact_country_id=contact_country_id,
            contact_org_nr=contact_org_nr,
            fax_phone=fax_phone,
            mobile_phone=mobile_phone,
            contact_phone=contact_phone,
            associate_name=associate_name,
            associate_id=associate_id,
            use_person_address=use_person_address,
            contact_fax=contact_fax,
            kanafname=kanafname,
            kanalname=kanalname,
            post_1=post_1,
            post_2=post_2,
            post_3=post_3,
            email_name=email_name,
            contact_full_name=contact_full_name,
            active_erp_links=active_erp_links,
            ticket_priority_id=ticket_priority_id,
            support_language_id=support_language_id,
            support_associate_id=support_associate_id,
            category_name=category_name,
            person_number=person_number,
            table_right=table_right,
            field_properties=field_properties,
        )

        person.additional_properties = d
        return person

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


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
