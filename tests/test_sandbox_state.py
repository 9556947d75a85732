"""The sandbox's state model and routing, without sockets: licenses, saves, retiring,
credentials, names, and the 501 of every operation it does not simulate."""

from __future__ import annotations

import json

import httpx
import pytest

from superoffice_async._generated.operations import OPERATIONS
from superoffice_async.testing import PasswordPolicy, Sandbox, SandboxState
from superoffice_async.testing.data import make_person, seed_users
from superoffice_async.testing.errors import BadInputError
from superoffice_async.testing.routing import Router
from superoffice_async.testing.state import provisioning
from superoffice_async.testing.state.licenses import Module

AUTH = ("tje0", "Tje0")


def _state(total: int = 1) -> SandboxState:
    persons = [make_person(i, f"First{i}", f"Last{i}", "Sales", "Consultant") for i in (1, 2)]
    modules = [Module(1, "SuperOffice", "solo", "Solo", total)]
    return SandboxState([], persons=persons, modules=modules)


def _wanting(name: str, person_id: int, module: str = "solo") -> dict[str, object]:
    link = {"Name": module, "Assigned": True}
    owner = {"Name": "SuperOffice", "RestrictedModuleLicenses": [link]}
    return {"UserName": name, "Person": {"PersonId": person_id}, "LicenseOwners": [owner]}


def _solo(user: dict[str, object]) -> dict[str, object]:
    owners = user["LicenseOwners"]
    assert isinstance(owners, list)
    link = owners[0]["RestrictedModuleLicenses"][0]
    assert isinstance(link, dict)
    return link


def test_license_counters_move_on_assign_and_unassign_and_refuse_over_assignment() -> None:
    state = _state(total=1)
    store = state.users
    first = store.create(_wanting("a@example.com", 1))
    assert (_solo(first)["Assigned"], _solo(first)["InUse"], _solo(first)["Free"]) == (True, 1, 0)
    with pytest.raises(BadInputError, match="No free licenses of module 'solo'"):
        store.create(_wanting("b@example.com", 2))
    assert len(store) == 1  # nothing was saved
    provisioning.remove_licenses(state, first["AssociateId"])
    second = store.create(_wanting("b@example.com", 2))
    assert (_solo(second)["Assigned"], _solo(second)["InUse"], _solo(second)["Free"]) == (
        True,
        1,
        0,
    )
    again = store.get(first["AssociateId"])
    assert again is not None
    assert _solo(again)["Assigned"] is False
    with pytest.raises(BadInputError, match="no module license named 'nope'"):
        store.create(_wanting("c@example.com", 1, module="nope"))


def test_a_save_replaces_the_whole_user_and_a_patch_changes_what_it_names() -> None:
    store = SandboxState(seed_users(5)).users
    before = store.get(5)
    assert before is not None
    assert before["Person"] is not None
    patched = store.patch(5, [{"op": "replace", "path": "Tooltip", "value": "Lead"}])
    assert patched is not None
    assert {k: v for k, v in patched.items() if k != "Tooltip"} == {
        k: v for k, v in before.items() if k != "Tooltip"
    }
    replaced = store.replace(5, {"Tooltip": "Only this"})
    assert replaced is not None
    assert (replaced["Tooltip"], replaced["UserName"], replaced["Name"]) == ("Only this", "", "")
    assert (replaced["Person"], replaced["Role"], replaced["UserGroup"]) == (None, None, None)
    assert replaced["Credentials"] == []
    assert not any(
        link["Assigned"] for link in replaced["LicenseOwners"][0]["RestrictedModuleLicenses"]
    )
    assert store.replace(99, {}) is None


def test_links_are_validated_and_user_names_unique() -> None:
    store = SandboxState(seed_users(3)).users
    taken = store.get(1)
    assert taken is not None
    with pytest.raises(BadInputError, match="already in use"):
        store.create({"UserName": str(taken["UserName"]).upper()})
    with pytest.raises(BadInputError, match="no Role with id 77"):
        store.create({"UserName": "x@example.com", "Role": {"Id": 77}})
    with pytest.raises(BadInputError, match="no UserGroup with id 77"):
        store.create({"UserName": "x@example.com", "UserGroup": {"Id": 77}})
    with pytest.raises(BadInputError, match="no longer be selected"):
        store.create({"UserName": "x@example.com", "UserGroup": {"Id": 6}})  # Former staff
    with pytest.raises(BadInputError, match="no person with id 9999"):
        store.create({"UserName": "x@example.com", "Person": {"PersonId": 9999}})
    made = store.create(
        {"UserName": "x@example.com", "Person": {"Firstname": "Ny", "Lastname": "Ansatt"}}
    )
    assert made["Person"]["PersonId"] > 3
    assert made["Person"]["Firstname"] == "Ny"


def test_retiring_removes_licenses_retires_the_person_and_deletes_the_user() -> None:
    state = SandboxState(seed_users(10))
    store = state.users
    user_id = next(
        u["AssociateId"] for u in store.all()
        if any(link["Assigned"] for link in u["LicenseOwners"][0]["RestrictedModuleLicenses"])
    )  # fmt: skip
    in_use = sum(map(state.licenses.in_use, state.licenses.modules))
    held = len(state.licenses.held_by(user_id))
    provisioning.make_retired(state, user_id, True)
    retired = store.get(user_id)
    assert retired is not None
    assert (retired["Deleted"], retired["IsPersonRetired"], retired["Person"]["Retired"]) == (
        True,
        True,
        1,
    )
    assert state.licenses.held_by(user_id) == set()
    assert sum(map(state.licenses.in_use, state.licenses.modules)) == in_use - held
    provisioning.make_retired(state, user_id, False)
    back = store.get(user_id)
    assert back is not None
    assert (back["Deleted"], back["IsPersonRetired"]) == (False, False)
    before = store.all()
    provisioning.make_retired(state, 999, True)  # no such user: nothing happens
    assert store.all() == before


def test_credentials_are_kept_as_hashes_and_never_answered() -> None:
    state = SandboxState(seed_users(2))
    store = state.users
    assert provisioning.set_password(state, 1, "Sekret-Value-1")
    credential = {"Type": {"Type": "ad"}, "Value": "S-1-5-21-secret", "DisplayValue": "DOM\\ada"}
    assert provisioning.save_credential(state, 1, credential)
    user = store.get(1)
    assert user is not None
    assert sorted((c["Type"]["Type"], c["Value"]) for c in user["Credentials"]) == [
        ("ad", ""),
        ("password", ""),
    ]
    everything = json.dumps([store.all(), store.find_by_name(str(user["UserName"]))])
    assert "Sekret-Value-1" not in everything
    assert "S-1-5-21-secret" not in everything
    assert state.credentials.check_password(1, "Sekret-Value-1")
    store.replace(1, user)  # a round trip of what was read keeps the secrets
    assert state.credentials.check_password(1, "Sekret-Value-1")
    assert provisioning.delete_credential(state, 1, "AD")
    assert not provisioning.delete_credential(state, 1, "ad")
    assert not provisioning.set_password(state, 42, "Sekret-Value-2")  # no such user


def test_user_names_and_nick_names() -> None:
    state = SandboxState(seed_users(3))
    records = state.records
    taken = str(state.users.get(2)["UserName"])  # type: ignore[index]
    local, _, domain = taken.partition("@")
    assert provisioning.valid_user_name(state, 0, 0, taken) == f"{local}2@{domain}"
    assert provisioning.valid_user_name(state, 2, 0, taken) == taken  # the user's own name
    assert records.is_user_name_valid(0, "free@example.com")
    assert not records.is_user_name_valid(0, taken)
    assert not records.is_user_name_valid(0, "has space")
    nick = str(state.users.get(1)["NickName"])  # type: ignore[index]
    assert not records.is_nick_name_unique(0, nick.lower())
    assert records.is_nick_name_unique(1, nick)


def test_routing_from_the_operation_facts() -> None:
    router = Router()
    cases = {
        ("GET", "api/v1/User/current"): "v1User_GetCurrentUser",
        ("GET", "api/v1/User/5"): "v1User_GetUser",
        ("GET", "api/v1/User/ada@example.com"): "v1User_GetUserFromName",
        ("PUT", "api/v1/User/5/UserPresenceStatus"): "v1User_SetUserPresenceStatus",
        ("POST", "api/v1/Agents/User/MakeRetired"): "v1UserAgent_MakeRetired",
    }
    for (method, path), operation_id in cases.items():
        found = router.match(method, path)
        assert found is not None
        assert found.operation.operation_id == operation_id
    assert router.match("GET", "api/v1/Nothing") is None
    assert router.allows("api/v1/Agents/User/MakeRetired") == ["POST"]


NOT_SIMULATED = frozenset(o.operation_id for o in OPERATIONS) - Sandbox.SIMULATED_OPERATIONS


async def test_every_operation_without_a_handler_answers_501_naming_it() -> None:
    sandbox = Sandbox(state=SandboxState(seed_users(2)))
    assert len(Sandbox.SIMULATED_OPERATIONS) + len(NOT_SIMULATED) == len(OPERATIONS)
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", auth=AUTH) as http:
        for operation in OPERATIONS:
            if operation.operation_id not in NOT_SIMULATED:
                continue
            path = operation.path.replace("{id}", "5").replace("{fieldName}", "x")
            answer = await http.request(operation.method, path, json={})
            assert answer.status_code == 501, operation.operation_id
            assert answer.json() == {
                "Error": True,
                "ErrorType": "SoNotImplementedException",
                "ErrorMessage": f"{operation.operation_id} is not simulated by the sandbox",
                "ErrorSource": "SuperOffice.Sandbox",
            }
        anonymous = await http.post("/api/v1/Agents/User/CreateUserGroup", auth=None)
        assert anonymous.status_code == 401  # authentication comes first
        assert (await http.get("/api/v1/Nothing")).status_code == 404
        wrong = await http.get("/api/v1/Agents/User/MakeRetired")
        assert (wrong.status_code, wrong.headers["Allow"]) == (405, "POST")
    assert sum(sandbox.calls[o] for o in NOT_SIMULATED) == len(NOT_SIMULATED) + 1


async def test_arguments_are_decoded_by_the_operations_params_and_a_bad_one_is_named() -> None:
    sandbox = Sandbox(state=SandboxState(seed_users(2)))
    transport = httpx.ASGITransport(app=sandbox.app)
    agents = "/api/v1/Agents/User"
    refused = {
        ("POST", f"{agents}/SetPassword", '{"AssociateId": "x"}'): "AssociateId must be an integer",
        ("POST", f"{agents}/MakeRetired", '{"Retired": "yes"}'): "Retired must be true or false",
        ("POST", f"{agents}/CreateDefaultUserFromUserType", '{"UserType": "Robot"}'):
            "UserType must be one of AnonymousAssociate",
        ("POST", f"{agents}/GetUserGroupList", '["1"]'): "The body must be an array of int",
        ("POST", f"{agents}/SetPassword", "[]"): "Request is not in request body",
        ("POST", f"{agents}/SetPassword", ""): "Entity to save is not in request body",
        ("POST", f"{agents}/GetUser", ""): "userId is required",
        ("GET", "/api/v1/User/99999999999", ""): "id is out of the int32 range",
        ("GET", "/api/v1/User/Default?personId=x", ""): "personId must be an integer, got 'x'",
    }  # fmt: skip
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", auth=AUTH) as http:
        for (method, path, body), message in refused.items():
            answer = await http.request(method, path, content=body)
            assert answer.status_code == 400, path
            assert message in answer.json()["ErrorMessage"], (path, answer.json())
        # Null Agents arguments arrive as the server's defaults: 0 and false.
        kept = await http.post(f"{agents}/GetUserGroupList", content="[1, 2.0]")
        assert [g["Id"] for g in kept.json()] == [1, 2]
        assert (await http.post(f"{agents}/SetPassword", json={})).json() is False
    assert sandbox.state.users.get(1) is not None


def test_a_seed_keeps_its_passwords_and_the_policy_is_the_sandboxs_to_choose() -> None:
    (seed,) = seed_users(1)
    seed["Credentials"][0]["Value"] = "old"  # set before the policy: a seed is taken as it is
    strict = SandboxState([seed])
    assert strict.credentials.check_password(1, "old")
    assert not provisioning.set_password(strict, 1, "abcd")
    assert provisioning.password_problem(strict, 1, "abcd") == (
        "The password must be at least 8 characters long"
    )
    lenient = SandboxState(
        [seed], password_policy=PasswordPolicy(min_length=4, require_digit=False)
    )
    assert provisioning.set_password(lenient, 1, "abcd")
    assert lenient.credentials.check_password(1, "abcd")
