"""ClientDirectory's requests, checked on the wire: exactly what is sent for an update and a
retire, and an Agents ``200 null`` taken as "not found" (the outcomes against the sandbox are in
``test_sync_cli``)."""

from __future__ import annotations

import json

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import ResponseValidationError, SuperOfficeClient
from superoffice_async.sync import (
    ClientDirectory,
    CurrentUser,
    DesiredUser,
    FieldChange,
    NotFoundAnswerError,
    Ref,
    SyncError,
    SyncMapping,
)

from .conftest import API

MAPPING = {
    "key": {
        "column": "EmployeeId",
        "property": "CustomFields/x_employee_id",
        "marker": "CustomFields/x_synced",
    },
    "properties": {"Person/Lastname": "LastName"},
    "user_group": {"column": "Department"},
    "role": {"column": "JobTitle"},
    "licenses": {"modules": ["SuperOffice.module1"]},
}
SLOT = "/LicenseOwners/0/UnrestrictedModuleLicenses/1"


@pytest.fixture
def directory(client: SuperOfficeClient) -> ClientDirectory:
    return ClientDirectory(client, SyncMapping.from_dict(MAPPING))


async def test_lookups_by_name_and_null_is_not_found(
    directory: ClientDirectory, httpx_mock: HTTPXMock
) -> None:
    groups = [{"Id": 1, "Value": "Sales"}, {"Id": 9, "Value": "Old", "Deleted": True}]
    httpx_mock.add_response(url=f"{API}/Agents/User/GetAllUserGroups", json=groups)
    httpx_mock.add_response(
        url=f"{API}/Agents/User/GetAllRoles", json=[{"Id": 4, "Name": "Read only"}]
    )
    owner = {"Name": "SuperOffice", "UnrestrictedModuleLicenses": [{"Name": "SuperOffice.module1"}]}
    httpx_mock.add_response(
        url=f"{API}/Agents/User/CreateDefaultUser", json={"LicenseOwners": [owner]}
    )
    lookups = await directory.lookups()
    assert list(lookups.groups) == ["sales"]
    assert lookups.roles["read only"] == Ref(4, "Read only")
    assert lookups.license_modules == {"SuperOffice.module1"}

    httpx_mock.add_response(url=f"{API}/Agents/User/GetAllUserGroups", json=None)
    with pytest.raises((NotFoundAnswerError, ResponseValidationError), match="null"):
        await ClientDirectory(directory._client, directory._mapping).lookups()


async def test_update_patches_only_the_changes_and_retire_removes_licenses(
    directory: ClientDirectory, httpx_mock: HTTPXMock
) -> None:
    module = {"Name": "SuperOffice.module1", "Assigned": False, "Free": 3}
    owner = {"Name": "SuperOffice", "UnrestrictedModuleLicenses": [{"Name": "m0"}, module]}
    read = {"AssociateId": 7, "Person": {"Lastname": "Old"}, "UserGroup": None,
            "LicenseOwners": [owner]}  # fmt: skip
    current = CurrentUser(
        7, "E7", {"Person/Lastname": "Old"}, licenses={"SuperOffice.module1": False},
        retired=True, read=read,
    )  # fmt: skip
    desired = DesiredUser("E7", {"Person/Lastname": "New"}, group=Ref(2, "Support"))
    changes = [
        FieldChange("Retired", True, False),
        FieldChange("Person/Lastname", "Old", "New"),
        FieldChange("UserGroup", None, Ref(2, "Support")),
        FieldChange("License/SuperOffice.module1", False, True),
    ]
    with pytest.raises(SyncError, match="user 7: an update needs the user as this directory"):
        await directory.update(CurrentUser(7, "E7", {}), desired, changes)  # not read: no guards
    assert httpx_mock.get_requests() == []
    httpx_mock.add_response(url=f"{API}/Agents/User/MakeRetired", status_code=204)
    httpx_mock.add_response(url=f"{API}/User/7", method="PATCH", json={"AssociateId": 7})
    written = await directory.update(current, desired, changes)
    # the answer shows none of the changes saved: each is "not applied" (MakeRetired has none)
    assert written.not_applied == ("Person/Lastname", "UserGroup", "License/SuperOffice.module1")
    unretire, patch = httpx_mock.get_requests()
    assert json.loads(unretire.content) == {"AssociateId": 7, "Retired": False}
    assert json.loads(patch.content) == [  # each change guarded by its value as read
        {"op": "test", "path": "/Person/Lastname", "value": "Old"},
        {"op": "replace", "path": "/Person/Lastname", "value": "New"},
        {"op": "test", "path": "/UserGroup", "value": None},
        {"op": "replace", "path": "/UserGroup", "value": {"Id": 2, "Value": "Support"}},
        {"op": "test", "path": "/LicenseOwners/0/Name", "value": "SuperOffice"},
        {"op": "test", "path": f"{SLOT}/Name", "value": "SuperOffice.module1"},
        {"op": "test", "path": f"{SLOT}/Assigned", "value": False},
        {"op": "replace", "path": f"{SLOT}/Assigned", "value": True},
    ]

    httpx_mock.add_response(url=f"{API}/Agents/User/MakeRetired", status_code=204)
    await directory.retire(current)
    (retire,) = httpx_mock.get_requests()[2:]  # MakeRetired removes the licenses itself
    assert json.loads(retire.content) == {"AssociateId": 7, "Retired": True}
    assert all(r.method != "PUT" for r in httpx_mock.get_requests())
