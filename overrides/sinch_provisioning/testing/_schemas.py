"""Validate JSON against the API's schemas, as the mock does for every request body and parameter.

The schemas are the compact ones of the generated ``_operations.SCHEMAS``
(``$ref`` is a component name). The keywords checked are the ones a JSON
Schema validator such as Prism's checks: types, ``enum``/``const``,
``required``, ``additionalProperties``, string, number and array bounds,
``pattern``, the ``url``/``uri``/``email``/E.164 formats, and
``allOf``/``anyOf``/``oneOf``. The first problem is reported, with the path of
the field (``body.testNumbers[0]``). Work is linear in the size of the value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .._e164 import is_e164

__all__ = ["Problem", "Schemas"]

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_NAMED_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "boolean": bool,
    "object": dict,
    "array": list,
    "null": type(None),
}

Problem = tuple[str, str]
"""``(field path, what is wrong)``."""


def _is_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    expected = _NAMED_TYPES.get(kind)
    return expected is None or isinstance(value, expected)


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    if kinds and schema.get("nullable"):
        kinds.append("null")
    return kinds


def _format_problem(value: str, fmt: str) -> str | None:
    fmt = fmt.lower()
    if fmt in ("url", "uri"):
        parts = urlsplit(value)
        return None if parts.scheme and parts.netloc else "must be an absolute URL"
    if fmt == "email":
        return None if _EMAIL.fullmatch(value) else "must be an email address"
    if fmt == "e.164 phone number":
        return None if is_e164(value) else "must be an E.164 number (+ then 2-15 digits)"
    return None


class Schemas:
    """Navigation and validation over one table of component schemas."""

    def __init__(self, table: Mapping[str, Mapping[str, Any]]) -> None:
        self.table = table
        self.flat_component = functools.lru_cache(maxsize=None)(self._flat_component)

    # --- navigation ------------------------------------------------------------------------

    def resolve(self, schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], str | None]:
        """Follow ``$ref``; return the schema (sibling keywords applied on top) and the last name."""
        name = None
        for _ in range(len(self.table) + 1):
            if "$ref" not in schema:
                return schema, name
            name = str(schema["$ref"])
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            target = self.table[name]
            schema = {**target, **siblings} if siblings else target
        raise ValueError(f"$ref cycle at {name!r}")

    def _flat_component(self, name: str) -> Mapping[str, Any]:
        return self._merge(self.table[name])

    def flatten(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Resolve ``$ref`` and merge ``allOf`` into one schema."""
        if set(schema) == {"$ref"}:
            return self.flat_component(str(schema["$ref"]))
        return self._merge(self.resolve(schema)[0])

    def _merge(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        if "$ref" in schema:
            schema = self.resolve(schema)[0]
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            for key, value in self.flatten(part).items():
                if key == "properties":
                    merged["properties"] = {**value, **merged.get("properties", {})}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        return merged

    def alternatives(self, schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """The non-null branches of a ``oneOf``/``anyOf`` (empty when there is none)."""
        options = schema.get("oneOf") or schema.get("anyOf") or []
        return [o for o in options if _types(self.flatten(o)) != ["null"]]

    # --- validation ------------------------------------------------------------------------

    def valid(self, value: Any, schema: Mapping[str, Any]) -> bool:
        return self.problem(value, schema, "") is None

    def problem(self, value: Any, schema: Mapping[str, Any], where: str) -> Problem | None:
        """The first problem of ``value`` against ``schema``, or None when it is valid."""
        flat = self.flatten(schema)
        kinds = _types(flat)
        if value is None and ("null" in kinds or flat.get("nullable")):
            return None
        if kinds and not any(_is_type(value, kind) for kind in kinds):
            return where, f"must be of type {' or '.join(kinds)}, not {_json_type(value)}"
        if "const" in flat and value != flat["const"]:
            return where, f"must be {flat['const']!r}"
        if "enum" in flat and value not in flat["enum"]:
            allowed = ", ".join(repr(v) for v in flat["enum"] if v is not None)
            return where, f"must be one of {allowed}, not {_short(value)}"
        found = self._scalar_problem(value, flat, where)
        if found is None and isinstance(value, list):
            found = self._array_problem(value, flat, where)
        if found is None and isinstance(value, dict):
            found = self._object_problem(value, flat, where)
        return found or self._combinator_problem(value, flat, where)

    def _scalar_problem(self, value: Any, schema: Mapping[str, Any], where: str) -> Problem | None:
        if isinstance(value, str):
            if len(value) < schema.get("minLength", 0):
                return where, f"must be at least {schema['minLength']} characters long"
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                return where, f"must be at most {schema['maxLength']} characters long"
            if "pattern" in schema and not re.search(schema["pattern"], value):
                return where, f"must match the pattern {schema['pattern']}"
            message = _format_problem(value, str(schema.get("format", "")))
            return None if message is None else (where, message)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                return where, f"must be >= {schema['minimum']}"
            if "maximum" in schema and value > schema["maximum"]:
                return where, f"must be <= {schema['maximum']}"
            low, high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
            if isinstance(low, (int, float)) and not isinstance(low, bool) and value <= low:
                return where, f"must be > {low}"
            if isinstance(high, (int, float)) and not isinstance(high, bool) and value >= high:
                return where, f"must be < {high}"
        return None

    def _array_problem(self, value: list[Any], schema: Mapping[str, Any], where: str) -> Problem | None:
        if len(value) < schema.get("minItems", 0):
            return where, f"must have at least {schema['minItems']} item(s)"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return where, f"must have at most {schema['maxItems']} item(s)"
        if schema.get("uniqueItems"):
            seen: list[Any] = []
            for item in value:
                if item in seen:
                    return where, f"must not repeat {_short(item)}"
                seen.append(item)
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                found = self.problem(item, items, f"{where}[{index}]")
                if found is not None:
                    return found
        return None

    def _object_problem(self, value: dict[str, Any], schema: Mapping[str, Any], where: str) -> Problem | None:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for name in schema.get("required", []):
            if name not in value:
                return _join(where, name), "is required"
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                found = self.problem(item, properties[name], _join(where, name))
            elif extra is False:
                found = _join(where, name), "is not a known field"
            elif isinstance(extra, Mapping):
                found = self.problem(item, extra, _join(where, name))
            else:
                found = None
            if found is not None:
                return found
        return None

    def _combinator_problem(self, value: Any, schema: Mapping[str, Any], where: str) -> Problem | None:
        options = [o for o in schema.get("oneOf") or schema.get("anyOf") or []]
        if not options:
            return None
        problems = [self.problem(value, option, where) for option in options]
        matching = sum(found is None for found in problems)
        if "oneOf" in schema and matching > 1:
            return where, "matches more than one of the allowed shapes (oneOf)"
        if matching:
            return None
        # The branch that got deepest into the value names the field best.
        return max((p for p in problems if p is not None), key=lambda p: len(p[0]))


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _json_type(value: Any) -> str:
    for name, kind in (("null", type(None)), ("boolean", bool), ("string", str), ("array", list)):
        if isinstance(value, kind):
            return name
    if isinstance(value, (int, float)):
        return "number"
    return "object" if isinstance(value, dict) else type(value).__name__


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
