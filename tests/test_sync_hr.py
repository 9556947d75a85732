"""The sync with what real HR exports and tenants bring, from the command line against the
sandbox: leavers by status and end date, unknown names, refused user names, Ctrl-C with calls
in flight, earlier files kept, reads at 10,000 users, adoption, a server that ignores a
property, and a tenant in maintenance."""

from __future__ import annotations

import csv
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from superoffice_async.errors import ServerError
from superoffice_async.testing import SandboxServer, SandboxState
from superoffice_async.testing.data import seed_users

from .sync_support import (
    SANDBOX_MAPPING,
    by_key,
    held,
    person,
    requests,
    serve,
    start_sync,
    sync,
    write_hr_csv,
    write_mapping,
    writes,
)

Json = dict[str, Any]
HR_MAPPING = (
    SANDBOX_MAPPING
    + """status_column = "Status"
gone = ["Terminated", "Inactive"]
on_leave = ["On leave"]
on_leave_licenses = false
end_date_column = "EndDate"
"""
)
KEY = "x_employee_id"
"""The key's user-defined field in the mappings of these tests."""


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    with serve(monkeypatch, seed_users(20), extra_licenses=500) as server:
        yield server


def report_of(path: Path) -> Json:
    report: Json = json.loads((path.parent / f"{path.stem}.report.json").read_text("utf-8"))
    return report


def rerun_rows(path: Path) -> list[dict[str, str]]:
    with (path.parent / f"{path.stem}.failed.csv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_status_and_end_date_retire_the_leavers_and_keep_the_others(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "hr.toml", HR_MAPPING)
    source = write_hr_csv(tmp_path / "hr.csv", range(100), status=True)
    assert sync(source, "--mapping", mapping) == 0
    assert held(by_key(sandbox)["E00010"]) == {"ten-sales"}
    changes = {
        1: {"Status": "Terminated"},
        2: {"Status": "inactive "},  # case and spaces as HR systems write them
        4: {"EndDate": "2020-01-31"},  # ended: gone
        5: {"EndDate": "2999-12-31"},  # ends later: still here
        10: {"Status": "On leave"},  # kept, without the modules the mapping names
        100: {"Status": "Terminated"},  # left before ever having a user: nothing is created
    }
    source = write_hr_csv(tmp_path / "hr.csv", range(101), status=True, changes=changes)
    sandbox.sandbox.calls.clear()
    assert sync(source, "--mapping", mapping, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "- retire    E00001 (user " in out
    assert ": Status is 'Terminated'" in out
    assert ": EndDate 2020-01-31 has passed" in out
    assert "~ update    E00010 (user " in out
    assert "License/ten-sales: True -> False" in out
    assert "Plan: 0 create, 1 update, 0 adopt, 3 retire, 0 delete, 97 unchanged, 0 invalid" in out
    assert writes(sandbox) == {}
    assert sync(source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1UserAgent_MakeRetired": 3, "v1User_PatchUser": 1}
    users = by_key(sandbox)
    assert {k for k, u in users.items() if u["Deleted"]} == {"E00001", "E00002", "E00004"}
    assert not users["E00005"]["Deleted"]
    assert (users["E00010"]["Deleted"], held(users["E00010"])) == (False, set())
    assert "E00100" not in users
    report = report_of(source)
    assert report["counts"]["retired"] == 3
    assert report["complete"] is True
    # the same file again: nothing to do
    sandbox.sandbox.calls.clear()
    assert sync(source, "--mapping", mapping) == 0
    assert writes(sandbox) == {}


def test_unknown_names_stop_before_the_users_are_read(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SANDBOX_MAPPING.replace('default = "Read only"', 'default = "Reader"').replace(
        '"Support Agent" = "Support"', '"Support Agent" = "Suport"'
    )
    text = text.replace('Support = ["ten-service"]', 'Support = ["ten-servic"]')
    mapping = write_mapping(tmp_path / "hr.toml", text)
    changes = {7: {"Department": "Sails"}}
    source = write_hr_csv(tmp_path / "hr.csv", range(500), changes=changes)
    assert sync(source, "--mapping", mapping) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err  # one configuration error, listing every unknown name
    assert "4 name(s) SuperOffice does not have" in err[0]
    assert "user group 'Sails' (closest: 'Sales')" in err[0]
    assert "role 'Reader' (closest: 'Read only')" in err[0]
    assert "role 'Suport' (closest: 'Support')" in err[0]
    assert "license module 'ten-servic' (closest: 'ten-service'" in err[0]
    lookups = {
        "v1UserAgent_GetAllUserGroups",
        "v1UserAgent_GetAllRoles",
        "v1UserAgent_CreateDefaultUser",
    }
    assert set(sandbox.sandbox.calls) == lookups  # the lookups, then nothing
    assert not (tmp_path / "hr.failed.csv").exists()


def test_refused_user_names_are_invalid_in_the_plan_and_never_sent(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "hr.toml", SANDBOX_MAPPING)
    assert sync(write_hr_csv(tmp_path / "hr.csv", range(20)), "--mapping", mapping) == 0
    state = sandbox.sandbox.state
    with state.lock:
        state.users.patch(1, [{"op": "add", "path": f"/CustomFields/{KEY}", "value": "E09999"}])
        taken = str((state.users.get(1) or {})["UserName"])  # someone else's, never adopted
    changes = {
        21: {"Email": person(20)[3]},  # the same user name as line 22's
        22: {"Email": taken},  # already user 1's user name
        23: {"Email": "has space@hr.example.com"},  # refused by IsUserNameValid
    }
    source = write_hr_csv(tmp_path / "hr.csv", range(24), changes=changes)
    sandbox.sandbox.calls.clear()
    assert sync(source, "--mapping", mapping, "--dry-run") == 1
    out = capsys.readouterr().out
    assert f"the user name {person(20)[3]!r} is on lines 22, 23" in out
    assert f"the user name {taken!r} is already user " in out
    assert "SuperOffice refuses the user name 'has space@hr.example.com'" in out
    assert "Plan: 0 create, 0 update, 0 adopt, 0 retire, 0 delete, 20 unchanged, 4 invalid" in out
    assert sync(source, "--mapping", mapping) == 1
    assert writes(sandbox) == {}  # none of them was sent
    assert {row["EmployeeId"] for row in rerun_rows(source)} == {
        "E00020", "E00021", "E00022", "E00023",
    }  # fmt: skip


def test_ctrl_c_with_calls_in_flight_reports_them_in_doubt(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    people = 200
    mapping = write_mapping(tmp_path / "hr.toml", SANDBOX_MAPPING)
    source = write_hr_csv(tmp_path / "hr.csv", range(people))
    faults = sandbox.sandbox.faults
    faults.hold_answers("v1User_PostUser")  # each create is saved, its answer held
    try:
        process = start_sync(source, mapping)
        deadline = time.monotonic() + 120
        while faults.holding < 8 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)  # waits for a state, whatever the machine's speed
        assert faults.holding == 8
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        faults.release()
    assert process.returncode == 130, err
    counts = report_of(source)["counts"]
    assert (counts["created"], counts["in_doubt"], counts["unstarted"]) == (0, 8, people - 8)
    assert sum(counts[k] for k in ("created", "failed", "in_doubt", "unstarted")) == people
    doubtful = [u for u in report_of(source)["users"] if u["outcome"] == "in_doubt"]
    assert len(doubtful) == 8
    assert len(by_key(sandbox)) == 8  # they did reach the server
    left = rerun_rows(source)
    assert len(left) == people  # in doubt and unstarted: all to run again
    assert sum(row["SyncError"].startswith("in doubt") for row in left) == 8
    # the next run reads the state and converges: the 8 exist, the others are created
    sandbox.sandbox.calls.clear()
    assert sync(source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1User_PostUser": people - 8}
    assert len(by_key(sandbox)) == people


def test_a_run_that_stops_on_its_configuration_leaves_the_earlier_files(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    source = write_hr_csv(tmp_path / "hr.csv", range(10))
    failed, report = tmp_path / "hr.failed.csv", tmp_path / "hr.report.json"
    failed.write_text("EmployeeId,SyncError\r\nE00001,from the earlier run\r\n", "utf-8")
    report.write_text('{"from": "the earlier run"}\n', "utf-8")
    earlier = (failed.read_bytes(), report.read_bytes())
    unknown_role = SANDBOX_MAPPING.replace('default = "Read only"', 'default = "Reader"')
    bad_header = tmp_path / "other.csv"
    bad_header.write_text("EmployeeId;Nom\nE1;x\n", "utf-8")
    for args in (
        (source, "--mapping", write_mapping(tmp_path / "a.toml", unknown_role)),
        (source, "--mapping", write_mapping(tmp_path / "b.toml", "[key]\n")),
        (bad_header, "--mapping", write_mapping(tmp_path / "c.toml", SANDBOX_MAPPING),
         "--failed", failed, "--report", report),
    ):  # fmt: skip
        assert sync(*args) == 2
        assert (failed.read_bytes(), report.read_bytes()) == earlier
    # a run that does go ahead replaces them with its own
    assert sync(source, "--mapping", write_mapping(tmp_path / "d.toml", SANDBOX_MAPPING)) == 0
    assert not failed.exists()  # nothing to re-run
    assert json.loads(report.read_text("utf-8"))["counts"]["created"] == 10


def test_reads_scale_with_the_scope_not_the_tenant(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """10,000 users, 2,000 of them in the scope's user groups: requests per full run and per
    unchanged re-run."""
    people, others = 2000, 8000
    contractors = {"Id": 7, "Value": "Contractors", "Tooltip": "", "Rank": 7, "Deleted": False}
    seeds = seed_users(others)
    for user in seeds:
        user["UserGroup"] = dict(contractors)
    state = SandboxState(seeds)
    state.lookups.groups[7] = dict(contractors)
    scoped = SANDBOX_MAPPING.replace(
        "[leavers]\n",
        '[leavers]\ngroups = ["Sales", "Support", "Marketing", "Development", "Administration"]\n',
    )
    text = scoped.replace('values = { Sales = ["ten-sales"], Support = ["ten-service"] }', "")
    text = text.replace('[licenses]\ncolumn = "Department"\n', "")
    mapping = write_mapping(tmp_path / "hr.toml", text)
    source = write_hr_csv(tmp_path / "hr.csv", range(people))
    with serve(monkeypatch, [], state=state) as server:
        figures = {}
        for run in ("full run", "unchanged re-run"):
            server.sandbox.calls.clear()
            assert sync(source, "--mapping", mapping) == 0
            figures[run] = (requests(server), dict(server.sandbox.calls), writes(server))
        assert len(state) == people + others
    full, rerun = figures["full run"], figures["unchanged re-run"]
    assert full[2] == {"v1User_PostUser": people}
    assert full[1].get("v1User_GetUser", 0) == 0  # nobody was in scope yet
    assert rerun[1]["v1User_GetUser"] == people  # the scope only, never the 8,000 others
    assert rerun[2] == {}
    assert rerun[0] <= people + 20  # lookups + 10 archive pages + one read per user in scope
    print(
        f"\n10,000 users, 2,000 in scope: full run {full[0]} requests ({full[1]}); "
        f"unchanged re-run {rerun[0]} requests ({rerun[1]})",
        file=sys.__stderr__,
    )


def test_adoption_needs_adopt_and_only_marked_users_leave(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = seed_users(20)
    for n, user in enumerate(seeds[:10]):  # keyed by an earlier tool, never by this sync
        user["CustomFields"][KEY] = person(n)[0]
    for n, user in zip(range(20, 25), seeds[15:20], strict=True):  # same user name as a row
        user["UserName"] = person(n)[3]
    mapping = write_mapping(tmp_path / "hr.toml", SANDBOX_MAPPING)
    source = write_hr_csv(tmp_path / "hr.csv", [*range(5), *range(20, 25)])
    with serve(monkeypatch, seeds, extra_licenses=50) as server:
        assert sync(source, "--mapping", mapping, "--dry-run") == 2
        captured = capsys.readouterr()
        assert captured.out.count("& adopt") == 10
        assert "5 user(s) in scope but absent from the source were never created or adopted" in (
            captured.out
        )
        assert "--adopt" in captured.err
        assert sync(source, "--mapping", mapping, "--max-retire", "100%") == 2
        assert writes(server) == {}
        assert sync(source, "--mapping", mapping, "--adopt", "--max-retire", "100%") == 0
        assert writes(server) == {"v1User_PatchUser": 10}
        users = by_key(server)
        assert len(users) == 15
        adopted = {k for k, u in users.items() if u["CustomFields"].get("x_synced") == "1"}
        assert adopted == {person(n)[0] for n in (*range(5), *range(20, 25))}
        assert not any(u["Deleted"] for u in users.values())  # E00005..E00009: left alone
        # person 0 leaves: adopted, so retired; the never-adopted five still are not
        server.sandbox.calls.clear()
        source = write_hr_csv(tmp_path / "hr.csv", [*range(1, 5), *range(20, 25)])
        assert sync(source, "--mapping", mapping, "--max-retire", "100%") == 0
        assert writes(server) == {"v1UserAgent_MakeRetired": 1}
        assert {k for k, u in by_key(server).items() if u["Deleted"]} == {"E00000"}


def test_a_property_the_server_ignores_is_reported_not_applied(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.sandbox.state.ignored.add("Person/Title")
    mapping = write_mapping(tmp_path / "hr.toml", SANDBOX_MAPPING)
    source = write_hr_csv(tmp_path / "hr.csv", range(20))
    for _ in range(2):  # the re-run sends the same again and again does not claim success
        sandbox.sandbox.calls.clear()
        assert sync(source, "--mapping", mapping) == 1
        err = capsys.readouterr().err
        assert "20 not applied" in err
        assert "a re-run cannot converge" in err
        report = report_of(source)
        assert report["complete"] is False
        assert {tuple(u["not_applied"]) for u in report["users"]} == {("Person/Title",)}
        assert len(rerun_rows(source)) == 20
    assert writes(sandbox) == {"v1User_PatchUser": 20}
    assert all(u["Person"]["Title"] == "" for u in by_key(sandbox).values())


def test_a_tenant_in_maintenance_stops_the_run_once(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "hr.toml", SANDBOX_MAPPING)
    source = write_hr_csv(tmp_path / "hr.csv", range(300))
    sandbox.sandbox.faults.fail_next(
        10_000, 503, retry_after=120, operation_id="v1User_PostUser", error_type="TenantNotRunning"
    )
    try:
        assert sync(source, "--mapping", mapping) == 3
    finally:
        sandbox.sandbox.faults.clear()
    err = capsys.readouterr().err
    assert err.count("sync: stopped: the tenant is not running") == 1
    assert "try again in 120 s (Retry-After)" in err
    assert sandbox.sandbox.calls["v1User_PostUser"] <= 32  # those already in flight
    counts = report_of(source)["counts"]
    assert sum(counts[k] for k in ("created", "failed", "in_doubt", "unstarted")) == 300
    assert counts["unstarted"] >= 300 - 32


async def test_a_tenant_in_maintenance_stops_a_bulk_run_once() -> None:
    from superoffice_async.bulk import BulkRun

    class Item:
        async def run(self, client: object) -> None:
            error = ServerError(503, error_type="TenantNotRunning", error_message="maintenance")
            error.retry_after = 60.0
            raise error

    async with BulkRun(object(), [Item() for _ in range(100)], concurrency=4) as run:  # type: ignore[arg-type]
        outcomes = [outcome async for outcome in run]
    summary = run.summary
    assert (
        summary.stopped_by
        == "the tenant is not running (maintenance); try again in 60 s (Retry-After)"
    )
    assert len(outcomes) == summary.failed <= 4
    assert summary.not_started == 100 - summary.started
    assert summary.failed + summary.not_started == 100
    assert not summary.complete
    assert "stopped: the tenant is not running" in str(summary)
