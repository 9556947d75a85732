"""Every generated module imports, and the spec facts agree with the generated operations."""

from __future__ import annotations

import importlib
import pkgutil

import superoffice_async._generated as generated
from superoffice_async._generated import bindings, resources
from superoffice_async._generated.operations import OPERATIONS
from superoffice_async._generated.resources import RESOURCE_ATTRIBUTES
from superoffice_async._generated.spec_facts import CARRIER_PROPERTIES


def _all_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(generated.__path__, prefix=f"{generated.__name__}.")
    ]


def test_every_generated_module_imports() -> None:
    names = _all_modules()
    assert len(names) >= 25
    for name in names:
        assert importlib.import_module(name) is not None


def test_each_operation_has_one_typed_method_and_its_raw_twin() -> None:
    skip = ("with_raw_response", "_call", "_raw")

    def methods(name: str) -> set[str]:
        cls = getattr(resources, name)
        return {n for n in vars(cls) if n not in skip and not n.startswith("__")}

    total = 0
    for tag in RESOURCE_ATTRIBUTES:
        typed = methods(f"{tag}Operations")
        assert typed == methods(f"{tag}OperationsWithRawResponse")
        assert typed == {op.method_name for op in OPERATIONS if op.tag == tag}
        total += len(typed)
    assert total == len(OPERATIONS)


def test_the_client_has_one_attribute_per_tag() -> None:
    assert set(RESOURCE_ATTRIBUTES) == {op.tag for op in OPERATIONS}
    assert set(RESOURCE_ATTRIBUTES.values()) == set(bindings.Resources.__annotations__)


def test_the_generator_keeps_only_what_the_sdk_uses() -> None:
    names = {name.rsplit(".", 1)[-1] for name in _all_modules()}
    assert {"operations", "resources", "models", "types"} <= names
    assert not {"api", "client", "errors"} & names


def test_carrier_field_counts_match_the_reference() -> None:
    assert len(CARRIER_PROPERTIES["User"]) == 27
    assert len(CARRIER_PROPERTIES["Person"]) == 43
    assert set(CARRIER_PROPERTIES["UserWithLinks"]) == set(CARRIER_PROPERTIES["User"]) | {"_Links"}
    assert CARRIER_PROPERTIES["User"]["Person"] == "Person"
    assert CARRIER_PROPERTIES["User"]["TableRight"] == "TableRight"


def test_operations_carry_their_facts() -> None:
    by_id = {op.operation_id: op for op in OPERATIONS}
    assert by_id["v1User_PutUser"].idempotent is True
    assert by_id["v1User_ExecuteUserCommandAsync"].idempotent is False
    assert by_id["v1UserAgent_ExecuteUserCommand"].idempotent is False
    assert by_id["v1UserAgent_SaveUserFromName"].select_carrier == "User"
    assert all(op.slow_ms == 2000 for op in OPERATIONS)
