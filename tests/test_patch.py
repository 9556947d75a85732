"""The JSON Patch builder: paths checked against the User carrier, values made JSON."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from superoffice_async import InvalidArgumentError, UserType
from superoffice_async.models import Role
from superoffice_async.patch import UserPatch, http_date


def test_paths_are_spelled_as_in_the_spec() -> None:
    patch = (
        UserPatch()
        .replace("tooltip", "Lead")
        .add("/OTHERGROUPS/-", {"Id": 3})
        .remove("person/middlename")
        .test("Type", UserType.INTERNALASSOCIATE)
        .replace("CustomFields/SuperOffice:1", "x")
        .replace("Role", Role(id=2))
        .replace("OtherGroups/0/Value", "Sales")
    )
    assert [op.to_dict() for op in patch.operations] == [
        {"op": "replace", "path": "/Tooltip", "value": "Lead"},
        {"op": "add", "path": "/OtherGroups/-", "value": {"Id": 3}},
        {"op": "remove", "path": "/Person/MiddleName"},
        {"op": "test", "path": "/Type", "value": "InternalAssociate"},
        {"op": "replace", "path": "/CustomFields/SuperOffice:1", "value": "x"},
        {"op": "replace", "path": "/Role", "value": {"Id": 2}},
        {"op": "replace", "path": "/OtherGroups/0/Value", "value": "Sales"},
    ]
    assert len(patch) == 7


def test_null_values_are_sent() -> None:
    (operation,) = UserPatch().replace("Tooltip", None).operations
    assert operation.to_dict() == {"op": "replace", "path": "/Tooltip", "value": None}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("Tooltp", "closest: Tooltip"),
        ("Person/Frstname", "Person has no property 'Frstname'"),
        ("OtherGroups/first", "is an array; use an index or '-'"),
        ("Name/Length", "has no 'Length'"),
        ("", "non-empty"),
        ("/", "non-empty"),
    ],
)
def test_bad_paths_are_refused(path: str, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        UserPatch().replace(path, 1)


def test_empty_patch_and_bad_values_are_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="no operations"):
        _ = UserPatch().operations
    with pytest.raises(InvalidArgumentError, match="cannot be a"):
        UserPatch().replace("Tooltip", object())


def test_http_dates() -> None:
    assert http_date(datetime(2015, 10, 21, 7, 28, tzinfo=UTC)) == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert http_date(datetime(2015, 10, 21, 7, 28)) == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert http_date("Wed, 21 Oct 2015 07:28:00 GMT") == "Wed, 21 Oct 2015 07:28:00 GMT"
    with pytest.raises(InvalidArgumentError):
        http_date("yesterday")


async def test_update_sends_only_the_named_properties_as_a_patch() -> None:
    from superoffice_async import BasicAuth, SuperOfficeClient
    from superoffice_async.testing import Sandbox, SandboxServer

    with SandboxServer(Sandbox()) as server:
        async with SuperOfficeClient(server.url, auth=BasicAuth("tje0", "Tje0")) as so:
            before = await so.users.get(5)
            saved = await so.users.update(5, {"tooltip": "Lead", "Person/Firstname": "Ada"})
            assert (saved.tooltip, saved.person and saved.person.firstname) == ("Lead", "Ada")
            assert saved.user_name == before.user_name  # untouched, unlike a partial PUT
            with pytest.raises(InvalidArgumentError, match="User has no property 'Nope'"):
                await so.users.update(5, {"Nope": 1})
            with pytest.raises(InvalidArgumentError, match="non-empty mapping"):
                await so.users.update(5, {})
