"""Shared by the sync tests: an in-memory Directory, an HR-style CSV and a mapping file."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from superoffice_async.cli import main
from superoffice_async.errors import SuperOfficeError
from superoffice_async.sync import (
    CurrentUser,
    DesiredUser,
    FieldChange,
    Lookups,
    Ref,
    Written,
)
from superoffice_async.sync.directory import Progress
from superoffice_async.testing import Sandbox, SandboxServer, SandboxState
from superoffice_async.testing.data import MODULES as SANDBOX_MODULES

HEADER = ["EmployeeId", "FirstName", "LastName", "Email", "Department", "JobTitle"]
DEPARTMENTS = ("Sales", "Support", "Marketing", "Development", "Administration")
TITLES = ("Sales Manager", "Consultant", "Support Agent", "Developer")
GROUPS = [Ref(i, name) for i, name in enumerate(DEPARTMENTS, start=1)]
ROLES = [Ref(1, "Administrator"), Ref(2, "Sales"), Ref(3, "Support"), Ref(4, "Read only")]
MODULES = ("SuperOffice.module1", "SuperOffice.module2")

MAPPING = """\
[key]
column = "EmployeeId"
property = "CustomFields/x_employee_id"
marker = "CustomFields/x_synced"

[properties]
UserName = "Email"
"Person/Firstname" = "FirstName"
"Person/Lastname" = "LastName"
"Person/Email" = "Email"
"Person/Title" = { column = "JobTitle", values = { "Support Agent" = "Agent" } }

[user_group]
column = "Department"

[role]
column = "JobTitle"
values = { "Sales Manager" = "Sales", "Support Agent" = "Support" }
default = "Read only"

[licenses]
modules = ["SuperOffice.module1"]
column = "Department"
values = { Sales = ["SuperOffice.module2"] }

[leavers]
action = "retire"
max_retire = "5%"
"""

SANDBOX_MAPPING = """\
[key]
column = "EmployeeId"
property = "CustomFields/x_employee_id"
marker = "CustomFields/x_synced"

[properties]
UserName = "Email"
"Person/Firstname" = "FirstName"
"Person/Lastname" = "LastName"
"Person/Email" = "Email"
"Person/Title" = "JobTitle"

[user_group]
column = "Department"

[role]
column = "JobTitle"
values = { "Sales Manager" = "Sales", "Support Agent" = "Support" }
default = "Read only"

[licenses]
column = "Department"
values = { Sales = ["ten-sales"], Support = ["ten-service"] }

[leavers]
action = "retire"
max_retire = "5%"
"""
"""The sandbox's groups (the departments), roles and modules (``testing/data.py``), by name."""

PROPERTIES_ONLY = """\
[key]
column = "EmployeeId"
property = "CustomFields/x_employee_id"
marker = "CustomFields/x_synced"

[properties]
UserName = "Email"
"Person/Firstname" = "FirstName"
"Person/Lastname" = "LastName"
"Person/Title" = "JobTitle"
"Person/ContactDepartment" = "Department"

[leavers]
action = "{action}"
max_retire = "5%"
"""


READS = frozenset(
    {
        "v1User_GetAll",
        "v1User_GetUser",
        "v1UserAgent_CreateDefaultUser",
        "v1UserAgent_GetAllRoles",
        "v1UserAgent_GetAllUserGroups",
        "v1UserAgent_IsUserNameValid",
    }
)
"""The operations a sync reads with."""


@contextlib.contextmanager
def serve(
    monkeypatch: pytest.MonkeyPatch,
    users: list[dict[str, Any]],
    *,
    extra_licenses: int = 0,
    state: SandboxState | None = None,
) -> Iterator[SandboxServer]:
    """A sandbox with these users (and ``extra_licenses`` more of each module), its address
    and the seeded credentials in the environment the command line reads."""
    for name in ("TICKET", "ACCESS_TOKEN", "XSRF_TOKEN", "APP_TOKEN", "LANGUAGE"):
        monkeypatch.delenv(f"SUPEROFFICE_{name}", raising=False)
    if state is None:
        modules = [replace(m, total=m.total + extra_licenses) for m, _ in SANDBOX_MODULES]
        state = SandboxState(users, modules=modules)
    with SandboxServer(Sandbox(tenant="Cust1", state=state)) as server:
        monkeypatch.setenv("SUPEROFFICE_URL", server.url)
        monkeypatch.setenv("SUPEROFFICE_USER", "tje0")
        monkeypatch.setenv("SUPEROFFICE_PASSWORD", "Tje0")
        yield server


def sync(*args: object) -> int:
    """``superoffice-async sync ...`` in this process, without progress, 32 at a time."""
    return main(["sync", *map(str, args), "--no-progress", "--concurrency", "32"])


def start_sync(source: Path, mapping: Path) -> subprocess.Popen[str]:
    """``superoffice-async sync`` as its own process (8 at a time), to send it Ctrl-C."""
    script = Path(sys.executable).parent / "superoffice-async"
    return subprocess.Popen(  # noqa: S603
        [str(script), "sync", str(source), "--mapping", str(mapping), "--concurrency", "8",
         "--no-progress"],
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )  # fmt: skip


def writes(server: SandboxServer) -> dict[str, int]:
    """The write operations the sandbox was called with, by operation id."""
    return {k: n for k, n in server.sandbox.calls.items() if k not in READS and n}


def requests(server: SandboxServer) -> int:
    return sum(server.sandbox.calls.values())


def by_key(server: SandboxServer) -> dict[str, dict[str, Any]]:
    """The sandbox's users that have an employee id, by it."""
    return {
        key: user
        for user in server.sandbox.state.users.all()
        if (key := (user.get("CustomFields") or {}).get("x_employee_id"))
    }


def held(user: dict[str, Any]) -> set[str]:
    """The modules a user holds."""
    return {
        link["Name"]
        for owner in user["LicenseOwners"]
        for link in owner["RestrictedModuleLicenses"] + owner["UnrestrictedModuleLicenses"]
        if link["Assigned"]
    }


def person(n: int) -> list[str]:
    return [
        f"E{n:05d}",
        f"First{n}",
        f"Last{n}",
        f"person{n}@hr.example.com",
        DEPARTMENTS[n % len(DEPARTMENTS)],
        TITLES[n % len(TITLES)],
    ]


def write_hr_csv(
    path: Path,
    people: Sequence[int] | range,
    *,
    delimiter: str = ",",
    bom: bool = False,
    changes: dict[int, dict[str, str]] | None = None,
    status: bool = False,
) -> Path:
    """An HR export: EmployeeId,FirstName,LastName,Email,Department,JobTitle (and, with
    ``status``, Status and EndDate: "Active" and empty unless ``changes`` says otherwise)."""
    header = [*HEADER, "Status", "EndDate"] if status else HEADER
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(header)
        for n in people:
            row = person(n) + (["Active", ""] if status else [])
            for column, value in (changes or {}).get(n, {}).items():
                row[header.index(column)] = value
            writer.writerow(row)
    return path


def write_mapping(path: Path, text: str = MAPPING) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


class FakeDirectory:
    """Users in memory; counts every call; can fail chosen keys or every write."""

    def __init__(self) -> None:
        self.users: dict[int, dict[str, Any]] = {}
        self.calls: Counter[str] = Counter()
        self.fail_keys: dict[str, SuperOfficeError] = {}
        self.fail_all: SuperOfficeError | None = None
        self.refused: set[str] = set()
        """User names (case-folded) IsUserNameValid refuses."""
        self.delay = 0.0
        self._next = 1

    @property
    def writes(self) -> int:
        reads = ("read", "lookups", "read_users", "is_user_name_valid")
        return sum(n for name, n in self.calls.items() if name not in reads)

    def add(self, key: str, values: dict[str, Any], **extra: Any) -> int:
        user_id = self._next
        self._next += 1
        licenses = dict.fromkeys(MODULES, False) | extra.pop("licenses", {})
        self.users[user_id] = (
            {"key": key, "values": dict(values), "licenses": licenses}
            | {
                "group": None,
                "role": None,
                "retired": False,
            }
            | extra
        )
        return user_id

    async def lookups(self) -> Lookups:
        self.calls["lookups"] += 1
        return Lookups.of(GROUPS, ROLES, MODULES)

    async def read(self, progress: Progress | None = None) -> list[CurrentUser]:
        self.calls["read"] += 1
        return [self._current(i) for i, user in sorted(self.users.items()) if user["key"]]

    async def read_users(self, user_ids: Sequence[int]) -> list[CurrentUser]:
        self.calls["read_users"] += 1
        return [self._current(i) for i in user_ids if i in self.users]

    async def user_names(self) -> Mapping[str, int]:
        return {
            str(u["values"]["UserName"]).casefold(): i
            for i, u in self.users.items()
            if u["values"].get("UserName")
        }

    async def refused_user_names(self, names: Sequence[str]) -> frozenset[str]:
        self.calls["is_user_name_valid"] += len(names)
        return frozenset(n.casefold() for n in names if n.casefold() in self.refused)

    def _current(self, user_id: int) -> CurrentUser:
        user = self.users[user_id]
        return CurrentUser(
            user_id,
            user["key"],
            dict(user["values"]),
            group=user["group"],
            role=user["role"],
            licenses=dict(user["licenses"]),
            retired=user["retired"],
        )

    async def _write(self, name: str, key: str) -> None:
        self.calls[name] += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail_all is not None:
            raise self.fail_all
        if key in self.fail_keys:
            raise self.fail_keys[key]

    async def create(self, user: DesiredUser) -> Written:
        await self._write("create", user.key)
        return Written(
            self.add(
                user.key,
                dict(user.values),
                group=user.group,
                role=user.role,
                licenses=dict(user.licenses or {}),
            )
        )

    async def update(
        self, current: CurrentUser, desired: DesiredUser, changes: Sequence[FieldChange]
    ) -> Written:
        await self._write("update", current.key)
        user = self.users[current.user_id]
        user["key"] = desired.key
        for change in changes:
            if change.field == "Retired":
                user["retired"] = change.after
            elif change.field == "UserGroup":
                user["group"] = change.after
            elif change.field == "Role":
                user["role"] = change.after
            elif change.field.startswith("License/"):
                user["licenses"][change.field.removeprefix("License/")] = change.after
            else:
                user["values"][change.field] = change.after
        return Written(current.user_id)

    async def retire(self, current: CurrentUser) -> None:
        await self._write("retire", current.key)
        user = self.users[current.user_id]
        user["retired"] = True
        user["licenses"] = dict.fromkeys(user["licenses"], False)

    async def delete(self, current: CurrentUser) -> None:
        await self._write("delete", current.key)
        del self.users[current.user_id]
