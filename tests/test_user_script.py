"""The user script of issue 13: strict types with one None check, and it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from superoffice_async.testing import SandboxServer

from .user_script_strict import main

SCRIPT = Path(__file__).with_name("user_script_strict.py")


def test_the_user_script_passes_mypy_strict() -> None:
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(SCRIPT)],
        capture_output=True,
        text=True,
        check=False,
        cwd=SCRIPT.parent.parent,
    )
    assert done.returncode == 0, done.stdout + done.stderr


async def test_the_user_script_runs(superoffice_sandbox: SandboxServer) -> None:
    lines = await main(superoffice_sandbox.url)
    assert lines[0].startswith("first name: ")
    assert "an internal associate" in lines
    assert sum(line.startswith("row: ") for line in lines) == 3
