"""The sync's updates against the sandbox when someone changes a user between the plan and the
write: the stale change is refused (a ``test`` of each value as read, 409), the user is read
again once and re-planned; a second conflict ends as "conflict" with nothing overwritten."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from superoffice_async import SuperOfficeClient
from superoffice_async.sync import (
    ClientDirectory,
    CurrentUser,
    DesiredUser,
    FieldChange,
    Outcome,
    SyncMapping,
    SyncReport,
    Written,
    apply_plan,
    load_mapping,
    plan_sync,
    read_source,
)
from superoffice_async.testing import SandboxServer

from .sync_support import SANDBOX_MAPPING, write_hr_csv, write_mapping

PEOPLE = range(6)


async def synced_users(
    client: SuperOfficeClient, tmp_path: Path
) -> tuple[SyncMapping, dict[str, int]]:
    """The people of PEOPLE created by a first sync; their ids by key."""
    mapping = load_mapping(write_mapping(tmp_path / "mapping.toml", SANDBOX_MAPPING))
    report = await sync_once(client, mapping, write_hr_csv(tmp_path / "hr.csv", PEOPLE))
    assert report.counts["created"] == len(PEOPLE)
    return mapping, {str(r.planned.key): int(r.user_id or 0) for r in report}


async def sync_once(
    client: SuperOfficeClient, mapping: SyncMapping, path: Path, directory: Any = None
) -> SyncReport:
    directory = directory or ClientDirectory(client, mapping)
    plan = await plan_sync(mapping, read_source(path, mapping), directory)
    return await apply_plan(plan, directory)


async def stored(client: SuperOfficeClient, user_id: int) -> dict[str, Any]:
    """The user as SuperOffice has it now, as JSON."""
    return (await client.users.get(user_id)).to_dict()


def result(report: SyncReport, key: str) -> dict[str, Any]:
    return next(u for u in report.to_dict()["users"] if u["key"] == key)


async def test_a_concurrent_change_is_never_overwritten_blindly(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient, tmp_path: Path
) -> None:
    so, calls = superoffice_client, superoffice_sandbox.sandbox.calls
    mapping, ids = await synced_users(so, tmp_path)
    changes = {1: {"FirstName": "Anna"}, 2: {"FirstName": "Bea"}, 3: {"Department": "Support"}}
    source = read_source(write_hr_csv(tmp_path / "hr.csv", PEOPLE, changes=changes), mapping)
    directory = ClientDirectory(so, mapping)
    plan = await plan_sync(mapping, source, directory)
    assert [a.key for a in plan.writes] == ["E00001", "E00002", "E00003"]

    # someone else, between the plan and the write (a second writer on the same tenant):
    await so.users.update(ids["E00001"], {"Person/Firstname": "Annie", "Tooltip": "theirs"})
    await so.users.update(ids["E00002"], {"Person/Firstname": "Bea"})  # the same change
    await so.users.update(ids["E00003"], {"Tooltip": "kept"})  # a field the sync does not own
    calls.clear()
    report = await apply_plan(plan, directory)

    assert report.complete
    assert report.counts["updated"] == 2
    assert report.counts["unchanged"] == 4
    # E00001: the stale "First1 -> Anna" was refused; read again, "Annie -> Anna" written
    first = result(report, "E00001")
    assert first["reason"].startswith("re-planned: the user changed in SuperOffice")
    assert first["changes"] == [{"field": "Person/Firstname", "before": "Annie", "after": "Anna"}]
    # E00002: the change was there already when read again: nothing more written
    second = result(report, "E00002")
    assert (second["action"], second["outcome"], "changes" in second) == (
        "unchanged", "succeeded", False,
    )  # fmt: skip
    # 3 first writes (2 refused with 409), 2 reads again, 1 re-planned write
    assert calls["v1User_PatchUser"] == 4
    assert calls["v1User_GetUser"] == 2
    users = {key: await stored(so, user_id) for key, user_id in ids.items()}
    assert (users["E00001"]["Person"]["Firstname"], users["E00001"]["Tooltip"]) == (
        "Anna", "theirs",
    )  # fmt: skip
    assert users["E00002"]["Person"]["Firstname"] == "Bea"
    assert (users["E00003"]["UserGroup"]["Value"], users["E00003"]["Tooltip"]) == (
        "Support", "kept",
    )  # fmt: skip

    calls.clear()  # the idempotent re-run: zero writes
    again = await sync_once(so, mapping, Path(source.path))
    assert again.counts["unchanged"] == len(PEOPLE)
    assert again.complete
    assert calls["v1User_PatchUser"] == calls["v1User_PostUser"] == 0
    assert calls["v1UserAgent_MakeRetired"] == 0


class RacingDirectory(ClientDirectory):
    """A ClientDirectory racing another writer: before each update of ``racing`` (by key),
    someone changes the user's first name; ``rekey`` changes a user's key instead."""

    def __init__(self, client: SuperOfficeClient, mapping: SyncMapping, **race: str) -> None:
        super().__init__(client, mapping)
        self.race = race
        self.rounds: Counter[str] = Counter()

    async def update(
        self, current: CurrentUser, desired: DesiredUser, changes: Sequence[FieldChange]
    ) -> Written:
        users = self._client.users
        self.rounds[current.key] += 1
        if current.key == self.race.get("racing"):
            name = f"Admin{self.rounds[current.key]}"
            await users.update(current.user_id, {"Person/Firstname": name})
        if current.key == self.race.get("rekey"):
            await users.update(current.user_id, {"CustomFields/x_employee_id": "E99999"})
        return await super().update(current, desired, changes)


async def test_a_user_changed_again_ends_as_a_conflict_and_keeps_the_other_change(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient, tmp_path: Path
) -> None:
    so, calls = superoffice_client, superoffice_sandbox.sandbox.calls
    mapping, ids = await synced_users(so, tmp_path)
    changes = {n: {"FirstName": f"New{n}"} for n in PEOPLE}
    path = write_hr_csv(tmp_path / "hr.csv", PEOPLE, changes=changes)
    directory = RacingDirectory(so, mapping, racing="E00001", rekey="E00004")
    calls.clear()
    report = await sync_once(so, mapping, path, directory)

    counts = report.counts
    assert (counts["updated"], counts["conflict"], counts["failed"]) == (4, 2, 0)
    assert sum(counts[o.value] for o in Outcome if o is not Outcome.SUCCEEDED) + sum(
        counts[a] for a in ("updated", "unchanged")
    ) == len(PEOPLE)  # every row accounted for
    assert not report.complete
    assert report.stopped_by is None
    raced = result(report, "E00001")
    assert raced["outcome"] == "conflict"
    assert raced["user_id"] == ids["E00001"]
    assert "changed in SuperOffice again" in raced["error"]
    assert raced["changes"][0]["before"] == "Admin1"  # the re-planned change, refused too
    rekeyed = result(report, "E00004")
    assert rekeyed["outcome"] == "conflict"
    assert "its key changed" in rekeyed["error"]
    assert {row.values["EmployeeId"] for row, _ in report.rerun_rows()} == {"E00001", "E00004"}
    # nothing overwritten: the other writer's last values stand
    assert (await stored(so, ids["E00001"]))["Person"]["Firstname"] == "Admin2"
    rekeyed_user = await stored(so, ids["E00004"])
    assert rekeyed_user["Person"]["Firstname"] == "First4"
    assert rekeyed_user["CustomFields"]["x_employee_id"] == "E99999"
    assert (await stored(so, ids["E00005"]))["Person"]["Firstname"] == "New5"
    assert calls["v1User_PatchUser"] == 6 + 1 + 2 + 1  # 6 writes, 1 re-write, 3 by the racer
