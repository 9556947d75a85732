"""The README's quickstart runs as written, against the sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from superoffice_async.testing import Sandbox, SandboxServer

README = Path(__file__).resolve().parent.parent / "README.md"
QUICKSTART = README.parent / "docs" / "examples" / "quickstart.py"


def test_quickstart_runs_against_the_sandbox(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    quickstart = next(b for b in blocks if "asyncio.run(main())" in b)
    # The same program is the docs' quickstart file (after its docstring): one text, run here.
    example = QUICKSTART.read_text(encoding="utf-8")
    assert example.endswith(quickstart)
    assert example[: -len(quickstart)].rstrip().endswith('"""')
    with SandboxServer(Sandbox(tenant="Cust12345")) as server:
        script = tmp_path / "quickstart.py"
        script.write_text(quickstart.replace("http://127.0.0.1:8000/Cust12345", server.url))
        done = subprocess.run(  # noqa: S603
            [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
        )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith(" None")  # tooltip was not selected
    assert lines[1] == "rank: 1 tooltip: Team lead"  # modify() kept what update() set
    assert lines[2].startswith("saved by name: 301")
    assert lines[3] == "command: True Pong from arne.strand5@example.com"
    assert lines[4] == "typed error: 404 SoNotFoundException"


def test_the_readme_is_the_front_door_to_the_docs() -> None:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(((?:docs/)[^)#]+)\)", text)
    assert links, "the README links to the manual"
    for link in links:
        assert (README.parent / link).is_file(), link
    nav = (README.parent / "mkdocs.yml").read_text(encoding="utf-8")
    guides = set(re.findall(r"(guides/[\w-]+\.md)", nav))
    assert guides, "the docs have guides"
    assert guides <= {link.removeprefix("docs/") for link in links}  # each guide linked
    assert "make test" in text
    assert "make demo" in text
    assert len(text.splitlines()) < 150  # short: the long parts live in the docs
