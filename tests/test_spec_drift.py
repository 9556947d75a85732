"""The drift gate: passes on the committed spec, and names exactly what a planted drift changes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.documents import operation_count

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "spec_drift.py"
SPEC = ROOT / "openapi" / "superoffice-user.yaml"
SWAGGER = ROOT / "openapi" / "swagger"
DEVIATIONS = ROOT / "openapi" / "deviations.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False
    )


def edited_spec(tmp_path: Path, edit: Any) -> Path:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    edit(spec)
    target = tmp_path / "spec.yaml"
    target.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return target


def test_the_committed_spec_has_no_unexplained_drift() -> None:
    done = run()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 unexplained differences" in done.stdout
    # every operation of both sides was read (a new family's operations count by themselves)
    spec, swagger = operation_count(SPEC), operation_count(*sorted(SWAGGER.glob("*.json")))
    assert f"operations: spec {spec}, Swagger {swagger}" in done.stdout


def test_a_renamed_query_parameter_is_reported(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        params = spec["paths"]["/api/v1/Agents/User/GetUser"]["post"]["parameters"]
        params[0]["name"] = "UserId"

    done = run("--spec", str(edited_spec(tmp_path, edit)))
    assert done.returncode == 1
    drift = [line for line in done.stdout.splitlines() if line.startswith("DRIFT")]
    assert drift == [
        "DRIFT POST /api/v1/Agents/User/GetUser: parameter query UserId only in the spec",
        "DRIFT POST /api/v1/Agents/User/GetUser: parameter query userId only in the Swagger",
    ]


def _missing_schema(spec: dict[str, Any]) -> None:
    role = spec["components"]["schemas"]["User"]["properties"]["Role"]
    role["anyOf"][0]["$ref"] = "#/components/schemas/Missing"


def _missing_parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/api/v1/User/{id}"]["get"]["parameters"][0]["$ref"] = "#/x/Missing"


@pytest.mark.parametrize(
    ("edit", "ref"),
    [(_missing_schema, "#/components/schemas/Missing"), (_missing_parameter, "#/x/Missing")],
)
def test_a_reference_to_nothing_stops_the_check_naming_it(
    tmp_path: Path, edit: Any, ref: str
) -> None:
    done = run("--spec", str(edited_spec(tmp_path, edit)))
    assert done.returncode == 2
    assert done.stderr.strip() == f"spec-drift: unresolved reference {ref}"


def test_a_removed_operation_field_and_enum_member_are_reported(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/api/v1/Agents/User/MakeRetired"]
        del spec["components"]["schemas"]["User"]["properties"]["NickName"]
        spec["components"]["schemas"]["RoleType"]["enum"].remove("System")

    done = run("--spec", str(edited_spec(tmp_path, edit)))
    assert done.returncode == 1
    out = done.stdout
    assert "DRIFT POST /api/v1/Agents/User/MakeRetired: operation only in the Swagger" in out
    assert "DRIFT carrier User.NickName: only in the Swagger (string)" in out
    assert "enum members only in the Swagger: ['System']" in out
    assert "spec-drift: FAILED" in out


def test_a_new_swagger_file_shows_what_changed(tmp_path: Path) -> None:
    """Replacing the Swagger files with a newer publication shows exactly the change."""
    folder = tmp_path / "swagger"
    shutil.copytree(SWAGGER, folder)
    agent = folder / "Swagger-v1-UserAgent.json"
    document = json.loads(agent.read_text(encoding="utf-8"))
    user = document["definitions"]["SuperOffice.CRM.Services.User"]["properties"]
    user["Rank"]["format"] = "int64"
    agent.write_text(json.dumps(document), encoding="utf-8")
    done = run("--swagger", str(folder))
    assert done.returncode == 1
    assert "DRIFT carrier User.Rank: spec integer/int32, Swagger integer/int64" in done.stdout


def test_a_stale_deviation_fails(tmp_path: Path) -> None:
    deviations = yaml.safe_load(DEVIATIONS.read_text(encoding="utf-8"))
    deviations["differences"].append(
        {"difference": "carrier User.Nothing: only in the spec", "reason": "planted"}
    )
    path = tmp_path / "deviations.yaml"
    path.write_text(yaml.safe_dump(deviations), encoding="utf-8")
    done = run("--deviations", str(path))
    assert done.returncode == 1
    assert "STALE deviation no longer occurs: carrier User.Nothing: only in the spec" in done.stdout


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"rule": "everything-goes", "reason": "x"}, "unknown rule 'everything-goes'"),
        ({"rule": "nullable"}, "rule 'nullable' needs a reason"),
    ],
)
def test_rules_need_a_known_name_and_a_reason(
    tmp_path: Path, entry: dict[str, str], message: str
) -> None:
    path = tmp_path / "deviations.yaml"
    path.write_text(yaml.safe_dump({"rules": [entry]}), encoding="utf-8")
    done = run("--deviations", str(path))
    assert done.returncode == 2
    assert message in done.stderr


def test_without_the_nullable_rule_every_nullable_property_shows(tmp_path: Path) -> None:
    deviations = yaml.safe_load(DEVIATIONS.read_text(encoding="utf-8"))
    deviations["rules"] = [r for r in deviations["rules"] if r["rule"] != "nullable"]
    path = tmp_path / "deviations.yaml"
    path.write_text(yaml.safe_dump(deviations), encoding="utf-8")
    done = run("--deviations", str(path))
    assert done.returncode == 1
    assert "DRIFT carrier User.Tooltip: spec string?, Swagger string" in done.stdout
