"""A provisioning job against the sandbox, through the public SDK only: provision a new employee
(default user for a person, role and group by name, a license by module name, a password), move
them to another group, retire them; license counters and AllUsers archive rows agree each step."""

from __future__ import annotations

import pytest

from superoffice_async import BadRequestError, SuperOfficeClient, User, UserType
from superoffice_async.models import AllUsersRow, ModuleLicenseLink, Role, UserGroup
from superoffice_async.testing import SandboxServer

MODULE = "ten-sales"
COLUMNS = "associateDbId,userName,usergroup,role,isActive,personId,superoffice_ten-sales"


def _links(user: User) -> list[ModuleLicenseLink]:
    return [
        link
        for owner in user.license_owners or []
        for link in (*(owner.restricted_module_licenses or []),
                     *(owner.unrestricted_module_licenses or []))
    ]  # fmt: skip


def _module(user: User, name: str) -> ModuleLicenseLink:
    return next(link for link in _links(user) if link.name == name)


async def _counters(so: SuperOfficeClient) -> tuple[int, int, int]:
    """(InUse, Free, Total) of MODULE, as a new default user shows them."""
    link = _module(await so.user_agent.create_default_user(), MODULE)
    assert isinstance(link.in_use, int)
    assert isinstance(link.free, int)
    assert isinstance(link.total, int)
    return link.in_use, link.free, link.total


async def _row(so: SuperOfficeClient, user_id: int) -> AllUsersRow:
    rows = [r async for r in so.users.list(select=COLUMNS, filter=f"associateDbId eq {user_id}")]
    assert len(rows) == 1
    return rows[0]


async def _holders(so: SuperOfficeClient) -> int:
    """How many archive rows hold MODULE."""
    rows = [r async for r in so.users.list(select="associateDbId,superoffice_ten-sales")]
    return sum(1 for row in rows if row.superoffice_ten_sales is True)


async def test_provision_move_and_retire_an_employee(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    so, agent = superoffice_client, superoffice_client.user_agent
    person_id = 301  # a person without a user: the new employee
    assert await agent.get_user_from_person_id(person_id) == []
    in_use, free, total = await _counters(so)
    assert (in_use + free, await _holders(so)) == (total, in_use)

    # Provision: a default user for the person, a free user name, role and group by name.
    user = await agent.create_default_user_from_user_type_and_person_id(
        UserType.INTERNALASSOCIATE, person_id
    )
    assert user.associate_id == 0
    assert user.person is not None
    assert user.person.person_id == person_id
    wanted = f"{user.person.firstname}.{user.person.lastname}@example.com".lower()
    name = await agent.get_valid_user_name(0, UserType.INTERNALASSOCIATE, person_id, wanted)
    assert await agent.is_user_name_valid(0, UserType.INTERNALASSOCIATE, person_id, name)
    sales_role = next(r for r in await agent.get_all_roles("Employee") if r.name == "Sales")
    groups = {g.value: g for g in await agent.get_all_user_groups(False)}
    user.user_name, user.name = name, "NEW1"
    user.role = Role(id=sales_role.id)
    user.user_group = UserGroup(id=groups["Sales"].id)
    _module(user, MODULE).assigned = True
    saved = await agent.save_user(user)
    user_id = saved.associate_id
    assert isinstance(user_id, int)
    assert user_id > 0
    assert saved.role is not None
    assert saved.user_group is not None
    assert (saved.role.value, saved.user_group.value) == ("Sales", "Sales")
    assert _module(saved, MODULE).assigned is True
    assert await _counters(so) == (in_use + 1, free - 1, total)
    assert await _holders(so) == in_use + 1
    assert [u.associate_id for u in await agent.get_user_from_person_id(person_id)] == [user_id]

    # A password: set, usable, never shown.
    assert await agent.set_password(user_id, "Correct-Horse-7") is True
    read = await agent.get_user(user_id)
    assert read is not None
    assert [c.value for c in read.credentials or []] == [""]
    assert superoffice_sandbox.sandbox.state.credentials.check_password(user_id, "Correct-Horse-7")
    row = await _row(so, user_id)
    assert (row.user_name, row.usergroup, row.role, row.is_active) == (
        name,
        "Sales",
        "Sales",
        True,
    )
    assert (row.person_id, row.superoffice_ten_sales) == (person_id, True)

    # Move to another group: read, change, save the whole user; licenses stay.
    read.user_group = UserGroup(id=groups["Support"].id)
    moved = await agent.save_user(read)
    assert moved.user_group is not None
    assert moved.user_group.value == "Support"
    assert _module(moved, MODULE).assigned is True
    assert superoffice_sandbox.sandbox.state.credentials.check_password(user_id, "Correct-Horse-7")
    assert (await _row(so, user_id))["usergroup"] == "Support"
    assert await _counters(so) == (in_use + 1, free - 1, total)

    # Retire: licenses removed, person retired, user marked deleted.
    await agent.make_retired(user_id, True)
    retired = await agent.get_user(user_id)
    assert retired is not None
    assert (retired.deleted, retired.is_person_retired) == (True, True)
    assert not any(link.assigned for link in _links(retired))
    assert await _counters(so) == (in_use, free, total)
    assert await _holders(so) == in_use
    row = await _row(so, user_id)
    assert (row.is_active, row.superoffice_ten_sales) == (False, False)


async def test_the_sandbox_refuses_what_a_server_refuses(
    superoffice_client: SuperOfficeClient,
) -> None:
    agent = superoffice_client.user_agent
    taken = await agent.get_user(3)
    assert taken is not None
    fresh = await agent.create_default_user_from_user_type_and_person_id(
        UserType.INTERNALASSOCIATE, 302
    )
    fresh.user_name = taken.user_name
    with pytest.raises(BadRequestError, match="already in use"):
        await agent.save_user(fresh)
    fresh.user_name = "unique.hire@example.com"
    fresh.role = Role(id=999)
    with pytest.raises(BadRequestError, match="no Role with id 999"):
        await agent.save_user(fresh)
    fresh.role, fresh.user_group = None, UserGroup(id=999)
    with pytest.raises(BadRequestError, match="no UserGroup with id 999"):
        await agent.save_user(fresh)
    fresh.user_group = None
    assert (await agent.save_user(fresh)).user_name == "unique.hire@example.com"
