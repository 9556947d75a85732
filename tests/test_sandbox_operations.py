"""Every operation the sandbox simulates, driven through its typed SDK method against it (with
the synthesized arguments of ``operation_driver``): it answers, and the SDK parses the answer;
every other operation of the spec surfaces as a 501 ServerError naming it."""

from __future__ import annotations

from typing import Any

import pytest

from superoffice_async import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    ServerError,
    SuperOfficeClient,
)
from superoffice_async._generated.operations import OPERATIONS, Operation
from superoffice_async.testing import Sandbox, SandboxServer

from .operation_driver import drive

SIMULATED = sorted(
    (o for o in OPERATIONS if o.operation_id in Sandbox.SIMULATED_OPERATIONS),
    key=lambda o: o.operation_id,
)
NOT_SIMULATED = [o for o in OPERATIONS if o.operation_id not in Sandbox.SIMULATED_OPERATIONS]
REFUSED: dict[str, type[APIStatusError]] = {
    "v1User_GetAll": BadRequestError,  # the synthesized $filter 'sample' is not OData
    "v1User_PatchUser": ConflictError,  # its ``test Rank 3`` fails: user 5 has rank 5
    # UserType Unknown (the enum's last member) needs a person, which this operation cannot give.
    "v1UserAgent_CreateDefaultUserFromUserType": BadRequestError,
}
"""Operations whose synthesized arguments a server refuses, with the refusal."""


def test_the_sandbox_simulates_the_provisioning_surface() -> None:
    ids = {o.operation_id for o in SIMULATED}
    assert len(ids) == len(Sandbox.SIMULATED_OPERATIONS)  # every handler is an operation
    provisioning = {
        f"v1UserAgent_{name}"
        for name in (
            "CreateDefaultUserFromUserTypeAndPersonId", "GetUserFromPersonId", "GetAllRoles",
            "GetAllUserGroups", "MakeRetired", "RemoveLicenses", "ChangeUserType",
            "SetPassword", "SaveCredential", "DeleteCredential", "IsUserNameValid",
            "GetValidUserName", "IsNickNameUnique", "GetUserPresenceStatus",
            "SetUserPresenceStatus", "SaveUser",
        )
    }  # fmt: skip
    assert provisioning <= ids


@pytest.mark.parametrize("operation", SIMULATED, ids=lambda o: o.operation_id)
async def test_each_simulated_operation_through_the_sdk(
    superoffice_sandbox: SandboxServer,
    superoffice_client: SuperOfficeClient,
    operation: Operation[Any],
) -> None:
    sandbox = superoffice_sandbox.sandbox
    sandbox.state.users.save_by_name("sample", {"Name": "SAMPLE"})  # the synthesized user name
    refused = REFUSED.get(operation.operation_id)
    if refused is not None:
        with pytest.raises(refused):
            await drive(superoffice_client, operation)
        return
    result = await drive(superoffice_client, operation)
    assert superoffice_sandbox.sandbox.calls[operation.operation_id] == 1
    if operation.no_content:
        assert result is None


async def test_each_other_operation_is_a_501_through_the_sdk(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    for operation in NOT_SIMULATED:
        with pytest.raises(ServerError) as caught:
            await drive(superoffice_client, operation)
        assert caught.value.status_code == 501
        assert caught.value.error_message == (
            f"{operation.operation_id} is not simulated by the sandbox"
        )
    assert sum(superoffice_sandbox.sandbox.calls.values()) == len(NOT_SIMULATED)
