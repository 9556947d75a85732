"""The package as built: one version source, the LICENSE in the sdist and the wheel."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

import superoffice_async

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project  # no second copy to drift
    assert project["dynamic"] == ["version"]
    assert superoffice_async.__version__ == version("superoffice-async")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {superoffice_async.__version__}" in changelog


def test_sdist_and_wheel_hold_the_license(tmp_path: Path) -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    number = superoffice_async.__version__
    (wheel,) = tmp_path.glob(f"superoffice_async-{number}-*.whl")
    (sdist,) = tmp_path.glob(f"superoffice_async-{number}.tar.gz")
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in license_text
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (licensed,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert archive.read(licensed).decode() == license_text
        metadata = archive.read(f"superoffice_async-{number}.dist-info/METADATA").decode()
    assert f"Version: {number}" in metadata
    assert "License-Expression: MIT" in metadata
    assert "superoffice_async/py.typed" in names
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    top = f"superoffice_async-{number}"
    for name in ("LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"):
        assert f"{top}/{name}" in members, name
