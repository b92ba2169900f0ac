"""Generate ``sinch_provisioning/_e164_table.py``: where the API carries E.164 numbers.

Derived from the normalised spec, never hand-listed, so a spec bump that adds
a ``{testNumber}`` path or another ``format: e.164 phone number`` body field is
guarded without code changes:

* ``PATH_PARAMETERS`` -- (METHOD, path template, parameter, python name) for
  every path parameter named ``testNumber`` or whose schema has an E.164 format;
* ``BODY_FIELDS`` -- (METHOD, path template, field path) for every request-body
  field with an E.164 format; ``"*"`` in a field path stands for array items.

The runtime guard (``overrides/sinch_provisioning/_e164.py``) reads it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from codegen.normalise import iter_operations
from codegen.spec_refs import resolve

__all__ = ["body_fields", "path_parameters", "render", "write_e164_table"]

MODULE = "_e164_table.py"


def _is_e164(schema: Any) -> bool:
    return isinstance(schema, dict) and "e.164" in str(schema.get("format", "")).lower()


def path_parameters(spec: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(METHOD, path, name, python name) of every E.164 path parameter."""
    found = []
    for path, method, operation in iter_operations(spec):
        item = spec["paths"][path]
        parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
        for raw in parameters:
            parameter = resolve(spec, raw)
            if not isinstance(parameter, dict) or parameter.get("in") != "path":
                continue
            name = str(parameter.get("name", ""))
            if name == "testNumber" or _is_e164(resolve(spec, parameter.get("schema"))):
                row = (method.upper(), path, name, snake_case(name))
                if row not in found:
                    found.append(row)
    return found


def _schema_fields(
    spec: dict[str, Any], schema: Any, trail: tuple[str, ...], chain: frozenset[int]
) -> set[tuple[str, ...]]:
    node = resolve(spec, schema)
    if not isinstance(node, dict) or id(node) in chain:
        return set()
    chain = chain | {id(node)}
    if _is_e164(node):
        return {trail}
    fields: set[tuple[str, ...]] = set()
    for key in ("allOf", "anyOf", "oneOf"):
        for alternative in node.get(key, []) or []:
            fields |= _schema_fields(spec, alternative, trail, chain)
    if "items" in node:
        fields |= _schema_fields(spec, node["items"], (*trail, "*"), chain)
    for name, sub in (node.get("properties") or {}).items():
        fields |= _schema_fields(spec, sub, (*trail, str(name)), chain)
    return fields


def body_fields(spec: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(METHOD, path, field path) of every E.164 field in a JSON request body."""
    found = []
    for path, method, operation in iter_operations(spec):
        body = resolve(spec, operation.get("requestBody"))
        content = body.get("content", {}) if isinstance(body, dict) else {}
        for media_type, media in content.items():
            if "json" not in media_type or not isinstance(media, dict):
                continue
            for field in sorted(_schema_fields(spec, media.get("schema"), (), frozenset())):
                row = (method.upper(), path, field)
                if field and row not in found:
                    found.append(row)
    return found


def _literal(value: object) -> str:
    """A Python literal in the style ruff format writes (double quotes)."""
    if isinstance(value, tuple):
        return "(" + ", ".join(_literal(item) for item in value) + ("," if len(value) == 1 else "") + ")"
    return json.dumps(value)


def render(spec: dict[str, Any]) -> str:
    lines = [
        '"""Where the API carries E.164 phone numbers; generated from the spec by codegen/e164_table.py."""',
        "",
        "PATH_PARAMETERS: tuple[tuple[str, str, str, str], ...] = (",
        *(f"    {_literal(row)}," for row in path_parameters(spec)),
        ")",
        "",
        "BODY_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (",
        *(f"    {_literal(row)}," for row in body_fields(spec)),
        ")",
        "",
    ]
    return "\n".join(lines)


def write_e164_table(spec: dict[str, Any], package: Path) -> None:
    """Write the table into the generated package folder."""
    (package / MODULE).write_text(render(spec), encoding="utf-8")
