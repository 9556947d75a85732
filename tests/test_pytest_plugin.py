"""The sandbox pytest plugin in a user's project: strict and auto asyncio modes, ``-W error``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

USER_TEST = """
import pytest

from superoffice_async import NotFoundError, SuperOfficeClient


@pytest.mark.asyncio
async def test_reads_a_user(superoffice_client: SuperOfficeClient) -> None:
    user = await superoffice_client.users.get(5)
    assert user.associate_id == 5


@pytest.mark.asyncio
async def test_a_missing_user(superoffice_client: SuperOfficeClient) -> None:
    with pytest.raises(NotFoundError):
        await superoffice_client.users.get(999_999)


def test_the_sandbox_runs(superoffice_sandbox) -> None:
    assert superoffice_sandbox.url.startswith("http://127.0.0.1:")
"""


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_a_user_test_file_passes_under_w_error(tmp_path: Path, mode: str) -> None:
    # The user's project: a conftest naming the plugin, and nothing else configured (no
    # asyncio_default_fixture_loop_scope, no filterwarnings).
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "conftest.py").write_text(
        'pytest_plugins = ["superoffice_async.testing.pytest_plugin"]\n', encoding="utf-8"
    )
    (tmp_path / "test_users.py").write_text(USER_TEST, encoding="utf-8")
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-W",
            "error",
            "-p",
            "no:cacheprovider",
            "-o",
            f"asyncio_mode={mode}",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout
    assert "warning" not in done.stdout.lower()
