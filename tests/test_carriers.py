"""Carriers as a reader and a sender see them: None checks, what is sent, enums, repr."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import InvalidEnumValueError, SuperOfficeClient
from superoffice_async.calls.answer import describe_parse_error
from superoffice_async.models import Person, Role, User, UserGroup, UserType, UserWithLinks
from superoffice_async.testing.data import seed_users


def test_a_property_never_set_reads_none_and_is_not_sent() -> None:
    user = User(name="X")
    assert user.person is None
    assert user.fields_set == {"name"}
    assert user.to_dict() == {"Name": "X"}


def test_a_property_set_to_none_is_sent_as_null() -> None:
    user = User(name=None)
    user.rank = 3
    assert user.to_dict() == {"Name": None, "Rank": 3}
    assert user != User()
    del user.rank
    assert user.to_dict() == {"Name": None}


def test_a_parsed_carrier_sends_back_exactly_what_the_server_sent() -> None:
    sent = {"Name": None, "Rank": 3, "Person": {"Firstname": "Ann"}, "Future": [1]}
    user = User.from_dict(sent)
    assert user.name is None
    assert user.person is not None
    assert user.person.firstname == "Ann"
    assert user.person.lastname is None
    assert user.fields_set == {"name", "rank", "person"}
    assert user.additional_properties == {"Future": [1]}
    assert user.to_dict() == sent
    assert json.loads(user.to_json()) == sent


def test_every_seed_user_round_trips() -> None:
    for raw in seed_users(20):
        sent = User.from_dict(raw).to_dict()
        assert sent.keys() == raw.keys()
        for key, value in raw.items():
            if key in ("Lastlogin", "Lastlogout"):  # the same instant; UTC is written "Z"
                assert datetime.fromisoformat(sent[key]) == datetime.fromisoformat(value)
            else:
                assert sent[key] == value, key


def test_enum_members_use_python_names_and_keep_the_old_ones() -> None:
    assert UserType.INTERNAL_ASSOCIATE == "InternalAssociate"
    assert UserType.INTERNALASSOCIATE is UserType.INTERNAL_ASSOCIATE
    assert [m.name for m in UserType][:2] == ["ANONYMOUS_ASSOCIATE", "EXTERNAL_ASSOCIATE"]
    assert User.from_dict({"Type": "InternalAssociate"}).type_ is UserType.INTERNAL_ASSOCIATE


def test_an_unknown_enum_value_stays_readable_and_is_sent_back() -> None:
    user = User.from_dict({"Type": "RobotAssociate"})
    assert isinstance(user.type_, UserType)
    assert user.type_ == "RobotAssociate"
    assert user.type_.value == "RobotAssociate"
    assert not user.type_.is_known
    assert UserType.INTERNAL_ASSOCIATE.is_known
    assert user.type_ != UserType.INTERNAL_ASSOCIATE
    assert repr(user.type_) == "UserType('RobotAssociate')"
    assert user.to_dict() == {"Type": "RobotAssociate"}
    with pytest.raises(ValueError, match="RobotAssociate"):
        UserType("RobotAssociate")  # an explicit conversion still only takes listed values


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"Role": {"Id": True}}, "Role.Id: expected int | None, got bool"),
        ({"Rank": 1.5}, "Rank: expected int | None, got float"),
        ({"Deleted": 0}, "Deleted: expected bool | None, got int"),
        ({"Type": 1}, "Type: expected UserType (a string), got int"),
        ({"OtherGroups": [{"Id": "1"}]}, "OtherGroups[0].Id: expected int | None, got str"),
        ({"Lastlogin": "yesterday"}, "Lastlogin: expected an RFC 3339 date-time, got str"),
    ],
)
def test_a_wrong_typed_value_raises_naming_its_path(body: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError) as caught:
        User.from_dict(body)
    assert describe_parse_error(caught.value).startswith(message)


def test_repr_shows_only_what_is_set() -> None:
    assert repr(User(name="X")) == "User(name='X')"
    assert repr(User()) == "User()"
    nested = User(name="X", role=Role(id=1, value="Admin"), person=Person(firstname="Ann"))
    assert repr(nested) == "User(name='X', role=Role(id=1, ...), person=Person(firstname='Ann'))"


def test_the_seed_user_reads_at_a_glance() -> None:
    user = User.from_dict(seed_users(1)[0])
    text = repr(user)
    assert "\n" not in text
    assert len(text) <= 700  # a few lines of a terminal
    assert "Unset" not in text
    assert " at 0x" not in text
    lines = str(user).splitlines()
    assert lines[0] == "User"
    assert "  type_: UserType.INTERNAL_ASSOCIATE" in lines
    assert all(len(line) <= 240 for line in lines)


def test_carriers_pickle_and_compare() -> None:
    user = UserWithLinks.from_dict({"Name": "X", "_Links": {"Self": "u"}, "Odd": 1})
    assert pickle.loads(pickle.dumps(user)) == user  # noqa: S301 - our own bytes
    assert copy.copy(user) == user
    assert copy.copy(user).additional_properties == {"Odd": 1}
    assert user != UserWithLinks.from_dict({"Name": "X", "_Links": {"Self": "u"}})
    assert user.field_links is not None
    assert user.field_links["Self"] == "u"


def test_every_carrier_enum_and_error_is_exported_from_the_package() -> None:
    import superoffice_async
    import superoffice_async._generated.models as generated
    import superoffice_async.errors as errors

    wanted = set(generated.__all__)
    wanted |= {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type)
        and issubclass(value, BaseException)
        and value.__module__ == errors.__name__
    }
    assert wanted <= set(superoffice_async.__all__)
    for name in wanted:
        assert getattr(superoffice_async, name) is not None


async def test_an_enum_value_the_server_sent_can_be_sent_back(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"AssociateId": 5, "Type": "RobotAssociate"})
    httpx_mock.add_response(json={"AssociateId": 5, "Type": "RobotAssociate"})
    user = await client.user_agent.get_user(5)
    assert user is not None
    assert user.type_ is not None
    assert not user.type_.is_known
    assert user.type_ == "RobotAssociate"
    await client.user_agent.save_user(user)  # read from the server: sent back as it came
    sent = httpx_mock.get_requests()[-1]
    assert b'"Type":"RobotAssociate"' in sent.content
    typo = User(name="x")
    typo.type_ = "Employee"  # type: ignore[assignment]
    with pytest.raises(InvalidEnumValueError, match="Type"):
        await client.user_agent.save_user(typo)
    assert UserType.INTERNAL_ASSOCIATE.is_known
    assert len(httpx_mock.get_requests()) == 2


def test_unnamed_properties_a_caller_sets_are_sent_nested_too() -> None:
    group = UserGroup(id=2)
    group["ColourAddedLater"] = "red"
    user = User(name="X", other_groups=[group], person=Person(firstname="Ann"))
    assert user.person is not None
    user.person["PronounsAddedLater"] = "she"
    user["AddedLater"] = 1
    assert user.to_dict() == {
        "AddedLater": 1,
        "Name": "X",
        "OtherGroups": [{"ColourAddedLater": "red", "Id": 2}],
        "Person": {"PronounsAddedLater": "she", "Firstname": "Ann"},
    }
    assert User.from_dict(user.to_dict()) == user
    assert "AddedLater" in user
    del user["AddedLater"]
    assert "AddedLater" not in user.to_dict()
