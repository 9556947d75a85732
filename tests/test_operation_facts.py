"""The generator reads the spec into the run-time fact classes, and into no second copy of them."""

from __future__ import annotations

import ast
import sys
from dataclasses import fields
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
sys.path.insert(0, str(TOOLS))

from codegen_operations import CodegenError, SpecOperation, collect  # noqa: E402

from superoffice_async._generated import models  # noqa: E402
from superoffice_async._generated.operations import OPERATIONS  # noqa: E402
from superoffice_async.operation import Operation, OperationFacts, Param  # noqa: E402

SPEC = ROOT / "openapi" / "superoffice-user.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def read(spec: dict[str, object]) -> list[SpecOperation]:
    return collect(spec, set(models.__all__))


def test_the_generator_reads_the_spec_into_the_run_time_classes(
    read: list[SpecOperation],
) -> None:
    assert read
    for op in read:
        assert type(op.facts) is OperationFacts
        assert all(type(param) is Param for param in op.facts.params)


def test_the_generated_operations_hold_exactly_the_facts_read_from_the_spec(
    read: list[SpecOperation],
) -> None:
    names = [f.name for f in fields(OperationFacts)]
    generated = [OperationFacts(**{n: getattr(op, n) for n in names}) for op in OPERATIONS]
    assert generated == [op.facts for op in read]
    assert {f.name for f in fields(Operation)} - set(names) == {"parse", "decode"}  # run time


_OPERATION_FIELDS = {"operation_id", "method", "path", "params", "idempotent", "slow_ms"}
_PARAM_FIELDS = {"python", "wire", "location", "required", "reserved"}


def _declared_fields(tree: ast.Module) -> dict[str, set[str]]:
    """Each class in a module and the names it annotates in its body."""
    return {
        node.name: {
            item.target.id
            for item in node.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        }
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }


def test_no_second_class_of_operation_facts_is_written_in_the_tools() -> None:
    found = []
    for module in sorted(TOOLS.glob("*.py")):
        classes = _declared_fields(ast.parse(module.read_text(encoding="utf-8")))
        for name, declared in classes.items():
            if len(declared & _OPERATION_FIELDS) > 1 or len(declared & _PARAM_FIELDS) > 1:
                found.append(f"{module.name}: {name} {sorted(declared)}")
    assert found == [], "operation facts are superoffice_async.operation's classes"


def test_the_check_finds_a_copied_fact_class() -> None:
    copied = ast.parse("class Op:\n    operation_id: str\n    params: list[int]\n")
    assert _declared_fields(copied) == {"Op": {"operation_id", "params"}}


def test_a_spec_the_facts_cannot_hold_is_refused_by_name() -> None:
    broken = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    foreign_keys = broken["paths"]["/api/v1/User/{id}"]["get"]["parameters"][2]
    assert foreign_keys["name"] == "fk"
    foreign_keys["schema"] = {"anyOf": [{"type": "integer"}, {"type": "boolean"}]}
    with pytest.raises(CodegenError, match="cannot type a union of 2 schemas"):
        collect(broken, set(models.__all__))
    foreign_keys["schema"] = {"type": "object", "properties": {"Id": {"type": "integer"}}}
    with pytest.raises(CodegenError, match="written in place has no class"):
        collect(broken, set(models.__all__))
