"""Docstring facts from the spec: what the templates print for parameters, fields and errors.

The vendored description has no prose, but it states facts: required or
default, enum values, bounds, lengths, patterns, formats, deprecated flags,
documented statuses and callbacks. This module turns them into short text,
computed once in Python so the templates only print it:

* :func:`operation_facts` -- per operation (key ``"<tag>.<module>"``): one
  line per parameter (by location and wire name), the body, the error
  classes of its documented statuses, the E.164 checks and the callbacks;
* :func:`field_facts` -- per object schema: one line per property.

:func:`write_facts_template` writes the operation facts as a Jinja template
(``_doc_facts.jinja``) beside a copy of the templates; :func:`annotate_models`
puts the field facts on each object schema as ``x-sinch-doc`` (the generator
keeps unknown schema keys on ``model.data``). Nothing here invents prose: what
the spec does not say is not said.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from codegen.e164_table import body_fields, path_parameters
from codegen.normalise import iter_operations, module_name, tag_module
from codegen.spec_refs import resolve

__all__ = [
    "E164_RULE",
    "FACTS_TEMPLATE",
    "MODEL_KEY",
    "annotate_models",
    "error_classes",
    "field_facts",
    "operation_facts",
    "schema_facts",
    "write_facts_template",
]

ROOT = Path(__file__).resolve().parent.parent
ERRORS_MODULE = ROOT / "overrides" / "sinch_provisioning" / "_errors.py"
FACTS_TEMPLATE = "_doc_facts.jinja"
MODEL_KEY = "x-sinch-doc"
#: What sinch_provisioning.is_e164 accepts, in words.
E164_RULE = "E.164 number ('+' then 2-15 digits, the first not 0)"
_LOCATIONS = ("path", "query", "header", "cookie")


def error_classes(errors_module: Path = ERRORS_MODULE) -> dict[int, str]:
    """Status -> class name, read from ``_BY_STATUS`` in ``_errors.py`` without importing the package."""
    tree = ast.parse(errors_module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        target: ast.expr | None = None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id == "_BY_STATUS" and isinstance(value, ast.Dict):
            return {
                key.value: item.id
                for key, item in zip(value.keys, value.values, strict=True)
                if isinstance(key, ast.Constant) and isinstance(key.value, int) and isinstance(item, ast.Name)
            }
    raise RuntimeError(f"{errors_module}: no _BY_STATUS mapping")


def _merged(spec: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """The schema's own keywords over those of its ``$ref``/``allOf`` members and one non-null alternative."""
    node = resolve(spec, node, keep_siblings=True)
    if not isinstance(node, dict) or depth > 8:
        return {}
    merged: dict[str, Any] = {}
    for member in node.get("allOf") or []:
        merged.update(_merged(spec, member, depth + 1))
    for key in ("anyOf", "oneOf"):
        alternatives = [
            alt for alt in node.get(key) or [] if resolve(spec, alt, keep_siblings=True) != {"type": "null"}
        ]
        if len(alternatives) == 1:
            merged.update(_merged(spec, alternatives[0], depth + 1))
    merged.update({k: v for k, v in node.items() if k not in ("allOf", "anyOf", "oneOf")})
    return merged


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _range(low: Any, high: Any, unit: str) -> str | None:
    if low is not None and high is not None:
        return f"{unit} {_value(low)}-{_value(high)}"
    if low is not None:
        return f"{unit} >= {_value(low)}"
    if high is not None:
        return f"{unit} <= {_value(high)}"
    return None


def schema_facts(spec: dict[str, Any], schema: Any, depth: int = 0) -> list[str]:
    """Facts a schema states about its values, in a fixed order."""
    node = _merged(spec, schema)
    facts: list[str] = []
    if node.get("readOnly"):
        facts.append("read-only")
    if node.get("writeOnly"):
        facts.append("write-only")
    if node.get("deprecated"):
        facts.append("deprecated")
    if "const" in node:
        facts.append(f"always {_value(node['const'])}")
    if isinstance(node.get("enum"), list):
        facts.append("one of: " + ", ".join(_value(v) for v in node["enum"] if v is not None))
    if node.get("format"):
        format_ = str(node["format"])
        facts.append(f"format {format_}" + (f": {E164_RULE}" if "e.164" in format_.lower() else ""))
    if node.get("pattern"):
        facts.append(f"pattern {node['pattern']}")
    for fact in (
        _range(node.get("minLength"), node.get("maxLength"), "length"),
        _range(node.get("minimum"), node.get("maximum"), "value"),
        _range(node.get("minItems"), node.get("maxItems"), "items"),
    ):
        if fact:
            facts.append(fact)
    for key, word in (("exclusiveMinimum", ">"), ("exclusiveMaximum", "<")):
        if isinstance(node.get(key), int | float) and not isinstance(node.get(key), bool):
            facts.append(f"value {word} {_value(node[key])}")
    if node.get("uniqueItems"):
        facts.append("unique items")
    if "items" in node and depth < 3:
        inner = schema_facts(spec, node["items"], depth + 1)
        if inner:
            facts.append("each item: " + ", ".join(inner))
    if "default" in node:
        facts.append(f"default {json.dumps(node['default'])}")
    return facts


def _line(required: bool, facts: list[str]) -> str:
    return "; ".join(["required" if required else "optional", *facts]) + "."


def field_facts(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, str]:
    """Property wire name -> its line: required/optional, JSON key, facts."""
    node = _merged(spec, schema)
    required = set(node.get("required") or [])
    return {
        str(name): _line(name in required, [f"JSON key {name}", *schema_facts(spec, sub)])
        for name, sub in (node.get("properties") or {}).items()
    }


def annotate_models(spec: dict[str, Any]) -> None:
    """Put :func:`field_facts` on every component object schema as ``x-sinch-doc``, in place."""
    for schema in (spec.get("components", {}).get("schemas") or {}).values():
        if isinstance(schema, dict) and "properties" in schema:
            schema[MODEL_KEY] = field_facts(spec, schema)


def _raises(responses: dict[str, Any], classes: dict[int, str]) -> list[str]:
    by_class: dict[str, list[str]] = {}
    for status in responses:
        code = str(status)
        if code.isdigit() and 200 <= int(code) <= 299:
            continue
        if code.isdigit():
            name = classes.get(int(code)) or ("InternalServerError" if int(code) >= 500 else "APIStatusError")
        elif code.upper().startswith("5"):
            name = "InternalServerError"
        else:
            name = "APIStatusError"
        by_class.setdefault(name, []).append(code)
    return [
        f"{name}: " + ", ".join("any other status" if c == "default" else f"HTTP {c}" for c in codes) + "."
        for name, codes in by_class.items()
    ]


def operation_facts(spec: dict[str, Any], classes: dict[int, str]) -> dict[str, dict[str, Any]]:
    """``"<tag>.<module>"`` -> facts of that operation (see the module docstring)."""
    e164_params = {(m, p, name): python for m, p, name, python in path_parameters(spec)}
    e164_fields: dict[tuple[str, str], list[str]] = {}
    for method, path, field in body_fields(spec):
        text = ".".join(field).replace(".*", "[*]")
        e164_fields.setdefault((method, path), []).append(text)
    facts: dict[str, dict[str, Any]] = {}
    for path, method, operation in iter_operations(spec):
        tags = operation.get("tags") or ["default"]
        key = f"{tag_module(str(tags[0]))}.{module_name(str(operation.get('operationId', '')))}"
        item = spec["paths"][path]
        params: dict[str, dict[str, str]] = {location: {} for location in _LOCATIONS}
        checked: list[str] = []
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = resolve(spec, raw, keep_siblings=True)
            location, name = parameter.get("in"), str(parameter.get("name", ""))
            if location not in params:
                continue
            extra = ["deprecated"] if parameter.get("deprecated") else []
            if (method.upper(), path, name) in e164_params:
                extra.append(f"{E164_RULE}, checked before sending")
                checked.append(e164_params[(method.upper(), path, name)])
            params[location][name] = _line(
                bool(parameter.get("required")), [*extra, *schema_facts(spec, parameter.get("schema"))]
            )
        body = resolve(spec, operation.get("requestBody"), keep_siblings=True)
        body_line = ""
        fields = e164_fields.get((method.upper(), path), [])
        if isinstance(body, dict) and body:
            content = ", ".join(str(media) for media in body.get("content") or {})
            extra = [f"sent as {content}"] if content else []
            if fields:
                extra.append(f"{', '.join(fields)}: {E164_RULE}, checked before sending")
            body_line = _line(bool(body.get("required")), extra)
        responses = operation.get("responses") or {}
        facts[key] = {
            "deprecated": "deprecated" if operation.get("deprecated") else "",
            "params": params,
            "body": body_line,
            "statuses": ", ".join(str(status) for status in responses),
            "raises": _raises(responses, classes),
            "e164": ", ".join([*checked, *(f"body {field}" for field in fields)]),
            "callbacks": ", ".join(str(name) for name in operation.get("callbacks") or {}),
        }
    return facts


def write_facts_template(spec: dict[str, Any], folder: Path, errors_module: Path = ERRORS_MODULE) -> None:
    """Write ``_doc_facts.jinja`` (``OPERATIONS``) into ``folder`` (a copy of the templates)."""
    operations = operation_facts(spec, error_classes(errors_module))
    # JSON with only strings, lists and mappings is also a Jinja literal.
    text = "{% set OPERATIONS = " + json.dumps(operations, sort_keys=True, ensure_ascii=True) + " %}\n"
    (folder / FACTS_TEMPLATE).write_text(text, encoding="utf-8")
