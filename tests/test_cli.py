"""The ``superoffice-async`` command line against the sandbox."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from superoffice_async.cli import main
from superoffice_async.testing import SandboxServer

SECRET = "Tje0"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, superoffice_sandbox: SandboxServer) -> SandboxServer:
    for name in ("TICKET", "ACCESS_TOKEN", "XSRF_TOKEN", "APP_TOKEN", "LANGUAGE"):
        monkeypatch.delenv(f"SUPEROFFICE_{name}", raising=False)
    monkeypatch.setenv("SUPEROFFICE_URL", superoffice_sandbox.url)
    monkeypatch.setenv("SUPEROFFICE_USER", "tje0")
    monkeypatch.setenv("SUPEROFFICE_PASSWORD", SECRET)
    return superoffice_sandbox


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_single_calls_print_json(env: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "5", "--select", "UserName"]) == 0
    user = json.loads(capsys.readouterr().out)
    assert user["UserName"].endswith("5@example.com")
    assert set(user) == {"UserName"}  # not the nulls $select leaves in the answer
    assert main(["get-by-name", user["UserName"]]) == 0
    assert json.loads(capsys.readouterr().out)["AssociateId"] == 5
    assert main(["update", "5", "--set", "Tooltip=Team lead", "--set", "Rank=9"]) == 0
    updated = json.loads(capsys.readouterr().out)
    assert (updated["Tooltip"], updated["Rank"]) == ("Team lead", 9)
    assert main(["command", "5", "Ping", "--action-result", "Ok"]) == 0
    assert json.loads(capsys.readouterr().out)["Success"] is True
    assert main(["list", "--filter", "associateDbId le 3", "--select", "associateDbId"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["associateDbId"] for r in rows] == [1, 2, 3]


def test_exit_codes_and_no_secret_echo(
    env: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["get", "99999"]) == 3
    assert main(["get-by-name", "nobody@example.com"]) == 3
    assert main(["update", "5"]) == 2
    mapping = tmp_path / "mapping.toml"
    mapping.write_text("[key]\ncolumn = 'Id'\nproperty = 'CustomFields/x'\n", encoding="utf-8")
    assert main(["sync", str(tmp_path / "missing.csv"), "--mapping", str(mapping)]) == 2
    monkeypatch.setenv("SUPEROFFICE_PASSWORD", "wrong-secret")
    assert main(["get", "5"]) == 3
    monkeypatch.delenv("SUPEROFFICE_PASSWORD")
    assert main(["get", "5"]) == 2
    monkeypatch.delenv("SUPEROFFICE_USER")
    assert main(["get", "5"]) == 2
    monkeypatch.delenv("SUPEROFFICE_URL")
    assert main(["get", "5"]) == 2
    output = capsys.readouterr()
    for secret in (SECRET, "wrong-secret"):
        assert secret not in output.out + output.err


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "superoffice-async"
    done = subprocess.run(  # noqa: S603
        [str(script), "--help"], capture_output=True, text=True, check=False, timeout=30
    )
    assert done.returncode == 0
    assert "sync" in done.stdout


def test_help_names_the_environment_exit_codes_and_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for name in ("SUPEROFFICE_URL", "SUPEROFFICE_PASSWORD", "SUPEROFFICE_TICKET", "exit codes"):
        assert name in text
    assert "130  interrupted" in text
    with pytest.raises(SystemExit):
        main(["sync", "--help"])
    assert "default: 16" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from superoffice_async import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"superoffice-async {__version__}"


def test_global_options_go_before_or_after_the_command(
    env: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--language", "sv", "get", "1", "--select", "Name"]) == 0
    before = capsys.readouterr().out
    assert main(["get", "1", "--select", "Name", "--language", "sv", "--timeout", "5"]) == 0
    assert capsys.readouterr().out == before
    assert main(["get", "1", "--url", "http://127.0.0.1:9/nowhere", "--timeout", "1"]) == 3


def test_get_select_prints_only_what_was_selected(
    env: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["get", "1", "--select", "Name,Person/Firstname"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"Name", "Person"}
    assert set(printed["Person"]) == {"Firstname"}
    assert isinstance(printed["Person"]["Firstname"], str)


def test_verbose_logs_the_calls_and_no_secret(
    env: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    logger = logging.getLogger("superoffice_async")
    handlers, level = list(logger.handlers), logger.level
    try:
        assert main(["get", "1", "-v"]) == 0
    finally:
        logger.handlers[:], logger.level = handlers, level
    err = capsys.readouterr().err
    assert "v1User_GetUser" in err
    assert SECRET not in err


def test_sandbox_without_its_extra_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None\n"
        "from superoffice_async.cli import main; sys.exit(main(['sandbox', '--port', '0']))"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 2
    assert "[sandbox] extra (starlette is missing)" in done.stderr
    assert "pip install '.[sandbox]'" in done.stderr  # from a checkout: not on an index
    assert "Traceback" not in done.stderr


def test_python_m_testing_without_its_extra_names_the_extra() -> None:
    # The Quickstart's way of starting the sandbox, without the extra installed.
    code = (
        "import runpy, sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None\n"
        "sys.argv = ['x', '--port', '0']\n"
        "runpy.run_module('superoffice_async.testing', run_name='__main__')"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert "pip install '.[sandbox]'" in done.stderr
    assert "Traceback" not in done.stderr
    lazy = "import sys; sys.modules['starlette'] = None\nfrom superoffice_async.testing import *"
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", lazy], capture_output=True, text=True, check=False, timeout=60
    )
    assert "ModuleNotFoundError: the sandbox needs the [sandbox] extra" in done.stderr


def test_subcommand_help_is_short_and_sandbox_help_lists_only_its_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("get", "sync"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert "SUPEROFFICE_TICKET" not in text  # the environment block is on the main help
        assert "superoffice-async --help" in text
        assert "--url" in text
    with pytest.raises(SystemExit):
        main(["sandbox", "--help"])
    text = capsys.readouterr().out
    assert "--port" in text
    for option in ("--url", "--user", "--language", "--timeout", "--verbose"):
        assert option not in text  # they would do nothing there


def test_output_into_a_closed_pipe_ends_quietly(env: SandboxServer) -> None:
    # ``superoffice-async list | head -1``: the reader goes away after the first line.
    script = Path(sys.executable).parent / "superoffice-async"
    with subprocess.Popen(  # noqa: S603
        [str(script), "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline().startswith(b"{")
        process.stdout.close()
        errors = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert code == 0, errors
    assert errors == ""
