"""``superoffice-async sync`` from the command line, against the sandbox, 2,000 people."""

from __future__ import annotations

import asyncio
import csv
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from superoffice_async.testing import SandboxServer
from superoffice_async.testing.data import seed_users
from superoffice_async.testing.odata import row_of

from .raw_server import Seen, Server, answer
from .sync_support import (
    DEPARTMENTS,
    PROPERTIES_ONLY,
    SANDBOX_MAPPING,
    TITLES,
    by_key,
    held,
    requests,
    serve,
    start_sync,
    sync,
    write_hr_csv,
    write_mapping,
    writes,
)

PEOPLE = 2000
Json = dict[str, Any]


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    """A sandbox with a few users the sync does not own (no employee id), and enough licenses
    of each module for 2,000 more."""
    with serve(monkeypatch, seed_users(20), extra_licenses=PEOPLE) as server:
        yield server


def expected(n: int) -> tuple[str, str, set[str]]:
    """Person n's user group, role and modules under SANDBOX_MAPPING."""
    department, title = DEPARTMENTS[n % len(DEPARTMENTS)], TITLES[n % len(TITLES)]
    role = {"Sales Manager": "Sales", "Support Agent": "Support"}.get(title, "Read only")
    modules = {"Sales": {"ten-sales"}, "Support": {"ten-service"}}.get(department, set())
    return department, role, modules


def synced(server: SandboxServer) -> dict[int, Json]:
    """The users the sync owns, by person number (E00007 -> 7)."""
    return {int(key[1:]): user for key, user in by_key(server).items()}


def own(user: Json) -> Json:
    """A user's own state: its modules, not the counters every LicenseOwners list shows."""
    return {k: v for k, v in user.items() if k != "LicenseOwners"} | {"held": held(user)}


def in_use(server: SandboxServer) -> dict[str, int]:
    pool = server.sandbox.state.licenses
    return {name: pool.in_use(name) for name in ("ten-sales", "ten-service", "ten-marketing")}


def test_dry_run_apply_rerun_update_and_retire_leavers(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "mapping.toml", SANDBOX_MAPPING)
    source = write_hr_csv(tmp_path / "hr.csv", range(PEOPLE), delimiter=";", bom=True)
    seeded = [own(u) for u in sandbox.sandbox.state.users.all()]
    licensed = in_use(sandbox)
    figures: list[str] = []

    def timed(what: str, *args: object) -> int:
        sandbox.sandbox.calls.clear()
        started = time.monotonic()
        code = sync(*args)
        figures.append(
            f"{what} {time.monotonic() - started:.1f}s ({requests(sandbox)} requests, "
            f"{sum(writes(sandbox).values())} writes)"
        )
        return code

    plan_out = tmp_path / "plan.json"
    assert timed("dry run", source, "--mapping", mapping, "--dry-run", "--plan-out", plan_out) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == (
        f"Plan: {PEOPLE} create, 0 update, 0 adopt, 0 retire, 0 delete, 0 unchanged, 0 invalid"
    )
    assert (
        "+ create    E00005: CustomFields/x_employee_id='E00005', CustomFields/x_synced='1', "
        "UserName='person5@hr.example.com'"
    ) in out
    assert (
        "Person/Title='Consultant', UserGroup='Sales', Role='Read only', License/ten-sales=True\n"
        in out
    )
    assert writes(sandbox) == {}
    assert json.loads(plan_out.read_text(encoding="utf-8"))["counts"]["create"] == PEOPLE
    assert not (tmp_path / "hr.report.json").exists()  # a dry run writes no report

    # apply: one POST per person, each with its group, role and license; the counters move
    assert timed("apply", source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1User_PostUser": PEOPLE}
    users = synced(sandbox)
    assert sorted(users) == list(range(PEOPLE))
    for n, user in users.items():
        group, role, modules = expected(n)
        assert (user["UserGroup"]["Value"], user["Role"]["Value"], held(user)) == (
            group, role, modules
        ), n  # fmt: skip
        assert user["Person"]["Firstname"] == f"First{n}"
        assert user["UserName"] == f"person{n}@hr.example.com"
    per_department = PEOPLE // len(DEPARTMENTS)
    assert in_use(sandbox) == {
        "ten-sales": licensed["ten-sales"] + per_department,
        "ten-service": licensed["ten-service"] + per_department,
        "ten-marketing": licensed["ten-marketing"],
    }
    report = json.loads((tmp_path / "hr.report.json").read_text(encoding="utf-8"))
    assert report["counts"]["created"] == PEOPLE
    assert report["complete"] is True
    assert not (tmp_path / "hr.failed.csv").exists()

    # an immediate re-run: reads only
    assert timed("re-run", source, "--mapping", mapping) == 0
    assert writes(sandbox) == {}
    assert f"0 created, 0 updated, 0 adopted, 0 retired, 0 deleted, {PEOPLE} unchanged" in (
        capsys.readouterr().err
    )

    # ten renamed, five moved from Sales to Support, fifty gone: PATCHes of the changed fields
    # (the movers' group and licenses with them), one MakeRetired per leaver
    movers = (10, 15, 20, 25, 30)
    changes = {n: {"LastName": f"Changed{n}"} for n in range(10)}
    changes |= {n: {"Department": "Support"} for n in movers}
    gone = range(500, 550)
    staying = [n for n in range(PEOPLE) if n not in gone]
    source = write_hr_csv(tmp_path / "hr.csv", staying, delimiter=";", bom=True, changes=changes)
    assert sync(source, "--mapping", mapping, "--dry-run") == 0
    out = capsys.readouterr().out
    assert ": Person/Lastname: 'Last3' -> 'Changed3'" in out
    assert (
        ": UserGroup: 'Sales' -> 'Support'; License/ten-sales: True -> False; "
        "License/ten-service: False -> True"
    ) in out
    assert "- retire    E00500 (user " in out
    assert "15 update, 0 adopt, 50 retire, 0 delete" in out
    assert writes(sandbox) == {}
    before = in_use(sandbox)
    assert timed("retire 50", source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1User_PatchUser": 15, "v1UserAgent_MakeRetired": 50}
    users = synced(sandbox)
    assert len(users) == PEOPLE  # retired, not deleted
    for n, user in users.items():
        retired = n in gone
        assert (user["Deleted"], user["IsPersonRetired"]) == (retired, retired), n
        assert row_of(user)["isActive"] is not retired
        if retired:
            assert held(user) == set()
    assert all(users[n]["Person"]["Lastname"] == f"Changed{n}" for n in range(10))
    assert all(
        (users[n]["UserGroup"]["Value"], held(users[n])) == ("Support", {"ten-service"})
        for n in movers
    )
    leaving = {m: sum(m in expected(n)[2] for n in gone) for m in ("ten-sales", "ten-service")}
    assert leaving == {"ten-sales": 10, "ten-service": 10}
    assert in_use(sandbox) == {
        "ten-sales": before["ten-sales"] - len(movers) - leaving["ten-sales"],
        "ten-service": before["ten-service"] + len(movers) - leaving["ten-service"],
        "ten-marketing": before["ten-marketing"],
    }
    assert [own(u) for u in sandbox.sandbox.state.users.all()[: len(seeded)]] == seeded  # untouched

    # the retired stay retired: the same file again writes nothing
    assert timed("re-run after retire", source, "--mapping", mapping) == 0
    assert writes(sandbox) == {}
    assert f"0 retired, 0 deleted, {PEOPLE - len(gone)} unchanged" in capsys.readouterr().err

    # over the threshold: stopped before writing anything
    sandbox.sandbox.calls.clear()
    source = write_hr_csv(tmp_path / "hr.csv", range(1000), delimiter=";", bom=True)
    assert sync(source, "--mapping", mapping) == 2
    assert "over the limit of 5%" in capsys.readouterr().err
    assert writes(sandbox) == {}

    # two leavers back in the file: re-hired (MakeRetired false), licenses assigned again
    back = (500, 501)
    staying += back
    source = write_hr_csv(tmp_path / "hr.csv", staying, delimiter=";", bom=True, changes=changes)
    before = in_use(sandbox)
    assert sync(source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1UserAgent_MakeRetired": 2, "v1User_PatchUser": 2}
    users = synced(sandbox)
    assert [(users[n]["Deleted"], held(users[n])) for n in back] == [
        (False, {"ten-sales"}),
        (False, {"ten-service"}),
    ]
    assert in_use(sandbox)["ten-sales"] == before["ten-sales"] + 1
    print(f"\n2,000 people: {'; '.join(figures)}", file=sys.__stderr__)


def test_delete_leavers(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "mapping.toml", PROPERTIES_ONLY.format(action="delete"))
    source = write_hr_csv(tmp_path / "hr.csv", range(100))
    assert sync(source, "--mapping", mapping) == 0
    sandbox.sandbox.calls.clear()
    source = write_hr_csv(tmp_path / "hr.csv", range(3, 100))
    assert sync(source, "--mapping", mapping, "--dry-run") == 0
    assert "0 update, 0 adopt, 0 retire, 3 delete, 97 unchanged" in capsys.readouterr().out
    assert sync(source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1User_DeleteUser": 3}
    assert sorted(synced(sandbox)) == list(range(3, 100))


def test_the_docs_mapping_plans_against_the_sandbox(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sync guide's mapping (docs/guides/sync.md includes the file).
    docs_mapping = Path(__file__).parents[1] / "docs" / "examples" / "hr.toml"
    example = docs_mapping.read_text(encoding="utf-8")
    mapping = write_mapping(tmp_path / "hr.toml", example)
    source = write_hr_csv(tmp_path / "hr.csv", range(20), status=True)
    assert sync(source, "--mapping", mapping, "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == (
        "Plan: 20 create, 0 update, 0 adopt, 0 retire, 0 delete, 0 unchanged, 0 invalid"
    )
    assert (
        "UserGroup='Sales', Role='Sales', License/ten-sales=True, License/visible-for=True" in out
    )
    assert writes(sandbox) == {}


def test_wrong_password_stops_after_one_request(
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mapping = write_mapping(tmp_path / "mapping.toml", PROPERTIES_ONLY.format(action="retire"))
    source = write_hr_csv(tmp_path / "hr.csv", range(PEOPLE))
    stale = tmp_path / "hr.failed.csv"
    stale.write_text("from an earlier run\n", encoding="utf-8")
    monkeypatch.setenv("SUPEROFFICE_PASSWORD", "wrong-secret")
    assert sync(source, "--mapping", mapping) == 3
    assert sum(sandbox.sandbox.calls.values()) == 1
    err = capsys.readouterr().err
    assert err.count("401") == 1
    assert "wrong-secret" not in err
    with stale.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == PEOPLE  # this run's re-run file: everything, unstarted
    assert rows[0]["SyncError"].startswith("not started: ")


def test_header_mismatch_is_one_error_and_no_request(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "mapping.toml", PROPERTIES_ONLY.format(action="keep"))
    source = tmp_path / "hr.csv"
    source.write_text("EmployeeId,FirstName,Surname,Email,Dept\nE1,A,B,a@x,Sales\n", "utf-8")
    assert sync(source, "--mapping", mapping) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "unknown column(s) 'Surname', 'Dept'" in err[0]
    assert "missing column(s) 'Department', 'JobTitle', 'LastName'" in err[0]
    assert sum(sandbox.sandbox.calls.values()) == 0


async def test_an_answer_that_is_not_the_api_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def login_page(seen: Seen, reader: asyncio.StreamReader, writer: object) -> bool:
        page = b"<html><body>Please log in</body></html>"
        writer.write(answer("200 OK", [("Content-Type", "text/html")], page))  # type: ignore[attr-defined]
        return True

    server = Server(login_page)
    await server.start()
    try:
        monkeypatch.setenv("SUPEROFFICE_URL", server.url("/Cust1"))
        monkeypatch.setenv("SUPEROFFICE_USER", "tje0")
        monkeypatch.setenv("SUPEROFFICE_PASSWORD", "Tje0")
        mapping = write_mapping(tmp_path / "mapping.toml", PROPERTIES_ONLY.format(action="keep"))
        source = write_hr_csv(tmp_path / "hr.csv", range(100))
        code = await asyncio.to_thread(sync, source, "--mapping", mapping)
    finally:
        await server.stop()
    assert code == 3
    assert len(server.seen) == 1
    assert capsys.readouterr().err.count("stopped:") == 1


def test_double_ctrl_c_leaves_a_complete_rerun_file(sandbox: SandboxServer, tmp_path: Path) -> None:
    mapping = write_mapping(tmp_path / "mapping.toml", PROPERTIES_ONLY.format(action="retire"))
    source = write_hr_csv(tmp_path / "hr.csv", range(PEOPLE))
    sandbox.sandbox.faults.add_latency(0.05, operation_id="v1User_PostUser")
    process = start_sync(source, mapping)
    deadline = time.monotonic() + 30
    while sandbox.sandbox.calls["v1User_PostUser"] < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    for _ in range(5):  # Ctrl-C, again and again, while it stops and writes its files
        process.send_signal(signal.SIGINT)
        time.sleep(0.01)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    report = json.loads((tmp_path / "hr.report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    assert report["interrupted"] is True
    with (tmp_path / "hr.failed.csv").open(encoding="utf-8", newline="") as stream:
        left = list(csv.DictReader(stream))
    assert 0 < counts["created"] < PEOPLE
    assert counts["created"] + len(left) == PEOPLE  # nothing lost, nothing twice
    assert counts["created"] + counts["failed"] + counts["in_doubt"] + counts["unstarted"] == PEOPLE
    assert all(row["SyncError"] for row in left)
    keys = {row["EmployeeId"] for row in left}
    made = {u["CustomFields"].get("x_employee_id") for u in sandbox.sandbox.state.users.all()}
    in_flight = [row for row in left if row["SyncError"].startswith("in doubt")]
    assert keys.isdisjoint(made) or len(keys & made) <= len(in_flight)
    assert err.count("stopping (Ctrl-C)") == 1
