"""Every generated module imports, and the spec facts agree with the generated operations."""

from __future__ import annotations

import importlib
import pkgutil

import superoffice_async._generated as generated
from superoffice_async._generated.spec_facts import CARRIER_PROPERTIES, OPERATIONS


def _all_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(generated.__path__, prefix=f"{generated.__name__}.")
    ]


def test_every_generated_module_imports() -> None:
    names = _all_modules()
    assert len(names) >= 30
    for name in names:
        assert importlib.import_module(name) is not None


def test_each_operation_has_one_generated_async_function() -> None:
    api = [importlib.import_module(n) for n in _all_modules() if n.count(".api.") and "_" in n]
    operations = [m for m in api if hasattr(m, "asyncio_detailed")]
    assert len(operations) == len(OPERATIONS)


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
