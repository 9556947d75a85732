"""The one reader of API documents: ``$ref``s, merged properties, types and schemas, in both
dialects (the spec's OpenAPI 3.1 and SuperOffice's Swagger 2.0)."""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(TOOLS))

import pytest  # noqa: E402
from spec_reader import (  # noqa: E402
    Schema,
    UnresolvedReferenceError,
    carriers,
    is_carrier,
    properties,
    read_properties,
    read_schema,
    resolve,
    types,
)

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
    with pytest.raises(UnresolvedReferenceError, match=r"unresolved reference #/definitions/No"):
        resolve(SWAGGER, {"$ref": "#/definitions/No"})


def test_types_split_null_from_the_allowed_types() -> None:
    assert types({"type": ["integer", "null"]}) == (["integer"], True)
    assert types({"type": "string"}) == (["string"], False)
    assert types({}) == ([], False)
    assert is_carrier(OPENAPI["components"]["schemas"]["Child"])
    assert not is_carrier({"type": "object", "additionalProperties": {"type": "string"}})


# The same carriers, enum and properties, written as the spec writes them and as SuperOffice's
# Swagger files do (namespaced definitions, no null, parameters typed in place).
SPEC_FORM = {
    "components": {
        "schemas": {
            "UserType": {"type": "string", "enum": ["InternalAssociate", "ResourceAssociate"]},
            "Role": {"type": "object", "properties": {"Id": {"type": "integer"}}},
            "User": {
                "type": "object",
                "properties": {
                    "AssociateId": {"type": ["integer", "null"], "format": "int32"},
                    "Type": {
                        "anyOf": [{"$ref": "#/components/schemas/UserType"}, {"type": "null"}]
                    },
                    "Role": {"anyOf": [{"$ref": "#/components/schemas/Role"}, {"type": "null"}]},
                    "Roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}},
                    "Extra": {"type": "object", "additionalProperties": {"type": "string"}},
                    "Lastlogin": {"type": ["string", "null"], "format": "date-time"},
                },
            },
        }
    }
}
SWAGGER_FORM = {
    "definitions": {
        "SuperOffice.UserType": {
            "type": "string",
            "enum": ["InternalAssociate", "ResourceAssociate"],
        },
        "SuperOffice.Role": {"type": "object", "properties": {"Id": {"type": "integer"}}},
        "SuperOffice.User": {
            "type": "object",
            "properties": {
                "AssociateId": {"type": "integer", "format": "int32"},
                "Type": {"$ref": "#/definitions/SuperOffice.UserType"},
                "Role": {"$ref": "#/definitions/SuperOffice.Role"},
                "Roles": {"type": "array", "items": {"$ref": "#/definitions/SuperOffice.Role"}},
                "Extra": {"type": "object", "additionalProperties": {"type": "string"}},
                "Lastlogin": {"type": "string", "format": "date-time"},
            },
        },
    }
}


def _without_refs_and_null(schema: Schema) -> tuple[object, ...]:
    """What a schema says besides where it was found and whether it allows null."""
    items = None if schema.items is None else _without_refs_and_null(schema.items)
    values = None if schema.values is None else _without_refs_and_null(schema.values)
    return (schema.type, schema.name, schema.format, schema.enum, items, values)


def test_one_reader_gives_the_same_schemas_for_the_spec_and_the_swagger_forms() -> None:
    spec_user = read_properties(SPEC_FORM, carriers(SPEC_FORM)["User"])
    swagger_user = read_properties(SWAGGER_FORM, carriers(SWAGGER_FORM)["SuperOffice.User"])
    assert list(spec_user) == list(swagger_user)
    for prop, schema in spec_user.items():
        assert _without_refs_and_null(schema) == _without_refs_and_null(swagger_user[prop]), prop
    assert spec_user["Type"].enum_class
    assert swagger_user["Type"].enum_class
    assert spec_user["Type"].name == swagger_user["Type"].name == "UserType"
    assert spec_user["Role"] == Schema("carrier", nullable=True, ref="#/components/schemas/Role")
    assert swagger_user["Role"] == Schema("carrier", ref="#/definitions/SuperOffice.Role")
    assert [s.nullable for s in spec_user.values()] == [True, True, True, False, False, True]
    assert not any(s.nullable for s in swagger_user.values())
    # A Swagger parameter is typed in place; the spec's has a schema: the same answer.
    swagger_param = {"in": "query", "name": "id", "type": "integer", "format": "int32"}
    spec_param = {"in": "query", "name": "id", "schema": {"type": "integer", "format": "int32"}}
    assert read_schema(SWAGGER_FORM, swagger_param) == read_schema(SPEC_FORM, spec_param["schema"])


def test_unions_maps_and_items_are_read_into_one_shape() -> None:
    open_enum = read_schema(
        SPEC_FORM,
        {
            "anyOf": [
                {"$ref": "#/components/schemas/UserType"},
                {"type": "string"},
                {"type": "null"},
            ]
        },
    )
    assert open_enum.type == "union"
    assert open_enum.nullable
    assert [o.type for o in open_enum.options] == ["string", "string"]
    assert open_enum.options[0].enum_class
    assert not open_enum.options[1].enum_class
    inline_enum = read_schema(SPEC_FORM, {"type": "string", "enum": ["add", "remove"]})
    assert inline_enum.enum == ("add", "remove")
    assert not inline_enum.enum_class
    assert read_schema(SPEC_FORM, {"additionalProperties": True}).values == Schema("any")
    assert read_schema(SPEC_FORM, {"type": "array"}).items == Schema("any")
    assert read_schema(SPEC_FORM, {}) == Schema("any")
    assert read_schema(SPEC_FORM, {"allOf": [{"$ref": "#/components/schemas/Role"}]}) == (
        Schema("carrier")
    )


def test_a_bad_reference_or_an_unnamed_carrier_fails_naming_it() -> None:
    with pytest.raises(UnresolvedReferenceError, match="#/components/schemas/Nope"):
        read_schema(SPEC_FORM, {"items": {"$ref": "#/components/schemas/Nope"}, "type": "array"})
    with pytest.raises(ValueError, match="only a carrier that is a component"):
        read_properties(SPEC_FORM, Schema("carrier"))
    assert list(carriers(SPEC_FORM)) == ["Role", "User"]  # the enum is no carrier
