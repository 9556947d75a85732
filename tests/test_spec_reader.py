"""The one reader of API documents: ``$ref``s, merged properties and types, in both dialects."""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(TOOLS))

from spec_reader import is_carrier, properties, ref_name, resolve, types  # noqa: E402

OPENAPI = {
    "components": {
        "schemas": {
            "Base": {"properties": {"Id": {"type": "integer"}, "Name": {"type": "string"}}},
            "Child": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"properties": {"Name": {"type": ["string", "null"]}, "Extra": {}}},
                ]
            },
        }
    }
}
SWAGGER = {
    "definitions": {
        "Api.Base": {"properties": {"Id": {"type": "integer"}}},
        "Api.Child": {"allOf": [{"$ref": "#/definitions/Api.Base"}], "properties": {"X": {}}},
    }
}


def test_properties_merge_all_of_parts_in_order_in_both_dialects() -> None:
    child = OPENAPI["components"]["schemas"]["Child"]
    merged = properties(OPENAPI, child)
    assert list(merged) == ["Id", "Name", "Extra"]
    assert merged["Name"] == {"type": ["string", "null"]}  # the later part wins
    assert list(properties(SWAGGER, SWAGGER["definitions"]["Api.Child"])) == ["Id", "X"]


def test_references_are_followed_by_their_path() -> None:
    base = resolve(SWAGGER, {"$ref": "#/definitions/Api.Base"})
    assert base is SWAGGER["definitions"]["Api.Base"]
    assert ref_name({"anyOf": [{"type": "null"}, {"items": {"$ref": "#/x/Api.Base"}}]}) == (
        "Api.Base"
    )
    assert ref_name({"type": "string"}) is None


def test_types_split_null_from_the_allowed_types() -> None:
    assert types({"type": ["integer", "null"]}) == (["integer"], True)
    assert types({"type": "string"}) == (["string"], False)
    assert types({}) == ([], False)
    assert is_carrier(OPENAPI["components"]["schemas"]["Child"])
    assert not is_carrier({"type": "object", "additionalProperties": {"type": "string"}})
