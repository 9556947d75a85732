"""Strict on what is sent, tolerant on what is received: enum values outside the spec."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import (
    InvalidArgumentError,
    InvalidEnumValueError,
    SuperOfficeClient,
    User,
    UserType,
)
from superoffice_async._generated.models import CredentialType, Person, UserGroup
from superoffice_async.calls.arguments import check_enums

from .conftest import API

USER_TYPES = (
    "Unknown",
    "InternalAssociate",
    "ResourceAssociate",
    "ExternalAssociate",
    "AnonymousAssociate",
    "SystemAssociate",
)


async def test_a_carrier_with_an_unknown_enum_value_is_not_sent(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidEnumValueError) as caught:
        await client.users.create(User(type_="Employee"))
    error = caught.value
    assert (error.field, error.value, error.valid) == ("user.Type", "Employee", USER_TYPES)
    assert "user.Type must be one of Unknown, InternalAssociate" in str(error)
    assert isinstance(error, InvalidArgumentError)
    assert httpx_mock.get_requests() == []


async def test_a_bad_enum_argument_is_not_sent(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidEnumValueError) as caught:
        await client.user_agent.create_default_user_from_user_type("Employee")
    assert caught.value.field == "user_type"
    with pytest.raises(InvalidEnumValueError) as listed:
        await client.user_agent.change_user_type(User(), "employee")
    assert "got 'employee'" in str(listed.value)
    assert httpx_mock.get_requests() == []


def test_nested_carriers_and_lists_are_checked_with_their_path() -> None:
    with pytest.raises(InvalidEnumValueError) as caught:
        check_enums(
            "User",
            {"OtherGroups": [{"Id": 1}], "Credentials": [{"Type": {"ValueControl": "Slider"}}]},
            "user",
        )
    assert caught.value.field == "user.Credentials[0].Type.ValueControl"
    check_enums("User", {"Type": "SystemAssociate", "Person": {"Firstname": "A"}}, "user")


async def test_members_and_enum_instances_are_sent(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{API}/Agents/User/SaveUser", json={"AssociateId": 7})
    user = User(type_=UserType.RESOURCEASSOCIATE, person=Person(firstname="Ada"))
    saved = await client.user_agent.save_user(user)
    assert saved.associate_id == 7
    assert b'"Type":"ResourceAssociate"' in httpx_mock.get_requests()[0].content


async def test_unknown_values_received_are_kept(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{API}/Agents/User/GetUser?userId=5",
        json={"AssociateId": 5, "Type": "QuantumAssociate", "UserGroup": {"Id": 2}},
    )
    user = await client.user_agent.get_user(5)
    assert user is not None
    assert user.type_ == "QuantumAssociate"
    assert isinstance(user.user_group, UserGroup)
    httpx_mock.add_response(
        url=f"{API}/Agents/User/GetSupportedChangePasswordTypes",
        json=["Email", "CarrierPigeon"],
    )
    kinds = await client.user_agent.get_supported_change_password_types(5)
    assert [str(k) for k in kinds] == ["Email", "CarrierPigeon"]
    assert CredentialType.from_dict({"ValueControl": "Slider"}).value_control == "Slider"
