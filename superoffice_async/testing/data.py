"""Seed data of the sandbox: realistic users, made the same way on every start."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from .carriers import table_right as _table_right, with_rights as _with_rights
from .state.licenses import Module

__all__ = [
    "CREDENTIAL_TYPE",
    "MODULES",
    "RETIRED_GROUPS",
    "ROLES",
    "ROLE_TYPES",
    "SEED_PASSWORD",
    "USER_GROUPS",
    "make_person",
    "make_user",
    "seed_persons",
    "seed_users",
]

Json = dict[str, Any]

_FIRST = [
    "Lisa",
    "Tony",
    "Anna",
    "Erik",
    "Maria",
    "Jonas",
    "Ingrid",
    "Ola",
    "Kari",
    "Lars",
    "Sofia",
    "Henrik",
    "Emma",
    "Nils",
    "Ida",
    "Magnus",
    "Astrid",
    "Sven",
    "Hanna",
    "Oskar",
    "Elin",
    "Per",
    "Nora",
    "Jan",
    "Sara",
    "Mats",
    "Linnea",
    "Knut",
    "Maja",
    "Arne",
]
_LAST = [
    "Martinez",
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Berg",
    "Lund",
    "Dahl",
    "Holm",
    "Strand",
    "Lie",
    "Moen",
    "Haugen",
    "Bakken",
    "Eriksen",
    "Jensen",
    "Karlsen",
    "Solberg",
    "Ruud",
    "Vik",
    "Aas",
    "Borg",
]
_POSITIONS = ("Sales Manager", "Consultant", "Support Agent", "Developer", "Account Executive")
_DEPARTMENTS = ("Sales", "Support", "Marketing", "Development", "Administration")

ROLES: tuple[Json, ...] = (
    {"Id": 1, "Value": "Administrator", "Tooltip": "Full access"},
    {"Id": 2, "Value": "Sales", "Tooltip": "Sales and contacts"},
    {"Id": 3, "Value": "Support", "Tooltip": "Customer service"},
    {"Id": 4, "Value": "Read only", "Tooltip": "May only read"},
    {"Id": 5, "Value": "Partner", "Tooltip": "External users of the customer portal"},
    {"Id": 6, "Value": "Integration", "Tooltip": "System users of integrations"},
)
ROLE_TYPES: dict[int, str] = {1: "Employee", 2: "Employee", 3: "Employee", 4: "Employee",
                              5: "ExternalUser", 6: "System"}  # fmt: skip
"""The RoleType of each role (GetAllRoles filters on it)."""
_EMPLOYEE_ROLES = ROLES[:4]
USER_GROUPS: tuple[Json, ...] = tuple(
    {"Id": i, "Value": name, "Tooltip": f"The {name} group", "Rank": i, "Deleted": False}
    for i, name in enumerate(_DEPARTMENTS, start=1)
)
RETIRED_GROUPS: tuple[Json, ...] = (
    {"Id": 6, "Value": "Former staff", "Tooltip": "No longer in use", "Rank": 6, "Deleted": True},
)
"""User groups that exist but can no longer be chosen (GetAllUserGroups IncludeDeleted)."""
CREDENTIAL_TYPE: Json = {
    "Type": "password",
    "Description": "SuperOffice is responsible for user name and password",
    "DisplayType": "Password",
    "ValueControl": "Password",
    "IsUserNameSupported": True,
    "CanCreatePerson": True,
}
MODULES: tuple[tuple[Module, float], ...] = (
    (Module(1, "SuperOffice", "ten-sales", "Sales Premium", 200), 0.6),
    (Module(2, "SuperOffice", "ten-service", "Service Premium", 100), 0.3),
    (Module(3, "SuperOffice", "ten-marketing", "Marketing Premium", 40), 0.1),
    (Module(4, "SuperOffice", "visible-for", "Confidential activities", 300), 0.8),
)
"""The module licenses, each with the share of seed users that hold it."""
SEED_PASSWORD = "Welcome-2026!"
"""Every seed user's password (the sandbox keeps only its hash)."""


def make_person(person_id: int, first: str, last: str, department: str, position: str) -> Json:
    """A Person carrier with all 43 properties."""
    email = f"{first.lower()}.{last.lower()}@example.com"
    return {
        "Position": position,
        "PersonId": person_id,
        "Mrmrs": "",
        "Firstname": first,
        "Lastname": last,
        "MiddleName": "",
        "Title": position,
        "Description": f"{position} in {department}",
        "Email": email,
        "FullName": f"{first} {last}",
        "DirectPhone": f"+47 22 00 {person_id % 100:02d} {person_id % 97:02d}",
        "FormalName": f"{first} {last}",
        "CountryId": 578,
        "ContactId": 1,
        "ContactName": "Example Corp",
        "Retired": 0,
        "Rank": 1,
        "ActiveInterests": 0,
        "ContactDepartment": department,
        "ContactCountryId": 578,
        "ContactOrgNr": "987654321",
        "FaxPhone": "",
        "MobilePhone": f"+47 900 {person_id:05d}",
        "ContactPhone": "+47 22 00 00 00",
        "AssociateName": f"{first[:1]}{last[:1]}".upper(),
        "AssociateId": person_id,
        "UsePersonAddress": False,
        "ContactFax": "",
        "Kanafname": "",
        "Kanalname": "",
        "Post1": "",
        "Post2": "",
        "Post3": "",
        "EmailName": f"{first} {last}",
        "ContactFullName": f"Example Corp {department}",
        "ActiveErpLinks": 0,
        "TicketPriorityId": 1,
        "SupportLanguageId": 1,
        "SupportAssociateId": 0,
        "CategoryName": "Employee",
        "PersonNumber": f"P{person_id:05d}",
        "TableRight": _table_right(),
        "FieldProperties": {},
    }


def make_user(associate_id: int, user_name: str, person: Json, rng: random.Random) -> Json:
    """A User carrier with all 27 properties."""
    group = rng.choice(USER_GROUPS)
    login = datetime(2026, 11, 1, 8, 0, tzinfo=UTC) + timedelta(minutes=rng.randrange(30000))
    initials = (person["Firstname"][:2] + person["Lastname"][:2]).upper()
    return {
        "AssociateId": associate_id,
        "Name": f"{initials}{associate_id}",
        "Rank": associate_id % 100,
        "Tooltip": person["Description"],
        "LicenseOwners": [
            _with_rights(
                {
                    "Name": "SuperOffice",
                    "Description": "SuperOffice module licenses",
                    "RestrictedModuleLicenses": [
                        _with_rights({"Name": module.name, "Assigned": rng.random() < share})
                        for module, share in MODULES
                    ],
                    "UnrestrictedModuleLicenses": [],
                }
            )
        ],
        "Role": _with_rights(dict(rng.choice(_EMPLOYEE_ROLES))),
        "UserGroup": _with_rights(dict(group)),
        "OtherGroups": [],
        "Person": person,
        "Deleted": False,
        "Lastlogin": login.isoformat(),
        "Lastlogout": (login + timedelta(hours=8)).isoformat(),
        "EjUserId": 0,
        "RequestSignature": "",
        "Type": "InternalAssociate",
        "IsPersonRetired": False,
        "IsOnTravel": False,
        "Credentials": [
            _with_rights(
                {
                    "Type": _with_rights(dict(CREDENTIAL_TYPE)),
                    "Value": SEED_PASSWORD,
                    "DisplayValue": user_name,
                }
            )
        ],
        "UserName": user_name,
        "TicketCategories": [],
        "NickName": initials,
        "WaitingForApproval": False,
        "ExtraFields": {},
        "CustomFields": {"SuperOffice:1": group["Value"]},
        "PostSaveCommands": [],
        "TableRight": _table_right(),
        "FieldProperties": {},
    }


def seed_users(count: int = 300, seed: int = 42) -> list[Json]:
    """``count`` users with ids 1..count; user names are e-mail addresses."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not security
    users = []
    for associate_id in range(1, count + 1):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        department, position = rng.choice(_DEPARTMENTS), rng.choice(_POSITIONS)
        person = make_person(associate_id, first, last, department, position)
        user_name = f"{first.lower()}.{last.lower()}{associate_id}@example.com"
        users.append(make_user(associate_id, user_name, person, rng))
    return users


def seed_persons(count: int = 20, first_id: int = 301, seed: int = 7) -> list[Json]:
    """``count`` persons without a user (new employees to provision), ids from ``first_id``."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not security
    persons = []
    for person_id in range(first_id, first_id + count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        department, position = rng.choice(_DEPARTMENTS), rng.choice(_POSITIONS)
        persons.append(make_person(person_id, first, last, department, position))
    return persons
