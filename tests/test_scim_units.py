"""The SCIM bridge's parts on their own: the guard's window (on a fake clock), the token, the
PATCH rewrites, the mapping's columns, the log line and the command line."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from superoffice_async import ConfigurationError, InvalidArgumentError, SyncMapping
from superoffice_async.cli import main
from superoffice_async.scim import BearerToken, DeactivationGuard, token_from_env
from superoffice_async.scim.errors import TooManyDeactivations
from superoffice_async.scim.guard import parse_rate
from superoffice_async.scim.quirks import rfc_patch
from superoffice_async.scim.resources import check_columns, row_of
from superoffice_async.scim.server import demo_mapping, sandbox_bridge
from superoffice_async.sync import MappingError

TOKEN = "s3cret-token-for-the-identity-provider"


@pytest.fixture(autouse=True)
def _scim_logger_restored() -> Iterator[None]:
    """``scim serve`` and ``app_from_env`` add a stderr handler; each test gets none."""
    logger = logging.getLogger("superoffice_async.scim")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_guard_counts_a_sliding_window() -> None:
    clock = Clock()
    guard = DeactivationGuard(2, 60.0, clock=clock)
    guard.admit("user 1")
    clock.now += 30
    guard.admit("user 2")
    with pytest.raises(TooManyDeactivations, match="nothing was retired") as refused:
        guard.admit("user 3")
    assert refused.value.status == 429
    assert refused.value.retry_after == 30  # type: ignore[attr-defined]
    clock.now += 30  # the first one leaves the window
    guard.admit("user 3")
    with pytest.raises(TooManyDeactivations):
        guard.admit("user 4")
    with pytest.raises(TooManyDeactivations):
        DeactivationGuard(0, 1.0, clock=clock).admit("anyone")


def test_rates_and_bad_settings() -> None:
    assert parse_rate("10/60") == (10, 60.0)
    assert parse_rate(" 5 ") == (5, 60.0)
    for bad in ("ten", "5/0", "-1/60", "5/x"):
        with pytest.raises(InvalidArgumentError, match="COUNT/SECONDS"):
            parse_rate(bad)
    with pytest.raises(InvalidArgumentError):
        DeactivationGuard(-1)
    with pytest.raises(InvalidArgumentError):
        DeactivationGuard(1, 0)


def test_the_token_compares_whole_and_never_shows(tmp_path: Path) -> None:
    token = BearerToken(TOKEN)
    assert token.accepts(f"Bearer {TOKEN}")
    assert token.accepts(f"bearer  {TOKEN} ")
    for header in (None, "", TOKEN, f"Basic {TOKEN}", f"Bearer {TOKEN[:-1]}", f"Bearer {TOKEN}x"):
        assert not token.accepts(header)
    assert TOKEN not in repr(token)
    with pytest.raises(ConfigurationError, match="at least 16"):
        BearerToken("short")
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n")
    assert token_from_env({"SUPEROFFICE_SCIM_TOKEN_FILE": str(secret)}).accepts(f"Bearer {TOKEN}")
    assert token_from_env({"SUPEROFFICE_SCIM_TOKEN": TOKEN}).accepts(f"Bearer {TOKEN}")
    with pytest.raises(ConfigurationError, match="SUPEROFFICE_SCIM_TOKEN"):
        token_from_env({})
    with pytest.raises(ConfigurationError, match="cannot read") as missing:
        token_from_env({"SUPEROFFICE_SCIM_TOKEN_FILE": str(tmp_path / "none")})
    assert TOKEN not in str(missing.value)


def test_entra_patch_shapes_are_rewritten_and_others_pass_unchanged() -> None:
    manager = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"
    body = {"schemas": ["x"], "Operations": [
        {"op": "Remove", "path": "members", "value": [{"value": "7"}, {"value": "8"}]},
        {"op": "Add", "path": manager, "value": "12"},
        {"op": "Replace", "path": "active", "value": "False"},
    ]}  # fmt: skip
    rewritten = json.loads(rfc_patch(json.dumps(body).encode()))["Operations"]
    assert rewritten == [
        {"op": "remove", "path": 'members[value eq "7"]'},
        {"op": "remove", "path": 'members[value eq "8"]'},
        {"op": "Add", "path": manager, "value": {"value": "12"}},
        {"op": "Replace", "path": "active", "value": "False"},
    ]
    for same in (b"{not json", b"[]", b'{"Operations": [{"op": "remove", "path": "members"}]}',
                 json.dumps({"Operations": [{"op": "Remove", "path": "members",
                                             "value": [{"value": 'a"b'}]}]}).encode()):  # fmt: skip
        assert rfc_patch(same) == same


def test_a_mapping_names_scim_attributes_only() -> None:
    check_columns(demo_mapping("demo"))
    hr = SyncMapping.from_dict({"key": {"column": "EmployeeId", "property": "UserName"},
                                "leavers": {"action": "keep"}})  # fmt: skip
    with pytest.raises(MappingError, match="EmployeeId is not one"):
        check_columns(hr)
    by_status = SyncMapping.from_dict({
        "key": {"column": "userName", "property": "UserName"},
        "leavers": {"action": "keep", "status_column": "userType", "gone": ["Former"]},
    })  # fmt: skip
    with pytest.raises(MappingError, match="active: false"):
        check_columns(by_status)


def test_a_scim_user_as_a_row() -> None:
    row = row_of({
        "userName": "a@x.com", "externalId": "E1", "name": {"givenName": "A", "familyName": "B"},
        "emails": [{"value": "home@x.com", "type": "home"}, {"value": "w@x.com", "type": "work"}],
        "phoneNumbers": [{"value": "1", "primary": True}, {"value": "2", "type": "mobile"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "department": "Sales", "manager": {"value": "9"}},
    })  # fmt: skip
    assert row == {
        "userName": "a@x.com", "externalId": "E1", "name.givenName": "A", "name.familyName": "B",
        "emails.value": "w@x.com", "phoneNumbers.value": "1", "phoneNumbers.mobile": "2",
        "department": "Sales", "manager": "9",
    }  # fmt: skip


def test_one_log_line_per_request_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="superoffice_async.scim")
    with sandbox_bridge() as bridge:
        auth = {"Authorization": f"Bearer {bridge.token}"}
        with httpx2.Client(base_url=bridge.url, headers=auth) as http:
            assert http.get("/Users/1").status_code in (200, 404)
            assert http.get("/Users", headers={"Authorization": "Bearer nope"}).status_code == 401
    lines = [r for r in caplog.records if hasattr(r, "scim")]
    fields: list[dict[str, Any]] = [r.scim for r in lines]  # type: ignore[attr-defined]
    assert [(f["method"], f["resource"], f["superoffice_calls"]) for f in fields] == [
        ("GET", "Users/{id}", 1), ("GET", "Users", 0)]  # fmt: skip
    assert fields[1]["status"] == 401
    assert all(bridge.token not in r.getMessage() for r in caplog.records)


def test_scim_serve_needs_a_token_for_a_real_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text((Path(__file__).parents[1] / "superoffice_async/scim/demo_mapping.toml")
                       .read_text())  # fmt: skip
    monkeypatch.delenv("SUPEROFFICE_SCIM_TOKEN", raising=False)
    monkeypatch.delenv("SUPEROFFICE_SCIM_TOKEN_FILE", raising=False)
    monkeypatch.setenv("SUPEROFFICE_USER", "someone")
    monkeypatch.setenv("SUPEROFFICE_PASSWORD", "pw")
    code = main(["scim", "serve", "--mapping", str(mapping), "--url", "http://127.0.0.1:9"])
    assert code == 2
    assert "SUPEROFFICE_SCIM_TOKEN" in capsys.readouterr().err
    bad = main(["scim", "serve", "--mapping", str(tmp_path / "none.toml")])
    assert bad == 2


def test_the_bridges_variables_are_known_to_from_env() -> None:
    from superoffice_async.config import KNOWN_VARIABLES, client_arguments
    from superoffice_async.scim.app import MAPPING_ENV, MAX_DEACTIVATIONS_ENV
    from superoffice_async.scim.auth import TOKEN_ENV, TOKEN_FILE_ENV

    ours = {TOKEN_ENV, TOKEN_FILE_ENV, MAPPING_ENV, MAX_DEACTIVATIONS_ENV}
    assert ours <= set(KNOWN_VARIABLES)
    env = {name: "x" for name in ours} | {"SUPEROFFICE_URL": "https://crm.example.com/so",
                                          "SUPEROFFICE_TICKET": "7T:abc"}  # fmt: skip
    assert "SUPEROFFICE_SCIM_TOKEN" not in repr(client_arguments(env))
    with pytest.raises(ConfigurationError, match="did you mean SUPEROFFICE_SCIM_TOKEN"):
        client_arguments(env | {"SUPEROFFICE_SCIM_TOKN": "x"})


def test_scim_serve_with_its_token_and_a_real_connection_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from superoffice_async.testing import Sandbox, SandboxServer

    mapping = Path(__file__).parents[1] / "superoffice_async/scim/demo_mapping.toml"
    monkeypatch.delenv("SUPEROFFICE_TENANT", raising=False)
    monkeypatch.delenv("SUPEROFFICE_SCIM_TOKEN_FILE", raising=False)
    with SandboxServer(Sandbox()) as backend:
        creds = backend.sandbox.credentials
        monkeypatch.setenv("SUPEROFFICE_URL", backend.url)
        monkeypatch.setenv("SUPEROFFICE_USER", creds.username)
        monkeypatch.setenv("SUPEROFFICE_PASSWORD", creds.password)
        monkeypatch.setenv("SUPEROFFICE_SCIM_TOKEN", TOKEN)
        code = main(["scim", "serve", "--mapping", str(mapping), "--port", "0",
                     "--max-seconds", "0.5"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    assert "SCIM bridge at http://127.0.0.1:0/v2" in err
    assert "sandbox" not in err  # the configured site, not the built-in sandbox
    assert TOKEN not in err


def test_scim_serve_on_the_sandbox_stops_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("SUPEROFFICE_URL", "SUPEROFFICE_TENANT", "SUPEROFFICE_SCIM_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("SUPEROFFICE_PASSWORD", raising=False)
    mapping = Path(__file__).parents[1] / "superoffice_async/scim/demo_mapping.toml"
    code = main(["scim", "serve", "--mapping", str(mapping), "--port", "0",
                 "--max-seconds", "0.5"])  # fmt: skip
    assert code == 0
    err = capsys.readouterr().err
    assert "serving the sandbox" in err
    assert "bearer token" in err


def test_the_uvicorn_factory_reads_the_environment(tmp_path: Path) -> None:
    from superoffice_async.scim import app_from_env
    from superoffice_async.scim.server import BridgeServer
    from superoffice_async.testing import Sandbox, SandboxServer

    mapping = Path(__file__).parents[1] / "superoffice_async/scim/okta_mapping.toml"
    with pytest.raises(ConfigurationError, match="SUPEROFFICE_SCIM_MAPPING"):
        app_from_env({})
    with SandboxServer(Sandbox()) as backend:
        creds = backend.sandbox.credentials
        env = {
            "SUPEROFFICE_SCIM_MAPPING": str(mapping),
            "SUPEROFFICE_SCIM_TOKEN": TOKEN,
            "SUPEROFFICE_SCIM_MAX_DEACTIVATIONS": "0/60",
            "SUPEROFFICE_URL": backend.url,
            "SUPEROFFICE_USER": creds.username,
            "SUPEROFFICE_PASSWORD": creds.password,
        }
        app = app_from_env(env)
        with BridgeServer(app, backend.sandbox) as bridge:
            auth = {"Authorization": f"Bearer {TOKEN}"}
            with httpx2.Client(base_url=bridge.url, headers=auth) as http:
                assert http.get("/Users/1").json()["id"] == "1"
                off = {"op": "replace", "value": {"active": False}}
                refused = http.patch("/Users/1", json={"schemas": [PATCH_OP], "Operations": [off]})
                assert refused.status_code == 429
        user = backend.sandbox.state.users.get(1)
        assert user is not None
        assert user["Deleted"] is False


PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


def test_the_guide_scim_mapping_loads_and_names_scim_attributes() -> None:
    import re
    import tomllib

    guide = Path(__file__).resolve().parents[1] / "docs" / "guides" / "scim.md"
    (example,) = re.findall(r"```toml\n(.*?)```", guide.read_text(encoding="utf-8"), re.S)
    mapping = SyncMapping.from_dict(tomllib.loads(example), "guide")
    check_columns(mapping)
    assert mapping == dataclasses.replace(demo_mapping("demo"), role=None, origin="guide")


def test_superoffice_failures_become_scim_errors_without_their_bodies() -> None:
    from superoffice_async import (
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ConnectionFailedError,
        NotFoundError,
        PreconditionFailedError,
        RateLimitError,
        ServerError,
    )
    from superoffice_async.scim.errors import scim_error

    body = "<html>stack trace ... Password=hunter2</html>"
    cases = [
        (BadRequestError(400, error_message="UserName is required", body=body), 400),
        (NotFoundError(404, body=body), 404),
        (PreconditionFailedError(412, body=body), 412),
        (ConflictError(409, body=body), 409),
        (AuthenticationError(401, error_message="Password=hunter2", body=body), 403),
        (ServerError(500, error_message="Password=hunter2", body=body), 502),
        (RateLimitError(429, body=body), 503),
        (ConnectionFailedError("refused", request_sent=False), 503),
    ]
    for error, status in cases:
        scim = scim_error(error)
        assert scim.status == status, error
        assert "hunter2" not in scim.detail
        assert "stack trace" not in scim.detail
    assert "UserName is required" in scim_error(cases[0][0]).detail


def test_a_refused_deactivation_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="superoffice_async.scim")
    guard = DeactivationGuard(0, 60.0, clock=Clock())
    with pytest.raises(TooManyDeactivations):
        guard.admit("user 7")
    (record,) = caplog.records
    assert "deactivation of user 7 refused" in record.getMessage()


def test_the_scim_demo_provisions_a_user_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    from superoffice_async.scim.demo import main as demo

    assert demo() == 0
    out = capsys.readouterr().out
    assert "POST /Users -> 201" in out
    assert "licenses ['ten-sales'], retired False" in out
    assert "licenses [], retired True" in out
    assert "group Support, role Read only, licenses ['ten-service']" in out
    assert "stopped" in out


def test_a_body_over_the_limit_is_refused_unread() -> None:
    from superoffice_async.scim.app import MAX_BODY

    with sandbox_bridge() as bridge:
        before = sum(bridge.sandbox.calls.values())
        auth = {"Authorization": f"Bearer {bridge.token}"}
        with httpx2.Client(base_url=bridge.url, headers=auth) as http:
            huge = b'{"schemas": [], "userName": "' + b"x" * MAX_BODY + b'"}'
            answer = http.post("/Users", content=huge,
                               headers={"Content-Type": "application/scim+json"})  # fmt: skip
        assert answer.status_code == 413
        assert sum(bridge.sandbox.calls.values()) == before


def test_scim_serve_without_the_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    mapping = Path(__file__).parents[1] / "superoffice_async/scim/demo_mapping.toml"
    assert main(["scim", "serve", "--mapping", str(mapping)]) == 2
    assert "pip install '.[scim]'" in capsys.readouterr().err
