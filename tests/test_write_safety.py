"""Writes that replace a whole entity are safe: PUT/Save* only of carriers read from the server
(or with replace=True), read-modify-write with conflict guards, typed AllUsers rows."""

from __future__ import annotations

import gc
import json

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import (
    AllUsersRow,
    ConflictError,
    InvalidArgumentError,
    PartialWriteError,
    SuperOfficeClient,
    UnknownColumnError,
    User,
    UserWithLinks,
)
from superoffice_async._generated.models import UserGroup
from superoffice_async.bulk import SaveUserByName, UpdateUser
from superoffice_async.patch import UserPatch
from superoffice_async.testing import SandboxServer
from superoffice_async.write_safety import diff_patch, mark_read, was_read

from .conftest import API


async def test_a_partial_put_is_refused_and_nothing_is_sent(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    calls = superoffice_sandbox.sandbox.calls
    with pytest.raises(PartialWriteError) as caught:
        await superoffice_client.users.put(5, User(tooltip="Lead"))
    assert caught.value.operation_id == "v1User_PutUser"
    assert isinstance(caught.value, InvalidArgumentError)
    message = str(caught.value)
    for hint in ("replaces the whole User", "users.modify", "users.update", "replace=True"):
        assert hint in message
    with pytest.raises(PartialWriteError, match="v1User_SaveUserFromName"):
        await superoffice_client.users.save_by_name("ann@example.com", User(nick_name="x"))
    with pytest.raises(PartialWriteError, match="v1UserAgent_SaveUser "):
        await superoffice_client.user_agent.save_user(User(associate_id=5, tooltip="Lead"))
    with pytest.raises(PartialWriteError, match="v1UserAgent_SaveUserFromName"):
        await superoffice_client.user_agent.save_user_from_name("x@example.com", User())
    assert calls["v1User_PutUser"] == 0
    assert calls["v1User_SaveUserFromName"] == 0
    assert calls["v1UserAgent_SaveUser"] == 0
    assert calls["v1UserAgent_SaveUserFromName"] == 0
    user = await superoffice_client.users.get(5)
    assert user.tooltip != "Lead"


async def test_get_then_put_is_read_modify_write_without_a_dict_round_trip(
    superoffice_client: SuperOfficeClient,
) -> None:
    users = superoffice_client.users
    user = await users.get(6)
    assert isinstance(user, UserWithLinks)
    assert user.field_links is not None  # _Links came with it ...
    user.tooltip = "changed after reading"
    saved = await users.put(6, user)
    assert saved.tooltip == "changed after reading"
    assert saved.user_name == user.user_name  # nothing blanked
    saved.rank = 3  # ... and the answer of a PUT is read from the server as well
    assert (await users.put(6, saved)).rank == 3


async def test_the_put_body_leaves_out_links(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    answer = {"AssociateId": 5, "Tooltip": "old", "_Links": {"Self": "x"}}
    httpx_mock.add_response(method="GET", url=f"{API}/User/5", json=answer)
    httpx_mock.add_response(method="PUT", url=f"{API}/User/5", json=answer)
    user = await client.users.get(5)
    user.tooltip = "new"
    await client.users.put(5, user)
    sent = httpx_mock.get_requests(method="PUT")[0]
    assert json.loads(sent.content) == {"AssociateId": 5, "Tooltip": "new"}


async def test_a_property_the_spec_does_not_name_survives_read_then_replace(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    answer = {
        "AssociateId": 5,
        "Tooltip": "old",
        "AddedLater": {"Level": 3},  # a newer server's property, at the top ...
        "Person": {"Firstname": "Ann", "PronounsAddedLater": "she"},  # ... and nested
        "OtherGroups": [{"Id": 2, "ColourAddedLater": "red"}],
    }
    httpx_mock.add_response(method="GET", url=f"{API}/User/5", json=answer)
    httpx_mock.add_response(method="PUT", url=f"{API}/User/5", json=answer)
    user = await client.users.get(5)
    assert user.additional_properties == {"AddedLater": {"Level": 3}}
    assert user.person is not None
    assert user.person["PronounsAddedLater"] == "she"
    user.tooltip = "new"
    saved = await client.users.put(5, user)  # PUT replaces the whole user
    sent = json.loads(httpx_mock.get_requests(method="PUT")[0].content)
    assert sent == {**answer, "Tooltip": "new"}  # nothing the server added was dropped
    assert saved["AddedLater"] == {"Level": 3}


async def test_a_selected_read_is_partial_and_a_copy_was_not_read(
    superoffice_client: SuperOfficeClient,
) -> None:
    users = superoffice_client.users
    narrowed = await users.get(7, select="Tooltip")
    with pytest.raises(PartialWriteError):
        await users.put(7, narrowed)
    complete = await users.get(7)
    assert was_read(complete)
    copy = UserWithLinks.from_dict(complete.to_dict())
    assert not was_read(copy)
    with pytest.raises(PartialWriteError):
        await users.put(7, copy)


def test_the_registry_forgets_carriers_that_are_gone() -> None:
    user = User(tooltip="x")
    mark_read([user, "not a carrier"])
    assert was_read(user)
    assert not was_read(User(tooltip="x"))  # identity, not equality
    from superoffice_async import write_safety

    key = id(user)
    assert key in write_safety._read
    del user
    gc.collect()  # (other carriers left by earlier tests may go too: only this one is checked)
    assert key not in write_safety._read


async def test_replace_true_sends_exactly_the_carrier(
    superoffice_client: SuperOfficeClient,
) -> None:
    users = superoffice_client.users
    saved = await users.put(8, User(tooltip="whole", user_name="whole@example.com"), replace=True)
    assert (saved.tooltip, saved.user_name) == ("whole", "whole@example.com")
    with pytest.raises(InvalidArgumentError, match="replace must be True or False"):
        await users.put(8, User(), replace="yes")  # type: ignore[arg-type]


async def test_defaults_and_creates_are_not_replaces(
    superoffice_client: SuperOfficeClient,
) -> None:
    agent = superoffice_client.user_agent
    default = await agent.create_default_user()  # counts as read: create from defaults
    default.user_name, default.name = "from.defaults@example.com", "FD"
    created = await agent.save_user(default)
    assert created.associate_id == 301
    again = await agent.save_user(User(user_name="id.zero@example.com"))  # no id: a create
    assert again.associate_id == 302
    typed = await agent.create_default_user_from_user_type_and_person_id("InternalAssociate", 302)
    typed.user_name = "typed@example.com"
    saved = await agent.save_user_from_name("typed@example.com", typed)
    assert saved is not None
    assert saved.user_name == "typed@example.com"
    created_user = await superoffice_client.users.create(User(user_name="post@example.com"))
    assert created_user.user_name == "post@example.com"  # POST creates: never refused


async def test_save_user_group_creates_at_id_zero_and_refuses_a_partial_group(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    url = f"{API}/Agents/User/SaveUserGroup"
    httpx_mock.add_response(method="POST", url=url, json={"Id": 9, "Value": "Sales"})
    created = await client.user_agent.save_user_group(UserGroup(id=0, value="Sales"))
    assert created.id == 9
    with pytest.raises(PartialWriteError, match="v1UserAgent_SaveUserGroup"):
        await client.user_agent.save_user_group(UserGroup(id=9, value="Renamed"))
    created.value = "Renamed"  # the answer was read: a rename of the whole group is fine
    httpx_mock.add_response(method="POST", url=url, json={"Id": 9, "Value": "Renamed"})
    assert (await client.user_agent.save_user_group(created)).value == "Renamed"
    assert len(httpx_mock.get_requests()) == 2


async def test_modify_patches_only_what_changed_with_guards(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    users = superoffice_client.users
    before = await users.get(9)
    assert before.person is not None

    def change(user: UserWithLinks) -> None:
        user.tooltip = "modified"
        assert user.person is not None
        user.person.firstname = "Renamed"

    saved = await users.modify(9, change)
    assert saved.tooltip == "modified"
    assert saved.person is not None
    assert (saved.person.firstname, saved.person.lastname) == ("Renamed", before.person.lastname)
    assert saved.user_name == before.user_name
    assert superoffice_sandbox.sandbox.calls["v1User_PatchUser"] == 1
    assert superoffice_sandbox.sandbox.calls["v1User_PutUser"] == 0


async def test_modify_sends_test_guards(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    current = {"AssociateId": 5, "Tooltip": "old", "Rank": 2, "Person": {"Firstname": "A"}}
    httpx_mock.add_response(method="GET", url=f"{API}/User/5", json=current)
    httpx_mock.add_response(method="PATCH", url=f"{API}/User/5", json=current)
    await client.users.modify(5, lambda u: User(tooltip="new"))  # a returned partial user
    sent = json.loads(httpx_mock.get_requests(method="PATCH")[0].content)
    assert sent == [
        {"op": "test", "path": "/Tooltip", "value": "old"},
        {"op": "replace", "path": "/Tooltip", "value": "new"},
    ]  # what the returned user leaves out is left alone, not removed


async def test_modify_conflict_raises_and_keeps_the_other_change(
    superoffice_client: SuperOfficeClient,
) -> None:
    users = superoffice_client.users

    async def race(user: UserWithLinks) -> None:
        await users.update(10, {"Tooltip": "theirs"})  # someone else, in between
        user.tooltip = "mine"

    with pytest.raises(ConflictError):
        await users.modify(10, race)
    assert (await users.get(10)).tooltip == "theirs"


async def test_modify_without_changes_sends_nothing(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    user = await superoffice_client.users.modify(11, lambda u: None)
    assert user.associate_id == 11
    assert superoffice_sandbox.sandbox.calls["v1User_PatchUser"] == 0
    with pytest.raises(InvalidArgumentError, match="change must return None or the changed"):
        await superoffice_client.users.modify(11, lambda u: "tooltip")  # type: ignore[arg-type,return-value]


async def test_bulk_update_and_save_merge_onto_what_was_read(
    superoffice_client: SuperOfficeClient,
) -> None:
    before = await superoffice_client.users.get(12)
    items = [
        UpdateUser(12, User(tooltip="bulk")),
        SaveUserByName("bulk.new@example.com", User(nick_name="new")),
    ]
    async with superoffice_client.bulk(items, concurrency=2) as run:
        outcomes = [outcome async for outcome in run]
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    after = await superoffice_client.users.get(12)
    assert (after.tooltip, after.user_name, after.person) == (
        "bulk",
        before.user_name,
        before.person,
    )
    found = await superoffice_client.user_agent.get_user_from_name("bulk.new@example.com")
    assert found is not None
    assert found.nick_name == "new"


async def test_list_rows_are_typed_and_select_is_checked(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    users = superoffice_client.users
    rows = [r async for r in users.list(select=["ASSOCIATEDBID", "fullname"], limit=3)]
    assert all(isinstance(r, AllUsersRow) for r in rows)
    assert [r.associate_db_id for r in rows] == [1, 2, 3]
    assert all(isinstance(r.full_name, str) for r in rows)
    assert set(rows[0].to_dict()) == {"PrimaryKey", "EntityName", "associateDbId", "fullName"}
    calls = superoffice_sandbox.sandbox.calls["v1User_GetAll"]
    with pytest.raises(UnknownColumnError) as caught:
        [r async for r in users.list(select="associateDbId,usrName")]
    assert caught.value.column == "usrName"
    assert caught.value.closest[0] == "userName"
    assert "AllUsers archive has no column 'usrName'; closest: userName" in str(caught.value)
    with pytest.raises(UnknownColumnError, match="closest: isActive"):
        await users.get_all(select="isActiv")
    assert superoffice_sandbox.sandbox.calls["v1User_GetAll"] == calls


def test_a_row_tolerates_missing_and_extra_columns() -> None:
    row = AllUsersRow.from_dict(
        {"associateDbId": 4, "userName": "u@example.com", "isActive": True, "PrimaryKey": 4}
    )
    assert (row.associate_db_id, row.user_name, row.is_active) == (4, "u@example.com", True)
    assert row["PrimaryKey"] == 4
    assert "fullName" not in row.to_dict()


def test_diff_patch_changes_array_items_by_index_guarded_by_their_identity() -> None:
    def owners(*assigned: bool) -> dict[str, object]:
        slots = [{"Name": f"m{i}", "Assigned": on, "Free": 3} for i, on in enumerate(assigned)]
        return {"LicenseOwners": [{"Name": "SuperOffice", "RestrictedModuleLicenses": slots}]}

    def sent(patch: UserPatch) -> list[dict[str, object]]:
        return [operation.to_dict() for operation in patch.operations]

    slot = "/LicenseOwners/0/RestrictedModuleLicenses/1"
    assert sent(diff_patch(owners(False, False), owners(False, True))) == [
        {"op": "test", "path": "/LicenseOwners/0/Name", "value": "SuperOffice"},
        {"op": "test", "path": f"{slot}/Name", "value": "m1"},
        {"op": "test", "path": f"{slot}/Assigned", "value": False},
        {"op": "replace", "path": f"{slot}/Assigned", "value": True},
    ]  # the other slots, and what else the user has, are left alone
    shorter = owners(True)  # the slots do not keep their place: that array whole, guarded
    lists = "/LicenseOwners/0/RestrictedModuleLicenses"
    assert [(o["op"], o["path"]) for o in sent(diff_patch(owners(False, False), shorter))] == [
        ("test", "/LicenseOwners/0/Name"),
        ("test", lists),
        ("replace", lists),
    ]


async def test_a_test_of_what_is_not_there_is_a_conflict(
    superoffice_client: SuperOfficeClient,
) -> None:
    users = superoffice_client.users
    gone = UserPatch().test("LicenseOwners/0/RestrictedModuleLicenses/99/Name", "m")
    with pytest.raises(ConflictError):  # an array that shrank since it was read
        await users.patch(5, gone.replace("Tooltip", "x"))
    assert (await users.get(5)).tooltip != "x"
