"""The sync engine against an in-memory Directory: mapping, source, plan, apply, report."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from superoffice_async.errors import (
    AuthenticationError,
    ConflictError,
    ConnectionFailedError,
    ServerError,
)
from superoffice_async.sync import (
    Action,
    CurrentUser,
    DesiredUser,
    FieldChange,
    MappingError,
    RetireLimit,
    RetireLimitError,
    SourceError,
    SourceHeaderError,
    SyncApplier,
    SyncMapping,
    Written,
    apply_plan,
    load_mapping,
    plan_sync,
    read_source,
)
from superoffice_async.sync.files import rerun_text, write_rerun
from superoffice_async.sync.source import ERROR_COLUMN

from .sync_support import MAPPING, FakeDirectory, write_hr_csv, write_mapping


@pytest.fixture
def mapping(tmp_path: Path) -> SyncMapping:
    return load_mapping(write_mapping(tmp_path / "mapping.toml"))


async def sync(mapping: SyncMapping, path: Path, directory: FakeDirectory) -> tuple[int, int]:
    """Plan and apply; returns (writes planned, writes made)."""
    before = directory.writes
    plan = await plan_sync(mapping, read_source(path, mapping), directory)
    report = await apply_plan(plan, directory, concurrency=8)
    assert report.complete
    return len(plan.writes), directory.writes - before


async def test_create_then_rerun_writes_nothing(mapping: SyncMapping, tmp_path: Path) -> None:
    directory = FakeDirectory()
    source = write_hr_csv(tmp_path / "hr.csv", range(2000))
    assert await sync(mapping, source, directory) == (2000, 2000)
    assert directory.calls["create"] == 2000
    assert await sync(mapping, source, directory) == (0, 0)
    user = next(u for u in directory.users.values() if u["key"] == "E00003")
    assert user["group"].name == "Development"
    assert user["role"].name == "Read only"  # "Developer" is not in values: the default
    assert user["values"]["Person/Title"] == "Developer"
    assert user["licenses"] == {"SuperOffice.module1": True, "SuperOffice.module2": False}
    sales = next(u for u in directory.users.values() if u["key"] == "E00000")
    assert sales["licenses"]["SuperOffice.module2"] is True
    assert sales["role"].name == "Sales"


async def test_update_is_field_by_field_and_leaves_the_rest(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    directory = FakeDirectory()
    await sync(mapping, write_hr_csv(tmp_path / "hr.csv", range(20)), directory)
    target = next(i for i, u in directory.users.items() if u["key"] == "E00002")
    directory.users[target]["values"]["Tooltip"] = "not owned"
    changed = write_hr_csv(
        tmp_path / "hr2.csv",
        range(20),
        changes={2: {"LastName": "Berg", "Department": "Sales", "JobTitle": "Sales Manager"}},
    )
    plan = await plan_sync(mapping, read_source(changed, mapping), directory)
    assert plan.counts["update"] == 1
    assert plan.counts["unchanged"] == 19
    (update,) = plan.writes
    assert [(c.field, str(c.before), str(c.after)) for c in update.changes] == [
        ("Person/Lastname", "Last2", "Berg"),
        ("Person/Title", "Agent", "Sales Manager"),
        ("UserGroup", "Marketing", "Sales"),
        ("Role", "Support", "Sales"),
        ("License/SuperOffice.module2", "False", "True"),
    ]
    assert "Person/Lastname: 'Last2' -> 'Berg'" in plan.render()
    report = await apply_plan(plan, directory)
    assert report.counts["updated"] == 1
    assert directory.users[target]["values"]["Tooltip"] == "not owned"
    assert directory.calls["update"] == 1


async def test_leavers_are_retired_exactly_and_the_limit_stops_the_plan(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    directory = FakeDirectory()
    await sync(mapping, write_hr_csv(tmp_path / "hr.csv", range(2000)), directory)
    removed = set(range(100, 150))
    staying = [n for n in range(2000) if n not in removed]
    plan = await plan_sync(
        mapping, read_source(write_hr_csv(tmp_path / "hr2.csv", staying), mapping), directory
    )
    retired = {a.key for a in plan.actions if a.action is Action.RETIRE}
    assert retired == {f"E{n:05d}" for n in removed}
    plan.check_retire_limit()  # 50 of 2000 is under 5%
    report = await apply_plan(plan, directory, concurrency=8)
    assert report.counts["retired"] == 50
    gone = [u for u in directory.users.values() if u["retired"]]
    assert {u["key"] for u in gone} == retired
    assert not any(any(u["licenses"].values()) for u in gone)
    # a re-run leaves the retired alone; bringing one back un-retires it
    assert (await sync(mapping, tmp_path / "hr2.csv", directory)) == (0, 0)
    back = write_hr_csv(tmp_path / "hr3.csv", [*staying, 100])
    plan = await plan_sync(mapping, read_source(back, mapping), directory)
    (rehire,) = plan.writes
    assert rehire.changes[0].field == "Retired"
    # over the limit: refused before anything is written
    few = write_hr_csv(tmp_path / "hr4.csv", range(1000))
    plan = await plan_sync(mapping, read_source(few, mapping), directory)
    assert plan.leavers == 1000
    with pytest.raises(RetireLimitError, match="1000 of 2000 user"):
        plan.check_retire_limit()
    plan.check_retire_limit(RetireLimit.parse("1000"))
    plan.check_retire_limit(RetireLimit.parse("50%"))
    with pytest.raises(RetireLimitError):
        plan.check_retire_limit(RetireLimit.parse("49.9%"))


async def test_bad_rows_fail_alone_and_never_make_leavers(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    directory = FakeDirectory()
    await sync(mapping, write_hr_csv(tmp_path / "hr.csv", range(10)), directory)
    source = write_hr_csv(
        tmp_path / "hr2.csv",
        [*range(10), 10],
        changes={
            3: {"Department": ""},  # no user group to look up
            4: {"Email": ""},  # fine: an empty user name is a value
            10: {"EmployeeId": "E00005"},  # a key twice
        },
    )
    plan = await plan_sync(mapping, read_source(source, mapping), directory)
    problems = {a.key: a.problem for a in plan.actions if a.action is Action.INVALID}
    assert "Department is empty, so there is no user group" in (problems["E00003"] or "")
    assert "is on lines 7, 12" in (problems["E00005"] or "")
    assert plan.leavers == 0  # E00003 and E00005 are in the source: not leavers
    report = await apply_plan(plan, directory)
    assert report.counts["failed"] == 3
    assert len(report.rerun_rows()) == 3


async def test_a_run_wide_failure_stops_at_once(mapping: SyncMapping, tmp_path: Path) -> None:
    directory = FakeDirectory()
    directory.fail_all = AuthenticationError(401, error_message="wrong password")
    plan = await plan_sync(
        mapping, read_source(write_hr_csv(tmp_path / "hr.csv", range(500)), mapping), directory
    )
    report = await SyncApplier(plan, directory, concurrency=4).run()
    assert directory.writes <= 4  # only those already in flight
    assert report.stopped_by is not None
    assert "401" in report.stopped_by
    assert report.succeeded + report.failed + report.unstarted == 500
    assert report.unstarted >= 496
    assert not report.complete


class SignedOutAfterAConflict(FakeDirectory):
    """Every update meets a concurrent change (409); reading the user again then finds the
    credentials revoked (401)."""

    async def update(
        self, current: CurrentUser, desired: DesiredUser, changes: Sequence[FieldChange]
    ) -> Written:
        self.calls["update"] += 1
        raise ConflictError(409, error_message="test failed")

    async def read_users(self, user_ids: Sequence[int]) -> list[CurrentUser]:
        self.calls["read_users"] += 1
        raise AuthenticationError(401, error_message="signed out")


async def test_a_run_wide_failure_after_a_conflict_stops_the_run_once(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    directory = SignedOutAfterAConflict()
    await sync(mapping, write_hr_csv(tmp_path / "hr.csv", range(200)), directory)
    renamed = {n: {"LastName": f"New{n}"} for n in range(200)}
    source = read_source(write_hr_csv(tmp_path / "hr.csv", range(200), changes=renamed), mapping)
    plan = await plan_sync(mapping, source, directory)
    directory.calls.clear()
    report = await SyncApplier(plan, directory, concurrency=4).run()
    assert report.stopped_by is not None
    assert "401" in report.stopped_by
    assert directory.calls["update"] == directory.calls["read_users"] <= 4  # those in flight
    assert report.counts["failed"] == directory.calls["update"]
    assert report.counts["conflict"] == 0  # not a conflict: the run stopped
    assert report.failed + report.unstarted == 200


async def test_a_row_failure_does_not_stop_the_run(mapping: SyncMapping, tmp_path: Path) -> None:
    directory = FakeDirectory()
    directory.fail_keys["E00007"] = ServerError(500, error_message="boom")
    plan = await plan_sync(
        mapping, read_source(write_hr_csv(tmp_path / "hr.csv", range(50)), mapping), directory
    )
    report = await apply_plan(plan, directory)
    assert report.counts["created"] == 49
    assert report.counts["failed"] == 1
    ((row, error),) = report.rerun_rows()
    assert row.values["EmployeeId"] == "E00007"
    assert "500" in error
    entry = next(u for u in report.to_dict()["users"] if u["key"] == "E00007")
    assert entry["outcome"] == "failed"
    assert entry["action"] == "create"


async def test_stop_and_cancel_account_for_every_row(mapping: SyncMapping, tmp_path: Path) -> None:
    directory = FakeDirectory()
    directory.delay = 0.01
    source = read_source(write_hr_csv(tmp_path / "hr.csv", range(400)), mapping)
    plan = await plan_sync(mapping, source, directory)
    applier = SyncApplier(plan, directory, concurrency=8)
    running = asyncio.create_task(applier.run())
    await asyncio.sleep(0.1)
    applier.stop()
    applier.stop()  # a second Ctrl-C changes nothing
    report = await running
    assert report.interrupted
    assert 0 < report.succeeded < 400
    assert report.succeeded + report.failed + report.unstarted == 400
    assert len(report.rerun_rows()) == 400 - report.succeeded

    applier = SyncApplier(plan, FakeDirectory(), concurrency=8)
    applier._directory.delay = 0.01  # type: ignore[attr-defined]
    running = asyncio.create_task(applier.run())
    await asyncio.sleep(0.05)
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert len(applier.report.results) == 400
    assert applier.report.interrupted


def test_source_detects_bom_and_semicolons_and_checks_the_header(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    path = write_hr_csv(tmp_path / "excel.csv", range(3), delimiter=";", bom=True)
    source = read_source(path, mapping)
    assert (source.delimiter, source.bom, len(source)) == (";", True, 3)
    assert source.rows[0].values["EmployeeId"] == "E00000"

    bad = tmp_path / "bad.csv"
    bad.write_text("EmployeeId,FirstName,Surname,Email,Dept,JobTitle,Phone\n", encoding="utf-8")
    with pytest.raises(SourceHeaderError) as caught:
        read_source(bad, mapping)
    assert caught.value.unknown == ("Surname", "Dept", "Phone")
    assert caught.value.missing == ("Department", "LastName")
    assert "unknown column(s) 'Surname', 'Dept', 'Phone'" in str(caught.value)

    latin = tmp_path / "latin.csv"
    latin.write_bytes("EmployeeId\nJos\xe9\n".encode("latin-1"))
    with pytest.raises(SourceError, match="not UTF-8"):
        read_source(latin, mapping)


def test_jsonl_source_and_rows_with_problems(mapping: SyncMapping, tmp_path: Path) -> None:
    path = tmp_path / "hr.jsonl"
    good = {
        "EmployeeId": "E1",
        "FirstName": "Ada",
        "LastName": "L",
        "Email": "a@x",
        "Department": "Sales",
        "JobTitle": "Developer",
    }
    lines = [json.dumps(good), "{not json", json.dumps({"EmployeeId": "E2"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = read_source(path, mapping)
    assert [r.problem is None for r in source.rows] == [True, False, False]
    assert "no Department" in (source.rows[2].problem or "")
    text = rerun_text(source, [(row, "why") for row in source.rows[1:]])
    assert text.splitlines()[0] == "{not json"
    assert json.loads(text.splitlines()[1])[ERROR_COLUMN] == "why"


def test_rerun_file_keeps_the_dialect_and_reads_back(mapping: SyncMapping, tmp_path: Path) -> None:
    source = read_source(
        write_hr_csv(tmp_path / "hr.csv", range(5), delimiter=";", bom=True), mapping
    )
    failed = tmp_path / "hr.failed.csv"
    write_rerun(failed, source, [(source.rows[1], "boom; twice"), (source.rows[3], "later")])
    data = failed.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == ";".join(
        ["EmployeeId", "FirstName", "LastName", "Email", "Department", "JobTitle", ERROR_COLUMN]
    )
    again = read_source(failed, mapping)
    assert [r.values["EmployeeId"] for r in again.rows] == ["E00001", "E00003"]
    write_rerun(failed, source, [])
    assert not failed.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[keys]\n", "unknown section"),
        ("[key]\ncolumn = 'Id'\n", "[key] property must be a non-empty string"),
        ("[key]\ncolumn = 'Id'\nproperty = 'Tooltip'\n", "must be UserName or"),
        ("[key]\ncolumn = 'Id'\nproperty = 'UserName'\n", "[leavers] needs groups"),
        (
            "[key]\ncolumn='Id'\nproperty='CustomFields/x'\n[properties]\n'Person/Firstnme'='A'\n",
            "Firstname",
        ),
        ("[key]\ncolumn='Id'\nproperty='CustomFields/x'\n[properties]\nRole='A'\n", "[role]"),
        (
            "[key]\ncolumn='Id'\nproperty='CustomFields/x'\n[properties]\n"
            "IsOnTravel={column='A', values={x='maybe'}}\n",
            "true or false",
        ),
        ("[key]\ncolumn='Id'\nproperty='CustomFields/x'\n[leavers]\nmax_retire='lots'\n", "5%"),
        ("[key]\ncolumn='Id'\nproperty='CustomFields/x'\n[leavers]\naction='fire'\n", "retire"),
        ("[key]\ncolumn='Id'\nproperty='CustomFields/x'\n[licenses]\nvalues={a=['m']}\n", "column"),
        ("[key\n", "not valid TOML"),
        ("[key]\ncolumn='Id'\nproperty='CustomFields/x'\n", "needs [key] marker"),
        ("[key]\ncolumn='Id'\nproperty='CustomFields/x'\nmarker='Tooltip'\n", "marker must be"),
        (
            "[key]\ncolumn='Id'\nproperty='CustomFields/x'\nmarker='CustomFields/x'\n",
            "another field than the key",
        ),
        (
            "[key]\ncolumn='Id'\nproperty='CustomFields/x'\nmarker='CustomFields/m'\n"
            "[leavers]\ngone=['Terminated']\n",
            "need a status_column",
        ),
        (
            "[key]\ncolumn='Id'\nproperty='CustomFields/x'\nmarker='CustomFields/m'\n"
            "[leavers]\nstatus_column='Status'\n",
            "needs gone and/or on_leave",
        ),
        (
            "[key]\ncolumn='Id'\nproperty='CustomFields/x'\nmarker='CustomFields/m'\n"
            "[leavers]\nstatus_column='S'\ngone=['Gone']\non_leave=['gone']\n",
            "both gone and on leave",
        ),
    ],
)
def test_mapping_errors_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mapping.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(path)
    assert message in str(caught.value)


def test_mapping_owns_what_it_names(tmp_path: Path) -> None:
    mapping = SyncMapping.from_dict(__import__("tomllib").loads(MAPPING))
    assert mapping.owned == (
        "CustomFields/x_employee_id",
        "CustomFields/x_synced",
        "UserName",
        "Person/Firstname",
        "Person/Lastname",
        "Person/Email",
        "Person/Title",
        "UserGroup",
        "Role",
        "License/SuperOffice.module1",
        "License/SuperOffice.module2",
        "Retired",
    )
    assert mapping.columns == {
        "EmployeeId", "FirstName", "LastName", "Email", "Department", "JobTitle",
    }  # fmt: skip
    assert RetireLimit.parse("5%").allowed(2000) == 100
    assert RetireLimit.parse(" 7 ").allowed(2000) == 7
    with pytest.raises(MappingError):
        load_mapping(tmp_path / "mapping.yaml")


def test_the_docs_mapping_example_loads() -> None:
    import tomllib

    example = Path(__file__).resolve().parent.parent / "docs" / "examples" / "hr.toml"
    mapping = SyncMapping.from_dict(tomllib.loads(example.read_text(encoding="utf-8")), "docs")
    assert mapping.leavers == "retire"
    assert mapping.role is not None
    assert mapping.role.default == "Read only"
    assert "License/ten-sales" in mapping.owned


async def test_a_connection_lost_after_sending_is_in_doubt(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    directory = FakeDirectory()
    directory.fail_keys["E00003"] = ConnectionFailedError("reset", request_sent=True)
    source = read_source(write_hr_csv(tmp_path / "hr.csv", range(40)), mapping)
    report = await SyncApplier(await plan_sync(mapping, source, directory), directory).run()
    entry = next(u for u in report.to_dict()["users"] if u["key"] == "E00003")
    assert entry["outcome"] == "in_doubt"
    assert report.stopped_by is not None  # no connection: run-wide
    assert report.succeeded + report.failed + report.in_doubt + report.unstarted == 40
    assert any(row.values["EmployeeId"] == "E00003" for row, _ in report.rerun_rows())


async def test_the_plan_checks_every_name_and_user_name_before_writing(tmp_path: Path) -> None:
    text = MAPPING.replace('default = "Read only"', 'default = "Reader"')
    mapping = load_mapping(write_mapping(tmp_path / "mapping.toml", text))
    source = read_source(write_hr_csv(tmp_path / "hr.csv", range(10)), mapping)
    directory = FakeDirectory()
    with pytest.raises(MappingError, match=r"role 'Reader' \(closest: 'Read only'\)"):
        await plan_sync(mapping, source, directory)
    assert directory.calls == {"lookups": 1}  # stopped before the users were read

    mapping = load_mapping(write_mapping(tmp_path / "mapping.toml"))
    directory.refused = {"person4@hr.example.com"}
    changes = {2: {"Email": "person1@hr.example.com"}}
    source = read_source(write_hr_csv(tmp_path / "hr.csv", range(6), changes=changes), mapping)
    plan = await plan_sync(mapping, source, directory)
    problems = {a.key: a.problem for a in plan.actions if a.action is Action.INVALID}
    assert set(problems) == {"E00001", "E00002", "E00004"}
    assert "is on lines 3, 4" in str(problems["E00001"])
    assert "IsUserNameValid" in str(problems["E00004"])


async def test_status_rows_leave_like_absent_ones(tmp_path: Path) -> None:
    text = MAPPING + 'status_column = "Status"\ngone = ["Left"]\nend_date_column = "EndDate"\n'
    mapping = load_mapping(write_mapping(tmp_path / "mapping.toml", text))
    directory = FakeDirectory()
    await sync(mapping, write_hr_csv(tmp_path / "hr.csv", range(40), status=True), directory)
    changes = {1: {"Status": "LEFT"}, 2: {"EndDate": "2026-12-31"}, 3: {"EndDate": "31.12.2026"}}
    source = write_hr_csv(tmp_path / "hr.csv", range(40), status=True, changes=changes)
    plan = await plan_sync(mapping, read_source(source, mapping), directory, today=date(2027, 1, 1))
    retired = {a.key: a.reason for a in plan.actions if a.action is Action.RETIRE}
    assert retired == {"E00001": "Status is 'LEFT'", "E00002": "EndDate 2026-12-31 has passed"}
    (invalid,) = [a for a in plan.actions if a.action is Action.INVALID]
    assert "EndDate must be a date (YYYY-MM-DD), got '31.12.2026'" in str(invalid.problem)
    assert plan.leavers == 2  # counted against max_retire like absent ones
    plan.check_retire_limit()  # 5% of 40
    with pytest.raises(RetireLimitError):
        plan.check_retire_limit(RetireLimit.parse("1"))
    same_day = await plan_sync(
        mapping, read_source(source, mapping), directory, today=date(2026, 12, 31)
    )
    assert [a.key for a in same_day.actions if a.action is Action.RETIRE] == ["E00001"]


def test_the_delimiter_is_sniffed_and_header_hints_fit(
    mapping: SyncMapping, tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    path.write_text('EmployeeId;"Team, Sub"\nE1;x\n', encoding="utf-8")
    with pytest.raises(SourceHeaderError) as caught:
        read_source(path, mapping)
    assert caught.value.unknown == ("Team, Sub",)  # read with ";", the sniffer's choice
    path.write_text("EmployeeId,FirstName\nE1,x\n", encoding="utf-8")
    with pytest.raises(SourceHeaderError) as caught:
        read_source(path, mapping)
    assert "unknown" not in str(caught.value)
    assert "add the missing ones to the file" in str(caught.value)
