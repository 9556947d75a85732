"""$select: typed paths, validation before sending, and nulled unselected fields."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import InvalidArgumentError, Select, SuperOfficeClient, User, fields
from superoffice_async._generated.spec_facts import CARRIER_PROPERTIES
from superoffice_async.models import Unset
from superoffice_async.select import select_param

from .conftest import API


def test_typed_paths() -> None:
    assert fields.User.Name == "Name"
    assert fields.User.Person.Firstname == "Person/Firstname"
    assert fields.User.OtherGroups.Value == "OtherGroups/Value"
    assert fields.UserWithLinks.Links == "_Links"
    select = Select(User, fields.User.Name, fields.User.Person.Firstname, fields.User.Role)
    assert str(select) == "Name,Person/Firstname,Role"
    assert select == Select("User", "name", "PERSON/firstname", "role")


def test_names_are_spelled_as_in_the_spec() -> None:
    assert select_param("name, person/firstName,tableright/MASK", "User") == (
        "Name,Person/Firstname,TableRight/Mask"
    )
    assert select_param(["associateid", "Type"], "UserWithLinks") == "AssociateId,Type"
    assert isinstance(select_param(None, "User"), Unset)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("Nmae", "User has no property 'Nmae'; closest: Name"),
        ("Person/Fristname", "Person has no property 'Fristname'; closest: Firstname"),
        ("UserName/Length", "UserName is not a carrier"),
        ("Name,", "non-empty"),
        ([1], "must be strings"),
        (42, "must be a Select, str or names"),
        (Select("Role", "Value"), "the Select is for Role"),
    ],
)
def test_bad_selects_are_refused(value: object, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        select_param(value, "User")  # type: ignore[arg-type]


def test_select_for_user_fits_user_with_links() -> None:
    assert select_param(Select(User, fields.User.Name), "UserWithLinks") == "Name"


def test_a_select_needs_a_known_carrier_and_a_path() -> None:
    with pytest.raises(InvalidArgumentError, match="not a carrier"):
        Select("Contact", "Name")
    with pytest.raises(InvalidArgumentError, match="at least one"):
        Select(User)


async def test_unselected_fields_come_back_as_none(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    answer: dict[str, object] = dict.fromkeys(CARRIER_PROPERTIES["UserWithLinks"])
    answer["Name"] = "LM"
    answer["Person"] = {"Firstname": "Lisa", "Lastname": None, "PersonId": None}
    httpx_mock.add_response(url=f"{API}/User/18?%24select=Name%2CPerson%2FFirstname", json=answer)
    user = await client.users.put(
        18,
        User(),
        select=Select(User, fields.User.Name, fields.User.Person.Firstname),
        replace=True,
    )
    assert user.name == "LM"
    assert user.person is not None
    assert user.person.firstname == "Lisa"
    assert user.person.lastname is None
    assert user.associate_id is None
    assert user.role is None
    assert user.lastlogin is None
    assert user.type_ is None
    assert user.field_links is None
