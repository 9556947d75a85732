"""The sandbox refuses what the reference pages say a server refuses, through the public SDK: a
new user's type without a person, a password the policy refuses, licenses a user type cannot
hold; and a failed Agents call on an unknown id answers the NULL of its type, changing nothing.
(docs/sandbox-guesses.md lists what the sandbox chose where the reference is silent.)"""

from __future__ import annotations

import pytest

from superoffice_async import BadRequestError, SuperOfficeClient, User, UserType
from superoffice_async.models import Credential, CredentialType, ModuleLicenseLink
from superoffice_async.testing import SandboxServer

MODULE = "ten-sales"
NEEDS_A_PERSON = [UserType.INTERNALASSOCIATE, UserType.EXTERNALASSOCIATE,
                  UserType.RESOURCEASSOCIATE, UserType.UNKNOWN]  # fmt: skip


def _links(user: User) -> list[ModuleLicenseLink]:
    return [link for owner in user.license_owners or []
            for link in owner.restricted_module_licenses or []]  # fmt: skip


def _assigned(user: User) -> set[str]:
    return {str(link.name) for link in _links(user) if link.assigned}


async def _in_use(so: SuperOfficeClient) -> int:
    link = next(x for x in _links(await so.user_agent.create_default_user()) if x.name == MODULE)
    assert isinstance(link.in_use, int)
    return link.in_use


@pytest.mark.parametrize("user_type", NEEDS_A_PERSON, ids=lambda t: t.value)
async def test_only_system_and_anonymous_users_are_made_without_a_person(
    superoffice_client: SuperOfficeClient, user_type: UserType
) -> None:
    agent = superoffice_client.user_agent
    with pytest.raises(BadRequestError, match="without a person") as caught:
        await agent.create_default_user_from_user_type(user_type)
    assert "CreateDefaultUserFromUserTypeAndPersonId" in str(caught.value.error_message)
    with pytest.raises(BadRequestError, match="without a person"):
        await agent.create_default_user_from_user_type_and_person_id(user_type, 0)
    with pytest.raises(BadRequestError, match="without a person"):
        await superoffice_client.users.default(user_type=user_type, person_id=0)
    made = await agent.create_default_user_from_user_type_and_person_id(user_type, 301)
    assert (made.type_, made.person and made.person.person_id) == (user_type, 301)


async def test_system_and_anonymous_users_need_no_person_but_a_named_one_must_exist(
    superoffice_client: SuperOfficeClient,
) -> None:
    agent = superoffice_client.user_agent
    for user_type in (UserType.SYSTEMASSOCIATE, UserType.ANONYMOUSASSOCIATE):
        made = await agent.create_default_user_from_user_type(user_type)
        assert (made.type_, made.person, made.associate_id) == (user_type, None, 0)
        zero = await agent.create_default_user_from_user_type_and_person_id(user_type, 0)
        assert zero.person is None
        with pytest.raises(BadRequestError, match="no person with id 99999"):
            await agent.create_default_user_from_user_type_and_person_id(user_type, 99_999)
    with pytest.raises(BadRequestError, match="no person with id 99999"):
        await superoffice_client.users.default(
            user_type=UserType.INTERNALASSOCIATE, person_id=99_999
        )


async def test_passwords_meet_the_policy_and_is_password_valid_says_why(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    agent, state = superoffice_client.user_agent, superoffice_sandbox.sandbox.state
    user = await agent.get_user(7)
    assert user is not None
    login = str(user.user_name).partition("@")[0]
    refused = {
        "Short-1": "at least 8 characters",
        "only-letters-here": "must contain a digit",
        "1234567890": "must contain a letter",
        f"{login.upper()}-2026": "must not contain the user name",
        "x" * 128 + "1": "at most 128 characters",
    }
    user_type = UserType.INTERNALASSOCIATE
    for password, reason in refused.items():
        assert await agent.is_password_valid(7, user_type, 0, password) is False
        why = await agent.is_password_valid_with_reason(7, user_type, 0, password)
        assert (why.result, reason in str(why.reason)) == (False, True), password
        assert await agent.set_password(7, password) is False  # refused: nothing changes
        assert not state.credentials.check_password(7, password)
        assert await agent.set_password_from_name(str(user.user_name), password) is False
    assert state.credentials.check_password(7, "Welcome-2026!")  # the seed password stands
    good = "Correct-Horse-7"
    assert await agent.is_password_valid(7, user_type, 0, good) is True
    why = await agent.is_password_valid_with_reason(7, user_type, 0, good)
    assert (why.result, why.reason) == (True, "")
    assert await agent.is_password_valid(0, user_type, 301, good) is True  # a new user
    assert await agent.set_password(7, good) is True
    assert state.credentials.check_password(7, good)
    weak = Credential(type_=CredentialType(type_="password"), value="weak", display_value="x")
    assert await agent.save_credential(7, weak) is False
    assert state.credentials.check_password(7, good)


async def test_a_save_with_a_password_the_policy_refuses_is_refused_whole(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    agent = superoffice_client.user_agent
    user = await agent.get_user(8)
    assert user is not None
    user.tooltip = "changed"
    user.credentials = [Credential(type_=CredentialType(type_="password"), value="short")]
    with pytest.raises(BadRequestError, match="at least 8 characters"):
        await agent.save_user(user)
    again = await agent.get_user(8)
    assert again is not None
    assert again.tooltip != "changed"
    assert superoffice_sandbox.sandbox.state.credentials.check_password(8, "Welcome-2026!")


async def test_an_unknown_id_answers_the_null_of_its_type_and_changes_nothing(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    agent, state = superoffice_client.user_agent, superoffice_sandbox.sandbox.state
    before = state.users.all()
    assert await agent.make_retired(99_999, True) is None  # 204: a void call's NULL
    assert await agent.remove_licenses(99_999) is None
    assert await agent.set_password(99_999, "Correct-Horse-7") is False
    assert await agent.is_password_valid(99_999, UserType.INTERNALASSOCIATE, 0, "Correct-Horse-7")\
        is False  # fmt: skip
    why = await agent.is_password_valid_with_reason(
        99_999, UserType.INTERNALASSOCIATE, 0, "Correct-Horse-7"
    )
    assert (why.result, why.reason) == (False, "There is no user with id 99999")
    assert await agent.delete_credential(99_999, "password") is False
    assert await agent.get_user(99_999) is None
    assert state.users.all() == before


async def test_a_new_user_type_drops_the_licenses_it_cannot_hold(
    superoffice_client: SuperOfficeClient,
) -> None:
    agent = superoffice_client.user_agent
    holder = next(
        u for u in [await agent.get_user(i) for i in range(1, 30)]
        if u is not None and MODULE in _assigned(u)
    )  # fmt: skip
    in_use = await _in_use(superoffice_client)
    external = await agent.change_user_type(holder, UserType.EXTERNALASSOCIATE)
    assert (external.type_, _assigned(external)) == (UserType.EXTERNALASSOCIATE, set())
    assert await _in_use(superoffice_client) == in_use - 1  # the license is free again
    read = await agent.get_user(int(holder.associate_id or 0))
    assert read is not None
    assert (read.type_, _assigned(read)) == (UserType.EXTERNALASSOCIATE, set())
    next(link for link in _links(read) if link.name == MODULE).assigned = True
    with pytest.raises(
        BadRequestError, match="cannot be assigned to a user of type ExternalAssociate"
    ):
        await agent.save_user(read)
    back = await agent.change_user_type(read, UserType.INTERNALASSOCIATE)
    assert _assigned(back) == set()  # a type change never assigns a license
    unsaved = await agent.create_default_user_from_user_type_and_person_id(
        UserType.INTERNALASSOCIATE, 302
    )
    next(link for link in _links(unsaved) if link.name == MODULE).assigned = True
    system = await agent.change_user_type(unsaved, UserType.SYSTEMASSOCIATE)
    assert (system.associate_id, _assigned(system)) == (0, set())  # an unsaved copy
