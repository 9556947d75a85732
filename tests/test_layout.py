"""The package's layout holds: no import circle between modules or between rooms (folders)."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

PACKAGE = "superoffice_async"
GENERATED = f"{PACKAGE}._generated"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # every import counts: those made at call time and those made for the type checker only
    return grimp.build_graph(PACKAGE, cache_dir=None)


def _room(module: str) -> str:
    """``superoffice_async.auth.oauth`` -> ``superoffice_async.auth``; a top-level module is
    its own room."""
    return ".".join(module.split(".")[:2])


def _circles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Each circle found in a directed graph, as the path that closes it."""
    targets: dict[str, set[str]] = {}
    for importer, imported in edges:
        targets.setdefault(importer, set()).add(imported)
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(targets.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(targets):
        if node not in state:
            visit(node, [node])
    return found


def _edges(graph: grimp.ImportGraph, name: object) -> set[tuple[str, str]]:
    edges = set()
    for importer in graph.modules:
        if importer.startswith(GENERATED):
            continue  # generated code: the carriers refer to each other by design
        for imported in graph.find_modules_directly_imported_by(importer):
            a, b = (importer, imported) if name is None else (_room(importer), _room(imported))
            if a != b and not imported.startswith(GENERATED) and imported != PACKAGE:
                edges.add((a, b))
    return edges


def test_no_module_imports_itself_back(graph: grimp.ImportGraph) -> None:
    assert _circles(_edges(graph, None)) == []


def test_no_room_imports_itself_back(graph: grimp.ImportGraph) -> None:
    assert _circles(_edges(graph, "room")) == []


def test_the_circle_check_finds_a_circle() -> None:
    assert _circles({("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}) == [["a", "b", "c", "a"]]


def test_every_module_says_its_one_job_first() -> None:
    for path in sorted(ROOT.rglob("*.py")):
        if GENERATED.split(".")[1] in path.parts or path.name == "_version.py":
            continue
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, f"{path.relative_to(ROOT)} has no docstring"
        assert doc.splitlines()[0].strip(), f"{path.relative_to(ROOT)}: its first line is empty"
