"""``superoffice-async sync`` from the command line, against the sandbox, 2,000 people."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from superoffice_async.cli import main
from superoffice_async.testing import Sandbox, SandboxServer
from superoffice_async.testing.data import seed_users
from superoffice_async.testing.store import UserStore

from .raw_server import Seen, Server, answer
from .sync_support import PROPERTIES_ONLY, write_hr_csv, write_mapping

PEOPLE = 2000
READS = frozenset(
    {
        "v1User_GetAll",
        "v1User_GetUser",
        "v1User_CreateDefaultUserFromUserTypeAndPersonId",
        "v1UserAgent_GetAllRoles",
        "v1UserAgent_GetAllUserGroups",
    }
)


def writes(server: SandboxServer) -> dict[str, int]:
    return {k: n for k, n in server.sandbox.calls.items() if k not in READS and n}


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    """A sandbox with a few users the sync does not own (no employee id)."""
    for name in ("TICKET", "ACCESS_TOKEN", "XSRF_TOKEN", "APP_TOKEN", "LANGUAGE"):
        monkeypatch.delenv(f"SUPEROFFICE_{name}", raising=False)
    with SandboxServer(Sandbox(tenant="Cust1", store=UserStore(seed_users(20)))) as server:
        monkeypatch.setenv("SUPEROFFICE_URL", server.url)
        monkeypatch.setenv("SUPEROFFICE_USER", "tje0")
        monkeypatch.setenv("SUPEROFFICE_PASSWORD", "Tje0")
        yield server


def sync(*args: object) -> int:
    return main(["sync", *map(str, args), "--no-progress", "--concurrency", "32"])


def test_dry_run_apply_rerun_update_and_leavers(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_mapping(tmp_path / "mapping.toml", PROPERTIES_ONLY.format(action="delete"))
    source = write_hr_csv(tmp_path / "hr.csv", range(PEOPLE), delimiter=";", bom=True)
    seeded = sandbox.sandbox.store.all()

    started = time.monotonic()
    plan_out = tmp_path / "plan.json"
    assert sync(source, "--mapping", mapping, "--dry-run", "--plan-out", plan_out) == 0
    dry_run = time.monotonic() - started
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == (
        f"Plan: {PEOPLE} create, 0 update, 0 retire, 0 delete, 0 unchanged, 0 invalid"
    )
    assert "+ create    E00007: CustomFields/x_employee_id='E00007'" in out
    assert writes(sandbox) == {}
    assert json.loads(plan_out.read_text(encoding="utf-8"))["counts"]["create"] == PEOPLE
    assert not (tmp_path / "hr.report.json").exists()  # a dry run writes no report

    started = time.monotonic()
    assert sync(source, "--mapping", mapping) == 0
    applied = time.monotonic() - started
    assert writes(sandbox) == {"v1User_PostUser": PEOPLE}
    created = sandbox.sandbox.store.find_by_name("person7@hr.example.com")
    assert created is not None
    assert created["CustomFields"]["x_employee_id"] == "E00007"
    assert created["Person"]["Firstname"] == "First7"
    report = json.loads((tmp_path / "hr.report.json").read_text(encoding="utf-8"))
    assert report["counts"]["created"] == PEOPLE
    assert report["complete"] is True
    assert not (tmp_path / "hr.failed.csv").exists()

    sandbox.sandbox.calls.clear()
    started = time.monotonic()
    assert sync(source, "--mapping", mapping) == 0
    rerun = time.monotonic() - started
    assert writes(sandbox) == {}
    assert f"0 created, 0 updated, 0 retired, 0 deleted, {PEOPLE} unchanged" in (
        capsys.readouterr().err
    )
    reads = sum(sandbox.sandbox.calls.values())

    # ten changed, fifty gone: ten PATCHes of the changed fields, fifty leavers
    sandbox.sandbox.calls.clear()
    changes = {n: {"LastName": f"Changed{n}"} for n in range(10)}
    staying = [n for n in range(PEOPLE) if not 500 <= n < 550]
    source = write_hr_csv(tmp_path / "hr.csv", staying, delimiter=";", bom=True, changes=changes)
    assert sync(source, "--mapping", mapping, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "~ update    E00003 (user" in out
    assert ": Person/Lastname: 'Last3' -> 'Changed3'" in out
    assert "10 update, 0 retire, 50 delete" in out
    assert writes(sandbox) == {}
    assert sync(source, "--mapping", mapping) == 0
    assert writes(sandbox) == {"v1User_PatchUser": 10, "v1User_DeleteUser": 50}
    keys = {u["CustomFields"].get("x_employee_id") for u in sandbox.sandbox.store.all()}
    assert not any(f"E{n:05d}" in keys for n in range(500, 550))
    assert all(u in sandbox.sandbox.store.all() for u in seeded)  # never touched

    # over the threshold: stopped before writing anything
    sandbox.sandbox.calls.clear()
    source = write_hr_csv(tmp_path / "hr.csv", range(1000), delimiter=";", bom=True)
    assert sync(source, "--mapping", mapping) == 2
    assert "over the limit of 5%" in capsys.readouterr().err
    assert writes(sandbox) == {}
    assert sync(source, "--mapping", mapping, "--max-retire", "1000", "--dry-run") == 0
    print(
        f"\n2,000 people: dry run {dry_run:.1f}s, apply {applied:.1f}s, "
        f"re-run {rerun:.1f}s ({reads} reads, 0 writes)",
        file=sys.__stderr__,
    )


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
    script = Path(sys.executable).parent / "superoffice-async"
    process = subprocess.Popen(  # noqa: S603
        [str(script), "sync", str(source), "--mapping", str(mapping), "--concurrency", "8",
         "--no-progress"],
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )  # fmt: skip
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
    assert counts["created"] + counts["failed"] + counts["unstarted"] == PEOPLE
    assert all(row["SyncError"] for row in left)
    keys = {row["EmployeeId"] for row in left}
    made = {u["CustomFields"].get("x_employee_id") for u in sandbox.sandbox.store.all()}
    in_flight = [row for row in left if "in flight" in row["SyncError"]]
    assert keys.isdisjoint(made) or len(keys & made) <= len(in_flight)
    assert err.count("stopping (Ctrl-C)") == 1
