from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_properties import FieldProperties
    from ..models.table_right import TableRight


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
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        mrmrs: None | str | Unset
        if isinstance(self.mrmrs, Unset):
            mrmrs = UNSET
        else:
            mrmrs = self.mrmrs

        firstname: None | str | Unset
        if isinstance(self.firstname, Unset):
            firstname = UNSET
        else:
            firstname = self.firstname

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        direct_phone: None | str | Unset
        if isinstance(self.direct_phone, Unset):
            direct_phone = UNSET
        else:
            direct_phone = self.direct_phone

        formal_name: None | str | Unset
        if isinstance(self.formal_name, Unset):
            formal_name = UNSET
        else:
            formal_name = self.formal_name

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        retired: int | None | Unset
        if isinstance(self.retired, Unset):
            retired = UNSET
        else:
            retired = self.retired

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        active_interests: int | None | Unset
        if isinstance(self.active_interests, Unset):
            active_interests = UNSET
        else:
            active_interests = self.active_interests

        contact_department: None | str | Unset
        if isinstance(self.contact_department, Unset):
            contact_department = UNSET
        else:
            contact_department = self.contact_department

        contact_country_id: int | None | Unset
        if isinstance(self.contact_country_id, Unset):
            contact_country_id = UNSET
        else:
            contact_country_id = self.contact_country_id

        contact_org_nr: None | str | Unset
        if isinstance(self.contact_org_nr, Unset):
            contact_org_nr = UNSET
        else:
            contact_org_nr = self.contact_org_nr

        fax_phone: None | str | Unset
        if isinstance(self.fax_phone, Unset):
            fax_phone = UNSET
        else:
            fax_phone = self.fax_phone

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        associate_name: None | str | Unset
        if isinstance(self.associate_name, Unset):
            associate_name = UNSET
        else:
            associate_name = self.associate_name

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        use_person_address: bool | None | Unset
        if isinstance(self.use_person_address, Unset):
            use_person_address = UNSET
        else:
            use_person_address = self.use_person_address

        contact_fax: None | str | Unset
        if isinstance(self.contact_fax, Unset):
            contact_fax = UNSET
        else:
            contact_fax = self.contact_fax

        kanafname: None | str | Unset
        if isinstance(self.kanafname, Unset):
            kanafname = UNSET
        else:
            kanafname = self.kanafname

        kanalname: None | str | Unset
        if isinstance(self.kanalname, Unset):
            kanalname = UNSET
        else:
            kanalname = self.kanalname

        post_1: None | str | Unset
        if isinstance(self.post_1, Unset):
            post_1 = UNSET
        else:
            post_1 = self.post_1

        post_2: None | str | Unset
        if isinstance(self.post_2, Unset):
            post_2 = UNSET
        else:
            post_2 = self.post_2

        post_3: None | str | Unset
        if isinstance(self.post_3, Unset):
            post_3 = UNSET
        else:
            post_3 = self.post_3

        email_name: None | str | Unset
        if isinstance(self.email_name, Unset):
            email_name = UNSET
        else:
            email_name = self.email_name

        contact_full_name: None | str | Unset
        if isinstance(self.contact_full_name, Unset):
            contact_full_name = UNSET
        else:
            contact_full_name = self.contact_full_name

        active_erp_links: int | None | Unset
        if isinstance(self.active_erp_links, Unset):
            active_erp_links = UNSET
        else:
            active_erp_links = self.active_erp_links

        ticket_priority_id: int | None | Unset
        if isinstance(self.ticket_priority_id, Unset):
            ticket_priority_id = UNSET
        else:
            ticket_priority_id = self.ticket_priority_id

        support_language_id: int | None | Unset
        if isinstance(self.support_language_id, Unset):
            support_language_id = UNSET
        else:
            support_language_id = self.support_language_id

        support_associate_id: int | None | Unset
        if isinstance(self.support_associate_id, Unset):
            support_associate_id = UNSET
        else:
            support_associate_id = self.support_associate_id

        category_name: None | str | Unset
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        person_number: None | str | Unset
        if isinstance(self.person_number, Unset):
            person_number = UNSET
        else:
            person_number = self.person_number

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
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        d = dict(src_dict)

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Position: expected None | str, got {type(data).__name__}"
            ) from _error

        position = _parse_position(d.pop("Position", UNSET))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"PersonId: expected int | None, got {type(data).__name__}"
            ) from _error

        person_id = _parse_person_id(d.pop("PersonId", UNSET))

        def _parse_mrmrs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Mrmrs: expected None | str, got {type(data).__name__}"
            ) from _error

        mrmrs = _parse_mrmrs(d.pop("Mrmrs", UNSET))

        def _parse_firstname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Firstname: expected None | str, got {type(data).__name__}"
            ) from _error

        firstname = _parse_firstname(d.pop("Firstname", UNSET))

        def _parse_lastname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Lastname: expected None | str, got {type(data).__name__}"
            ) from _error

        lastname = _parse_lastname(d.pop("Lastname", UNSET))

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"MiddleName: expected None | str, got {type(data).__name__}"
            ) from _error

        middle_name = _parse_middle_name(d.pop("MiddleName", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Title: expected None | str, got {type(data).__name__}"
            ) from _error

        title = _parse_title(d.pop("Title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Description: expected None | str, got {type(data).__name__}"
            ) from _error

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Email: expected None | str, got {type(data).__name__}"
            ) from _error

        email = _parse_email(d.pop("Email", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"FullName: expected None | str, got {type(data).__name__}"
            ) from _error

        full_name = _parse_full_name(d.pop("FullName", UNSET))

        def _parse_direct_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"DirectPhone: expected None | str, got {type(data).__name__}"
            ) from _error

        direct_phone = _parse_direct_phone(d.pop("DirectPhone", UNSET))

        def _parse_formal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"FormalName: expected None | str, got {type(data).__name__}"
            ) from _error

        formal_name = _parse_formal_name(d.pop("FormalName", UNSET))

        def _parse_country_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"CountryId: expected int | None, got {type(data).__name__}"
            ) from _error

        country_id = _parse_country_id(d.pop("CountryId", UNSET))

        def _parse_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ContactId: expected int | None, got {type(data).__name__}"
            ) from _error

        contact_id = _parse_contact_id(d.pop("ContactId", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ContactName: expected None | str, got {type(data).__name__}"
            ) from _error

        contact_name = _parse_contact_name(d.pop("ContactName", UNSET))

        def _parse_retired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"Retired: expected int | None, got {type(data).__name__}"
            ) from _error

        retired = _parse_retired(d.pop("Retired", UNSET))

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"Rank: expected int | None, got {type(data).__name__}"
            ) from _error

        rank = _parse_rank(d.pop("Rank", UNSET))

        def _parse_active_interests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ActiveInterests: expected int | None, got {type(data).__name__}"
            ) from _error

        active_interests = _parse_active_interests(d.pop("ActiveInterests", UNSET))

        def _parse_contact_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ContactDepartment: expected None | str, got {type(data).__name__}"
            ) from _error

        contact_department = _parse_contact_department(
            d.pop("ContactDepartment", UNSET)
        )

        def _parse_contact_country_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ContactCountryId: expected int | None, got {type(data).__name__}"
            ) from _error

        contact_country_id = _parse_contact_country_id(d.pop("ContactCountryId", UNSET))

        def _parse_contact_org_nr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ContactOrgNr: expected None | str, got {type(data).__name__}"
            ) from _error

        contact_org_nr = _parse_contact_org_nr(d.pop("ContactOrgNr", UNSET))

        def _parse_fax_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"FaxPhone: expected None | str, got {type(data).__name__}"
            ) from _error

        fax_phone = _parse_fax_phone(d.pop("FaxPhone", UNSET))

        def _parse_mobile_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"MobilePhone: expected None | str, got {type(data).__name__}"
            ) from _error

        mobile_phone = _parse_mobile_phone(d.pop("MobilePhone", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ContactPhone: expected None | str, got {type(data).__name__}"
            ) from _error

        contact_phone = _parse_contact_phone(d.pop("ContactPhone", UNSET))

        def _parse_associate_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"AssociateName: expected None | str, got {type(data).__name__}"
            ) from _error

        associate_name = _parse_associate_name(d.pop("AssociateName", UNSET))

        def _parse_associate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"AssociateId: expected int | None, got {type(data).__name__}"
            ) from _error

        associate_id = _parse_associate_id(d.pop("AssociateId", UNSET))

        def _parse_use_person_address(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"UsePersonAddress: expected bool | None, got {type(data).__name__}"
            ) from _error

        use_person_address = _parse_use_person_address(d.pop("UsePersonAddress", UNSET))

        def _parse_contact_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ContactFax: expected None | str, got {type(data).__name__}"
            ) from _error

        contact_fax = _parse_contact_fax(d.pop("ContactFax", UNSET))

        def _parse_kanafname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Kanafname: expected None | str, got {type(data).__name__}"
            ) from _error

        kanafname = _parse_kanafname(d.pop("Kanafname", UNSET))

        def _parse_kanalname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Kanalname: expected None | str, got {type(data).__name__}"
            ) from _error

        kanalname = _parse_kanalname(d.pop("Kanalname", UNSET))

        def _parse_post_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Post1: expected None | str, got {type(data).__name__}"
            ) from _error

        post_1 = _parse_post_1(d.pop("Post1", UNSET))

        def _parse_post_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Post2: expected None | str, got {type(data).__name__}"
            ) from _error

        post_2 = _parse_post_2(d.pop("Post2", UNSET))

        def _parse_post_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Post3: expected None | str, got {type(data).__name__}"
            ) from _error

        post_3 = _parse_post_3(d.pop("Post3", UNSET))

        def _parse_email_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"EmailName: expected None | str, got {type(data).__name__}"
            ) from _error

        email_name = _parse_email_name(d.pop("EmailName", UNSET))

        def _parse_contact_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ContactFullName: expected None | str, got {type(data).__name__}"
            ) from _error

        contact_full_name = _parse_contact_full_name(d.pop("ContactFullName", UNSET))

        def _parse_active_erp_links(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"ActiveErpLinks: expected int | None, got {type(data).__name__}"
            ) from _error

        active_erp_links = _parse_active_erp_links(d.pop("ActiveErpLinks", UNSET))

        def _parse_ticket_priority_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"TicketPriorityId: expected int | None, got {type(data).__name__}"
            ) from _error

        ticket_priority_id = _parse_ticket_priority_id(d.pop("TicketPriorityId", UNSET))

        def _parse_support_language_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"SupportLanguageId: expected int | None, got {type(data).__name__}"
            ) from _error

        support_language_id = _parse_support_language_id(
            d.pop("SupportLanguageId", UNSET)
        )

        def _parse_support_associate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (int,)) and not isinstance(data, bool):
                return cast(int | None | Unset, data)
            raise TypeError(
                f"SupportAssociateId: expected int | None, got {type(data).__name__}"
            ) from _error

        support_associate_id = _parse_support_associate_id(
            d.pop("SupportAssociateId", UNSET)
        )

        def _parse_category_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"CategoryName: expected None | str, got {type(data).__name__}"
            ) from _error

        category_name = _parse_category_name(d.pop("CategoryName", UNSET))

        def _parse_person_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"PersonNumber: expected None | str, got {type(data).__name__}"
            ) from _error

        person_number = _parse_person_number(d.pop("PersonNumber", UNSET))

        def _parse_table_right(data: object) -> None | TableRight | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    data
                )

                return componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"TableRight: expected None | TableRight, got {type(data).__name__}"
            ) from _error

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        def _parse_field_properties(data: object) -> FieldProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(data)
                )

                return componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"FieldProperties: expected FieldProperties | None, got {type(data).__name__}"
            ) from _error

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

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
