"""The whole User surface against the sandbox, over real sockets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from superoffice_async import (
    AllUsersRow,
    APIStatusError,
    ConflictError,
    InvalidArgumentError,
    MisdirectedRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    ReadTimeoutError,
    ServerError,
    SuperOfficeClient,
    UnknownOperationError,
    User,
    UserType,
)
from superoffice_async.patch import UserPatch
from superoffice_async.testing import SandboxServer


async def test_list_pages_through_every_user(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    rows = [row async for row in superoffice_client.users.list(page_size=70)]
    assert all(isinstance(row, AllUsersRow) for row in rows)
    assert [row.associate_db_id for row in rows] == list(range(1, 301))
    assert superoffice_sandbox.sandbox.calls["v1User_GetAll"] == 5  # 70+70+70+70+20
    assert set(rows[0].to_dict()) >= {"PrimaryKey", "EntityName", "assocName", "fullName"}
    assert isinstance(rows[0].assoc_name, str)
    assert rows[0]["PrimaryKey"] == 1  # the row's keys beyond its columns stay readable


async def test_list_filters_orders_selects_and_stops_early(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    users = superoffice_client.users
    rows = [
        row
        async for row in users.list(
            select="associateDbId,firstName",
            filter="associateDbId gt 250 and firstName begins 'A'",
            order_by="associateDbId desc",
        )
    ]
    assert rows
    ids = [r.associate_db_id for r in rows if isinstance(r.associate_db_id, int)]
    assert len(ids) == len(rows)
    assert all(i > 250 for i in ids)
    assert all(isinstance(r.first_name, str) and r.first_name.startswith("A") for r in rows)
    assert ids == sorted(ids, reverse=True)
    assert set(rows[0].to_dict()) == {"PrimaryKey", "EntityName", "associateDbId", "firstName"}
    before = superoffice_sandbox.sandbox.calls["v1User_GetAll"]
    async for row in users.list(page_size=10):
        if row.associate_db_id == 15:
            break
    assert superoffice_sandbox.sandbox.calls["v1User_GetAll"] - before == 2
    limited = [row async for row in users.list(page_size=40, limit=45)]
    assert len(limited) == 45


async def test_list_refuses_bad_arguments(superoffice_client: SuperOfficeClient) -> None:
    with pytest.raises(InvalidArgumentError):
        superoffice_client.users.list(page_size=0)
    with pytest.raises(InvalidArgumentError):
        superoffice_client.users.list(limit=0)
    with pytest.raises(APIStatusError) as caught:
        [row async for row in superoffice_client.users.list(filter="nonsense ~ 1")]
    assert caught.value.status_code == 400


async def test_create_get_delete(superoffice_client: SuperOfficeClient) -> None:
    users = superoffice_client.users
    created = await users.create(User(name="NEW", user_name="new.user@example.com"))
    assert created.associate_id == 301
    fetched = await users.get(301, select="UserName")
    assert fetched.user_name == "new.user@example.com"
    assert fetched.name is None
    await users.delete(301)
    with pytest.raises(NotFoundError):
        await users.get(301)
    with pytest.raises(NotFoundError):
        await users.delete(301)


async def test_patch_is_atomic_and_guarded(superoffice_client: SuperOfficeClient) -> None:
    users = superoffice_client.users
    patched = await users.patch(
        12, UserPatch().replace("tooltip", "Team lead").add("CustomFields/SuperOffice:2", "x")
    )
    assert patched.tooltip == "Team lead"
    assert patched.custom_fields is not None
    assert patched.custom_fields["SuperOffice:2"] == "x"
    with pytest.raises(ConflictError):
        await users.patch(12, UserPatch().replace("Tooltip", "Other").test("Tooltip", "wrong"))
    assert (await users.get(12)).tooltip == "Team lead"  # nothing of the failed patch applied
    past = datetime.now(UTC) - timedelta(days=1)
    with pytest.raises(PreconditionFailedError):
        await users.patch(12, UserPatch().replace("Tooltip", "late"), if_unmodified_since=past)
    future = datetime.now(UTC) + timedelta(days=1)
    ok = await users.patch(
        12, UserPatch().replace("Tooltip", "on time"), if_unmodified_since=future
    )
    assert ok.tooltip == "on time"
    with pytest.raises(InvalidArgumentError, match="closest: Tooltip"):
        UserPatch().replace("Tooltp", "x")


async def test_commands_credential_types_default_validate(
    superoffice_client: SuperOfficeClient,
) -> None:
    users = superoffice_client.users
    commands = await users.get_commands(3)
    assert {c.name for c in commands} == {"Ping", "SendWelcomeMail", "Approve"}
    with pytest.raises(NotFoundError):
        await users.get_commands(99_999)
    (kind,) = await users.credential_types()
    assert kind.type_ == "password"
    default = await users.default(user_type=UserType.SYSTEMASSOCIATE, person_id=0)
    assert (default.associate_id, default.type_) == (0, UserType.SYSTEMASSOCIATE)
    existing = await users.get(3)
    problems = await users.validate(User(user_name=existing.user_name, associate_id=999))
    assert "already in use" in problems["UserName"]
    assert await users.validate(User(user_name="free.name@example.com")) == {}


@pytest.mark.parametrize(
    "name", ["Default", "CredentialTypes", "Validate", "current", "5", "a/b", "..", "x?y#z%2F"]
)
async def test_any_user_name_reaches_the_right_user(
    superoffice_client: SuperOfficeClient, name: str
) -> None:
    agent = superoffice_client.user_agent
    saved = await agent.save_user_from_name(name, User(nick_name="tricky"), replace=True)
    assert saved is not None
    assert saved.user_name == name
    found = await agent.get_user_from_name(name)
    assert found is not None
    assert found.associate_id == saved.associate_id
    await agent.delete_user_from_name(name)
    assert await agent.get_user_from_name(name) is None


@pytest.mark.parametrize("name", ["Default", "CredentialTypes", "5", "-7", ".."])
async def test_rest_by_name_refuses_names_that_route_elsewhere(
    superoffice_client: SuperOfficeClient, name: str
) -> None:
    with pytest.raises((UnknownOperationError, InvalidArgumentError)):
        await superoffice_client.users.get_by_name(name)


async def test_rest_by_name_reaches_a_name_no_static_get_route_takes(
    superoffice_client: SuperOfficeClient,
) -> None:
    await superoffice_client.user_agent.save_user_from_name(
        "Validate", User(nick_name="v"), replace=True
    )
    found = await superoffice_client.users.get_by_name("Validate")
    assert found.user_name == "Validate"  # only POST User/Validate is static


async def test_agents_surface(superoffice_client: SuperOfficeClient) -> None:
    agent = superoffice_client.user_agent
    user = await agent.get_user(4, select="UserName,Person/PersonId")
    assert user is not None
    assert user.person is not None
    assert user.name is None
    assert await agent.get_user(99_999) is None
    by_person = await agent.get_user_from_person_id(4)
    assert [found.associate_id for found in by_person] == [4]
    assert await agent.get_user_from_person_id(99_999) == []
    created = await agent.save_user(User(associate_id=0, user_name="agent.made@example.com"))
    assert created.associate_id == 301  # id 0: a create, nothing to replace
    created.nick_name = "made"  # the answer is read from the server: read-modify-write
    updated = await agent.save_user(created)
    assert (updated.associate_id, updated.nick_name, updated.user_name) == (
        301,
        "made",
        "agent.made@example.com",
    )
    await agent.delete_user(301)
    assert await agent.get_user(301) is None
    assert (await agent.create_default_user()).associate_id == 0
    system = await agent.create_default_user_from_user_type(UserType.SYSTEMASSOCIATE)
    assert system.type_ is UserType.SYSTEMASSOCIATE
    assert len(await agent.get_user_commands(user)) == 3
    assert await agent.validate_user(User(user_name="")) == {"UserName": "A user name is required"}
    assert len(await agent.get_credential_types()) == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (403, PermissionDeniedError),
        (421, MisdirectedRequestError),
        (500, ServerError),
        (520, ServerError),
    ],
)
async def test_injected_statuses_become_their_errors(
    superoffice_sandbox: SandboxServer,
    superoffice_client: SuperOfficeClient,
    status: int,
    cls: type[APIStatusError],
) -> None:
    superoffice_sandbox.sandbox.faults.fail_next(1, status)
    with pytest.raises(cls) as caught:
        await superoffice_client.users.get(3)
    assert caught.value.status_code == status
    assert caught.value.error_type == "SoSandboxFault"


async def test_read_timeout(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    superoffice_sandbox.sandbox.faults.add_latency(1.0, "v1User_GetUser")
    with pytest.raises(ReadTimeoutError):
        await superoffice_client.users.get(3, timeout=0.2, retries=False)
