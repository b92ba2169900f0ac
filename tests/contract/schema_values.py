"""Build a valid JSON value for an OpenAPI schema, deterministically.

Two modes: ``full=False`` fills only what the schema requires, ``full=True``
fills every writable property. The builder resolves ``$ref``, merges ``allOf``,
picks one alternative of ``oneOf``/``anyOf``, and honours ``enum``, ``const``,
formats, patterns and length/size bounds. A schema that is already being built
higher up (a recursive model) is not expanded again unless it is required.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import find
from hypothesis import strategies as st

__all__ = ["OMIT", "PHONE", "SchemaValues", "regex_example", "snake_key"]


class _Omit:
    def __repr__(self) -> str:
        return "OMIT"


OMIT: Any = _Omit()
"""Returned for an optional value that cannot be built without endless recursion."""

PHONE = "+12223334444"

# Values for the formats the description uses, standard and custom ones alike.
_STRING_FORMATS: dict[str, str] = {
    "date-time": "2024-01-02T03:04:05Z",
    "timestamp": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "email": "dev@example.com",
    "idn-email": "dev@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "iri": "https://example.com/resource",
    "uri-reference": "https://example.com/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "byte": "ZXhhbXBsZQ==",
    "binary": "example",
    "e.164 phone number": PHONE,
    "phone number": PHONE,
    "numeric phone number": PHONE.lstrip("+"),
    "country code": "US",
    "digits": "12345",
    "otp": "123456",
    "hex": "#1a2b3c",
    "sha256-hash": hashlib.sha256(b"example").hexdigest(),
}
_NUMBER_FORMATS: dict[str, int] = {"timestamp": 1704164645}


@functools.cache
def regex_example(pattern: str, min_length: int = 0, max_length: int | None = None) -> str:
    """The minimal string fully matching ``pattern`` within the length bounds (hypothesis shrinks it)."""
    return find(
        st.from_regex(pattern, fullmatch=True),
        lambda s: len(s) >= min_length and (max_length is None or len(s) <= max_length),
    )


class SchemaValues:
    """Values for the schemas of one (normalised) description."""

    def __init__(self, spec: dict[str, Any], *, response: bool = False) -> None:
        """``response=True`` builds what a server sends (``readOnly`` fields in, ``writeOnly`` out)."""
        self.spec = spec
        self._skip = "writeOnly" if response else "readOnly"
        self._building: list[str] = []
        self._checking: list[str | None] = []

    # --- schema navigation -----------------------------------------------------------------

    def resolve(self, schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Follow ``$ref`` chains; return the schema and the last component name."""
        name = None
        seen = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"cannot resolve {ref!r}")
            seen.add(ref)
            node: Any = self.spec
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            name = ref.rsplit("/", 1)[-1]
            # Sibling keywords of a $ref (OpenAPI 3.1) apply on top of the target.
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**node, **siblings} if siblings else node
        return schema, name

    def flatten(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Resolve ``$ref`` and merge ``allOf`` into one schema."""
        schema, _ = self.resolve(schema)
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            flat = self.flatten(part)
            for key, value in flat.items():
                if key == "properties":
                    merged["properties"] = {**value, **merged.get("properties", {})}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        return merged

    def alternatives(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        """The non-null alternatives of a ``oneOf``/``anyOf`` (empty when there is none)."""
        options = schema.get("oneOf") or schema.get("anyOf") or []
        return [option for option in options if self.flatten(option).get("type") != "null"]

    @contextmanager
    def _entering(self, name: str | None) -> Iterator[None]:
        if name is not None:
            self._building.append(name)
        try:
            yield
        finally:
            if name is not None:
                self._building.pop()

    # --- values ----------------------------------------------------------------------------

    def value(self, schema: dict[str, Any], *, full: bool, required: bool = True) -> Any:
        """A valid value for ``schema``; OMIT when it is optional and would recurse."""
        _, name = self.resolve(schema) if "$ref" in schema else (schema, None)
        if name is not None and name in self._building:
            if not required:
                return OMIT
            full = False  # a required recursive value: as small as possible
        with self._entering(name):
            return self._value(self.flatten(schema), full=full)

    def _value(self, schema: dict[str, Any], *, full: bool) -> Any:
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        options = self.alternatives(schema)
        if options and "oneOf" in schema:
            return self._one_of(options, full=full)
        if options:
            return self.value(options[0], full=full)
        if schema.get("oneOf") or schema.get("anyOf"):
            return None  # only ``null`` is allowed
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, full=full)
        if kind == "array":
            return self._array(schema, full=full)
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return self._number(schema, integer=kind == "integer")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return "example"  # any value is allowed

    def _one_of(self, options: list[dict[str, Any]], *, full: bool) -> Any:
        """A value matching exactly one branch, as ``oneOf`` demands (branches often overlap)."""
        for mode in (full, not full):
            for index, option in enumerate(options):
                candidate = self.value(option, full=mode)
                others = options[:index] + options[index + 1 :]
                if not any(self.matches(candidate, other) for other in others):
                    return candidate
        raise ValueError(f"no value matches exactly one of {options}")

    def matches(self, value: Any, schema: dict[str, Any]) -> bool:
        """Whether ``value`` is valid for ``schema`` (the keywords this builder uses)."""
        if "$ref" in schema and self.resolve(schema)[1] in self._checking:
            return True  # recursion: assume the inner part fits
        _, name = self.resolve(schema) if "$ref" in schema else (schema, None)
        self._checking.append(name)
        try:
            return self._matches(value, self.flatten(schema))
        finally:
            self._checking.pop()

    def _matches(self, value: Any, schema: dict[str, Any]) -> bool:
        if "const" in schema and value != schema["const"]:
            return False
        if "enum" in schema and value not in schema["enum"]:
            return False
        if "oneOf" in schema and sum(self.matches(value, o) for o in schema["oneOf"]) != 1:
            return False
        if "anyOf" in schema and not any(self.matches(value, o) for o in schema["anyOf"]):
            return False
        kind = schema.get("type")
        if kind is not None and not _is_type(value, kind):
            return False
        if isinstance(value, dict):
            properties = schema.get("properties") or {}
            if any(name not in value for name in schema.get("required", [])):
                return False
            extra = schema.get("additionalProperties", True)
            for name, item in value.items():
                if name in properties:
                    if not self.matches(item, properties[name]):
                        return False
                elif extra is False or (isinstance(extra, dict) and not self.matches(item, extra)):
                    return False
        if isinstance(value, list):
            if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
                return False
            if "items" in schema and not all(self.matches(item, schema["items"]) for item in value):
                return False
        if isinstance(value, str):
            if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
                return False
            if "pattern" in schema and not re.search(schema["pattern"], value):
                return False
        return True

    def _object(self, schema: dict[str, Any], *, full: bool) -> dict[str, Any]:
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if name not in required and not full:
                continue
            flat = self.flatten(prop)
            if name not in required and (flat.get(self._skip) or flat.get("deprecated")):
                continue  # only the other side writes it / a client should not send it
            value = self.value(prop, full=full, required=name in required)
            if value is not OMIT:
                result[name] = value
        return result

    def _array(self, schema: dict[str, Any], *, full: bool) -> list[Any]:
        items = schema.get("items") or {}
        count = max(int(schema.get("minItems", 0)), 1 if full else 0)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        if count == 0:
            return []
        first = self.value(items, full=full, required=int(schema.get("minItems", 0)) > 0)
        if first is OMIT:
            return []
        result = [first]
        flat = self.flatten(items)
        for index in range(1, count):
            if "enum" in flat and schema.get("uniqueItems"):
                result.append([v for v in flat["enum"] if v is not None][index])
            elif flat.get("type") == "string" and "pattern" not in flat and "enum" not in flat:
                result.append(f"{first}{index}")
            else:
                result.append(self.value(items, full=full))
        return result

    def _string(self, schema: dict[str, Any]) -> str:
        min_length = int(schema.get("minLength", 0))
        max_length = schema.get("maxLength")
        if "pattern" in schema:
            return regex_example(schema["pattern"], min_length, max_length)
        fmt = str(schema.get("format", "")).lower()
        text = _STRING_FORMATS.get(fmt, "example")
        if len(text) < min_length:
            text = text.ljust(min_length, "x")
        if max_length is not None and len(text) > int(max_length):
            text = text[: int(max_length)]
        return text

    def _number(self, schema: dict[str, Any], *, integer: bool) -> int | float:
        fmt = str(schema.get("format", "")).lower()
        value: int | float = _NUMBER_FORMATS.get(fmt, 1)
        if "minimum" in schema:
            value = max(value, schema["minimum"])
        exclusive = schema.get("exclusiveMinimum")
        if isinstance(exclusive, (int, float)) and not isinstance(exclusive, bool) and value <= exclusive:
            value = exclusive + 1
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        multiple = schema.get("multipleOf")
        if multiple:
            value = -(-value // multiple) * multiple
        return int(value) if integer or float(value).is_integer() else value


def _is_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    expected = {"string": str, "boolean": bool, "object": dict, "array": list, "null": type(None)}[kind]
    return isinstance(value, expected)


def snake_key(name: str) -> str:
    """Compare a JSON name with a Python parameter name: ``projectId`` ~ ``project_id``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())
