"""Every code example of the docs runs: the guides' fragments, and each committed example file."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import runpy
import shutil
import socket
import subprocess
import sys
import textwrap
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml

from superoffice_async import BasicAuth, SuperOfficeClient, TokenSet
from superoffice_async.testing import OnlineSandboxServer, Sandbox, SandboxServer

from .conftest import FakeClock
from .sync_support import writes as sync_writes

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = DOCS / "examples"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
SNIPPET = re.compile(r'^--8<-- "([^"]+)"\s*$')

# Each example file, and the test below that runs it.
RUN_BY = {
    "quickstart.py": "tests/test_readme.py (the README's quickstart is this file)",
    "web_app.py": "test_web_app_holds_200_concurrent_requests",
    "connect_online.py": "test_connecting_online_signs_in_and_calls",
    "hr_sync.py": "test_the_hr_sync_job_plans_applies_and_reruns",
    "testing/directory.py": "test_the_testing_examples_pass_under_strict_and_auto",
    "testing/conftest.py": "test_the_testing_examples_pass_under_strict_and_auto",
    "testing/test_with_sandbox.py": "test_the_testing_examples_pass_under_strict_and_auto",
    "testing/test_with_httpx.py": "test_the_testing_examples_pass_under_strict_and_auto",
}


def _python_blocks() -> Iterator[tuple[str, int, str]]:
    for page in sorted(DOCS.rglob("*.md")):
        for number, found in enumerate(BLOCK.finditer(page.read_text(encoding="utf-8"))):
            yield str(page.relative_to(DOCS)), number, found.group(1)


FRAGMENTS = [
    pytest.param(code, id=f"{page}#{number}")
    for page, number, code in _python_blocks()
    if not SNIPPET.match(code.strip())
]


def test_every_python_example_is_a_run_file_or_a_fragment_run_here() -> None:
    included = {
        SNIPPET.match(code.strip()).group(1)  # type: ignore[union-attr]
        for _, _, code in _python_blocks()
        if SNIPPET.match(code.strip())
    }
    files = {str(p.relative_to(EXAMPLES)) for p in EXAMPLES.rglob("*.py")}
    assert files == set(RUN_BY), "an example file nobody runs, or a runner without its file"
    assert {f"docs/examples/{name}" for name in files} <= included  # each shown in a guide
    assert FRAGMENTS, "the guides hold fragments too"


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(Sandbox(tenant="Cust12345")) as server:
        yield server


@pytest.mark.parametrize("code", FRAGMENTS)
async def test_a_guide_fragment_runs_against_the_sandbox(
    code: str, shared_sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fragment uses `so`, a client as in Getting started; top-level awaits run in a function.
    namespace: dict[str, Any] = {}
    source = "async def example(so):\n" + textwrap.indent(code, "    ") + "    return None\n"
    exec(compile(source, "<docs fragment>", "exec"), namespace)  # noqa: S102 - the docs' own code
    creds = shared_sandbox.sandbox.credentials
    auth = BasicAuth(creds.username, creds.password)
    async with SuperOfficeClient(shared_sandbox.url, auth=auth) as so:
        await namespace["example"](so)
    assert capsys.readouterr().out or "print(" not in code


# --- the web app ---------------------------------------------------------------------------


@pytest.fixture
def sandbox_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    for name in ("TICKET", "ACCESS_TOKEN", "XSRF_TOKEN", "APP_TOKEN", "LANGUAGE", "LOG", "TENANT"):
        monkeypatch.delenv(f"SUPEROFFICE_{name}", raising=False)
    with SandboxServer(Sandbox(tenant="Cust12345")) as server:
        monkeypatch.setenv("SUPEROFFICE_URL", server.url)
        monkeypatch.setenv("SUPEROFFICE_USER", "tje0")
        monkeypatch.setenv("SUPEROFFICE_PASSWORD", "Tje0")
        yield server


@pytest.fixture
async def web_app(sandbox_env: SandboxServer, clock: FakeClock) -> AsyncIterator[str]:
    """The example app served by uvicorn on 127.0.0.1 in this test's loop; its base URL.

    Its client runs on the fake clock: the time it measures for a call (and so the slow-call
    warning) does not depend on how fast or loaded the machine is. Its network timeouts, which
    run on the wall clock, are as long as the test's own (120 s): on a starved machine a 10 s
    wait for a pool connection would time out and retry, and the retry's wait, on the shared
    fake clock, would make every call then in flight look slow.
    """
    make_app = runpy.run_path(str(EXAMPLES / "web_app.py"))["make_app"]
    app = make_app(clock=clock, timeout=120, deadline=120)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    # Keep-alive longer than the test: on a loaded machine uvicorn's 5 s default can close an
    # idle connection just as the test's client reuses it.
    config = uvicorn.Config(
        app, lifespan="on", log_config=None, access_log=False, timeout_keep_alive=600
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            assert not serving.done(), "the app did not start"
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await serving
        sock.close()


async def test_web_app_holds_200_concurrent_requests(
    web_app: str,
    sandbox_env: SandboxServer,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.WARNING)  # any logger: the SDK's, uvicorn's, Starlette's
    limits = httpx.Limits(max_connections=200)
    with warnings.catch_warnings(record=True) as python_warnings:  # every thread's
        warnings.simplefilter("always")
        async with httpx.AsyncClient(base_url=web_app, limits=limits, timeout=120) as browser:
            answers = await asyncio.gather(
                *(browser.get(f"/users/{1 + n % 300}") for n in range(200))
            )
            missing = await browser.get("/users/999999")
    errors = [a for a in answers if a.status_code != 200]
    assert errors == []
    assert {a.json()["id"] for a in answers} == set(range(1, 201))
    assert missing.status_code == 404
    # 200 requests share 20 connections: most calls wait for one, and that wait is no slow
    # call. Nothing at all is logged at WARNING or above, warned, or written to stderr.
    assert [r.getMessage() for r in caplog.records] == []
    assert [str(w.message) for w in python_warnings] == []
    assert capfd.readouterr().err == ""
    assert sandbox_env.sandbox.calls["v1User_GetUser"] == 201


# --- connecting ------------------------------------------------------------------------------


async def test_connecting_online_signs_in_and_calls() -> None:
    example = runpy.run_path(str(EXAMPLES / "connect_online.py"))
    stored: list[TokenSet] = []
    with OnlineSandboxServer() as server:
        app = server.identity.app
        where = {"tenant": "Cust12345", "environment": server.url}
        secrets = {"client_secret": app.client_secret}
        clients = [
            example["system_user_client"](
                private_key=app.private_key_xml,
                system_user_token=app.system_user_token,
                **secrets,
                **where,
            ),
            example["user_client"](
                client_id=app.client_id,
                refresh_token=app.refresh_token,
                store=stored,
                **secrets,
                **where,
            ),
        ]
        for user_id, client in enumerate(clients, start=5):
            async with client:
                assert (await client.users.get(user_id)).associate_id == user_id
    assert server.identity.exchanges == 1  # the system user signed in
    assert len(stored) == 1  # the OAuth refresh handed its tokens to the store


# --- the sync job ----------------------------------------------------------------------------


def test_the_hr_sync_job_plans_applies_and_reruns(sandbox_env: SandboxServer) -> None:
    def run(*flags: str) -> str:
        done = subprocess.run(  # noqa: S603 - this interpreter, the committed example
            [sys.executable, str(EXAMPLES / "hr_sync.py"), str(EXAMPLES / "hr.csv"),
             str(EXAMPLES / "hr.toml"), *flags],
            capture_output=True, text=True, timeout=300, check=False, env=dict(os.environ),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        return done.stdout

    def writes() -> int:
        return sum(sync_writes(sandbox_env).values())

    assert run("--dry-run").splitlines()[-1] == (
        "Plan: 4 create, 0 update, 0 adopt, 0 retire, 0 delete, 0 unchanged, 0 invalid"
    )
    assert writes() == 0
    applied = run()
    assert applied.splitlines()[-1] == (
        "4 created, 0 updated, 0 adopted, 0 retired, 0 deleted, 0 unchanged, 0 failed, "
        "0 conflict, 0 in doubt, 0 unstarted, 0 not applied"
    )
    assert sandbox_env.sandbox.calls["v1User_PostUser"] == 4
    written = writes()
    rerun = run()
    assert "0 create, 0 update, 0 adopt, 0 retire, 0 delete, 4 unchanged" in rerun
    assert writes() == written  # an unchanged re-run writes nothing


# --- testing your code -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_testing_examples_pass_under_strict_and_auto(tmp_path: Path, mode: str) -> None:
    project = tmp_path / "project"
    shutil.copytree(EXAMPLES / "testing", project)
    (project / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # nothing configured
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider",
         "-o", f"asyncio_mode={mode}", str(project)],
        cwd=project, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 passed" in done.stdout
    assert "warning" not in done.stdout.lower()


# --- CI --------------------------------------------------------------------------------------


def test_the_ci_workflow_runs_make_targets_that_exist() -> None:
    workflow = yaml.safe_load((EXAMPLES / "regenerate.yml").read_text(encoding="utf-8"))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    runs = [
        step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step
    ]
    used = {t for run in runs for line in run.splitlines() if line.startswith("make ")
            for t in line.split()[1:]}  # fmt: skip
    assert used == {"check-generated", "spec-drift", "generate", "lint", "typecheck"}
    assert used <= targets
    trigger = workflow[True]  # YAML 1.1 reads the key "on" as True
    for watched in trigger["push"]["paths"]:
        assert list(ROOT.glob(watched.removesuffix("/**"))), watched
    assert set(trigger) == {"push", "pull_request", "workflow_dispatch"}
