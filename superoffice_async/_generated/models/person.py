from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
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

    position: str | None = field(name="Position", default=NOT_SET)
    person_id: int | None = field(name="PersonId", default=NOT_SET)
    mrmrs: str | None = field(name="Mrmrs", default=NOT_SET)
    firstname: str | None = field(name="Firstname", default=NOT_SET)
    lastname: str | None = field(name="Lastname", default=NOT_SET)
    middle_name: str | None = field(name="MiddleName", default=NOT_SET)
    title: str | None = field(name="Title", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    email: str | None = field(name="Email", default=NOT_SET)
    full_name: str | None = field(name="FullName", default=NOT_SET)
    direct_phone: str | None = field(name="DirectPhone", default=NOT_SET)
    formal_name: str | None = field(name="FormalName", default=NOT_SET)
    country_id: int | None = field(name="CountryId", default=NOT_SET)
    contact_id: int | None = field(name="ContactId", default=NOT_SET)
    contact_name: str | None = field(name="ContactName", default=NOT_SET)
    retired: int | None = field(name="Retired", default=NOT_SET)
    rank: int | None = field(name="Rank", default=NOT_SET)
    active_interests: int | None = field(name="ActiveInterests", default=NOT_SET)
    contact_department: str | None = field(name="ContactDepartment", default=NOT_SET)
    contact_country_id: int | None = field(name="ContactCountryId", default=NOT_SET)
    contact_org_nr: str | None = field(name="ContactOrgNr", default=NOT_SET)
    fax_phone: str | None = field(name="FaxPhone", default=NOT_SET)
    mobile_phone: str | None = field(name="MobilePhone", default=NOT_SET)
    contact_phone: str | None = field(name="ContactPhone", default=NOT_SET)
    associate_name: str | None = field(name="AssociateName", default=NOT_SET)
    associate_id: int | None = field(name="AssociateId", default=NOT_SET)
    use_person_address: bool | None = field(name="UsePersonAddress", default=NOT_SET)
    contact_fax: str | None = field(name="ContactFax", default=NOT_SET)
    kanafname: str | None = field(name="Kanafname", default=NOT_SET)
    kanalname: str | None = field(name="Kanalname", default=NOT_SET)
    post_1: str | None = field(name="Post1", default=NOT_SET)
    post_2: str | None = field(name="Post2", default=NOT_SET)
    post_3: str | None = field(name="Post3", default=NOT_SET)
    email_name: str | None = field(name="EmailName", default=NOT_SET)
    contact_full_name: str | None = field(name="ContactFullName", default=NOT_SET)
    active_erp_links: int | None = field(name="ActiveErpLinks", default=NOT_SET)
    ticket_priority_id: int | None = field(name="TicketPriorityId", default=NOT_SET)
    support_language_id: int | None = field(name="SupportLanguageId", default=NOT_SET)
    support_associate_id: int | None = field(name="SupportAssociateId", default=NOT_SET)
    category_name: str | None = field(name="CategoryName", default=NOT_SET)
    person_number: str | None = field(name="PersonNumber", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
