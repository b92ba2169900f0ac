"""The value builder behind the contract cases (no Prism needed)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .schema_values import OMIT, PHONE, SchemaValues, regex_example


def values(schemas: dict[str, Any], *, response: bool = False) -> SchemaValues:
    return SchemaValues({"components": {"schemas": schemas}}, response=response)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_required_only_and_all_fields() -> None:
    v = values(
        {
            "Kite": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "minLength": 10, "maxLength": 12},
                    "tail": {"type": "integer", "minimum": 3, "maximum": 5},
                    "colour": {"allOf": [ref("Colour")]},
                    "made": {"type": "string", "format": "date-time"},
                    "stamp": {"type": "string", "readOnly": True},
                    "old": {"type": "string", "deprecated": True},
                },
            },
            "Colour": {"type": "string", "enum": ["red", "blue"]},
        }
    )
    assert v.value(ref("Kite"), full=False) == {"id": "examplexxx"}
    full = v.value(ref("Kite"), full=True)
    assert full == {"id": "examplexxx", "tail": 3, "colour": "red", "made": "2024-01-02T03:04:05Z"}
    assert v.matches(full, ref("Kite"))


def test_response_values_include_read_only_fields() -> None:
    v = values(
        {"Doc": {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}}}, response=True
    )
    assert v.value(ref("Doc"), full=True) == {"id": "example"}


def test_patterns_and_phone_formats() -> None:
    v = values({})
    phone = v.value({"type": "string", "pattern": r"^(?:\+|00)\d{6,15}$"}, full=True)
    assert re.fullmatch(r"(?:\+|00)\d{6,15}", phone)
    assert regex_example(r"^(?:\+|00)\d{6,15}$") == phone  # deterministic
    assert v.value({"type": "string", "format": "e.164 phone number"}, full=True) == PHONE
    assert v.value({"type": "string", "format": "url"}, full=True).startswith("https://")


def test_recursive_models_stop_at_optional_references() -> None:
    v = values(
        {
            "Node": {
                "type": "object",
                "required": ["name", "children"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": ref("Node")},
                    "first": {"type": "array", "items": ref("Node"), "minItems": 1},
                    "parent": ref("Node"),
                },
            }
        }
    )
    value = v.value(ref("Node"), full=True)
    assert value == {
        "name": "example",
        "children": [],  # optional inner nodes are left out
        "first": [{"name": "example", "children": []}],  # one is required: the smallest one
    }
    assert v.value(ref("Node"), full=False) == {"name": "example", "children": []}
    assert v.matches(value, ref("Node"))


def test_optional_recursion_is_omitted() -> None:
    v = values({"Loop": {"type": "object", "properties": {"next": ref("Loop")}}})
    with v._entering("Loop"):
        assert v.value(ref("Loop"), full=True, required=False) is OMIT


def test_one_of_gets_a_value_matching_exactly_one_branch() -> None:
    v = values(
        {
            "Loose": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Strict": {"type": "object", "required": ["b"], "properties": {"b": {"type": "string"}}},
        }
    )
    schema = {"oneOf": [ref("Loose"), ref("Strict")]}
    value = v.value(schema, full=True)
    assert sum(v.matches(value, option) for option in schema["oneOf"]) == 1
    assert v.matches(value, schema)


def test_one_of_without_a_distinguishing_value_fails_loudly() -> None:
    v = values({"A": {"type": "object"}, "B": {"type": "object"}})
    with pytest.raises(ValueError, match="no value matches exactly one"):
        v.value({"oneOf": [ref("A"), ref("B")]}, full=True)


def test_nullable_any_of_builds_the_non_null_branch() -> None:
    v = values({})
    schema = {"anyOf": [{"type": "array", "items": {"type": "string"}, "minItems": 2}, {"type": "null"}]}
    assert v.value(schema, full=True) == ["example", "example1"]
    assert v.value({"anyOf": [{"type": "null"}]}, full=True) is None
