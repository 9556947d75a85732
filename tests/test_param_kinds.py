"""The parameter kinds are one declared set: every table keyed by kind must cover it exactly."""

from __future__ import annotations

import pytest

from superoffice_async._generated.operations import OPERATIONS
from superoffice_async.calls import arguments as call_arguments
from superoffice_async.operation import LIST_ITEMS, PARAM_KINDS, Param, by_kind, param_kind
from superoffice_async.testing import arguments as sandbox_arguments


def test_a_table_missing_a_kind_fails_naming_it() -> None:
    table = dict.fromkeys(PARAM_KINDS - {"map"}, 0)
    with pytest.raises(TypeError, match=r"somewhere: kinds not handled \['map'\]"):
        by_kind(table, "somewhere")


def test_a_table_with_an_unknown_kind_fails_naming_it() -> None:
    table: dict[str, int] = {**dict.fromkeys(PARAM_KINDS, 0), "number": 0}
    with pytest.raises(TypeError, match=r"unknown kinds \['number'\]"):
        by_kind(table, "somewhere")  # type: ignore[arg-type]


def test_a_param_of_an_unknown_kind_is_refused_when_made() -> None:
    with pytest.raises(ValueError, match="'number' is not a parameter kind"):
        Param("x", "x", "query", "number")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a parameter kind"):
        param_kind("Int")
    assert param_kind("int_list") == "int_list"


def test_list_kinds_name_declared_item_kinds() -> None:
    assert set(LIST_ITEMS) <= PARAM_KINDS
    assert set(LIST_ITEMS.values()) <= PARAM_KINDS - set(LIST_ITEMS)


def test_the_request_checks_and_the_sandbox_decoders_cover_every_kind() -> None:
    assert set(call_arguments._CHECKS) == PARAM_KINDS
    assert set(sandbox_arguments._TEXT) == PARAM_KINDS
    assert set(sandbox_arguments._JSON) == PARAM_KINDS


def test_the_generated_operations_use_declared_kinds_only() -> None:
    used = {param.kind for operation in OPERATIONS for param in operation.params}
    assert used <= PARAM_KINDS
    assert {"int", "str", "select", "carrier", "replace"} <= used
