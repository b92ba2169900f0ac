"""Generate ``sinch_provisioning/_operations.py``: every operation and the schemas it uses, as data.

The wheel carries no OpenAPI description, yet ``sinch_provisioning.testing``
(the in-process mock) must route, validate and answer every operation. This
table gives it what it needs, derived from the normalised spec:

* ``OPERATIONS`` -- ``"<tag>.<operation>"`` (the ``_OPERATION`` of the endpoint
  module) -> method, route template, path parameters, query parameters
  (name, required, schema), the request body (schema, model names, required),
  the documented 2xx status, its schema and model names, the error model, and
  pagination (items property, next-token property) for list operations;
* ``SCHEMAS`` -- the component schemas those reach, reduced to the validation
  keywords (types, enums, required, bounds, patterns, formats, combinators),
  with ``$ref`` shortened to the component name.

Only the mock imports it, lazily; the package ``__init__`` never does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.normalise import SpecError, iter_operations, module_name
from codegen.spec_refs import resolve

__all__ = ["operations", "render", "schemas", "write_operations_table"]

MODULE = "_operations.py"
_REF_PREFIX = "#/components/schemas/"
# Keywords the mock validates with or builds values from; everything else (descriptions, examples) goes.
_KEEP = frozenset({
    "type", "format", "enum", "const", "required", "pattern", "minLength", "maxLength", "minimum",
    "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems",
    "uniqueItems", "readOnly", "writeOnly", "deprecated", "default", "nullable",
})  # fmt: skip
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")


def _ref_name(ref: object, where: str) -> str:
    if not isinstance(ref, str) or not ref.startswith(_REF_PREFIX):
        raise SpecError(where, f"unsupported $ref {ref!r} (only {_REF_PREFIX}...)")
    return ref[len(_REF_PREFIX) :]


def _compact(node: Any, where: str, refs: set[str]) -> Any:
    """``node`` reduced to the kept keywords; component names it references are added to ``refs``."""
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    if "$ref" in node:
        name = _ref_name(node["$ref"], where)
        refs.add(name)
        result["$ref"] = name
    for key, value in node.items():
        if key in _KEEP:
            result[key] = value
        elif key == "properties" and isinstance(value, dict):
            result[key] = {prop: _compact(sub, f"{where}.{prop}", refs) for prop, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            result[key] = _compact(value, f"{where}.{key}", refs)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            result[key] = [_compact(sub, f"{where}.{key}[{i}]", refs) for i, sub in enumerate(value)]
    return result


def _json_schema(content: Any) -> Any:
    if not isinstance(content, dict):
        return None
    media = next((m for t, m in content.items() if "json" in t and isinstance(m, dict)), None)
    return None if media is None else media.get("schema")


def _model_names(schema: Any) -> list[str]:
    """Component names of a ``$ref`` or of a union of ``$ref``s (``[]`` for anything else)."""
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        return [str(schema["$ref"])]
    options = [o for o in schema.get("oneOf") or schema.get("anyOf") or [] if isinstance(o, dict)]
    return [str(o["$ref"]) for o in options if "$ref" in o]


def _flat_properties(table: dict[str, Any], name: str) -> dict[str, Any]:
    schema = table.get(name, {})
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and "$ref" in part:
            properties = {**_flat_properties(table, part["$ref"]), **properties}
    return properties


def _is_array(table: dict[str, Any], schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema:
        return _is_array(table, table.get(schema["$ref"]))
    parts = schema.get("allOf") or []
    return schema.get("type") == "array" or (len(parts) == 1 and _is_array(table, parts[0]))


def _pagination(table: dict[str, Any], query: list[dict[str, Any]], models: list[str]) -> Any:
    """``{"items": ..., "token": "nextPageToken"}`` for a token-paged list operation, else None.

    The same rule as ``iter_<operation>`` in ``endpoint_init.py.jinja``: query
    parameters ``pageToken`` and ``pageSize``, and 2xx model(s) with one
    ``nextPageToken`` and exactly one array property, the same in each model.
    """
    if not {"pageToken", "pageSize"} <= {parameter["name"] for parameter in query} or not models:
        return None
    found: set[str] = set()
    for model in models:
        properties = _flat_properties(table, model)
        arrays = [name for name, sub in properties.items() if _is_array(table, sub)]
        if len(arrays) != 1 or "nextPageToken" not in properties:
            return None
        found.add(arrays[0])
    if len(found) != 1:
        return None
    total = next((n for n in ("totalSize", "totalCount") if n in _flat_properties(table, models[0])), None)
    return {"items": found.pop(), "token": "nextPageToken", "total": total}


def _operation(
    spec: dict[str, Any], path: str, method: str, operation: dict[str, Any], refs: set[str]
) -> Any:
    where = f"$.paths[{path!r}].{method}"
    item = spec["paths"][path]
    path_params: list[str] = []
    query: list[dict[str, Any]] = []
    for index, raw in enumerate([*item.get("parameters", []), *operation.get("parameters", [])]):
        parameter = resolve(spec, raw)
        location, name = parameter.get("in"), str(parameter.get("name", ""))
        schema = _compact(parameter.get("schema") or {"type": "string"}, f"{where}.parameters[{index}]", refs)
        if location == "path" and name not in path_params:
            path_params.append(name)
        elif location == "query":
            query.append({"name": name, "required": bool(parameter.get("required")), "schema": schema})
    body = resolve(spec, operation.get("requestBody"))
    body_schema = _json_schema(body.get("content")) if isinstance(body, dict) else None
    codes = sorted(str(code) for code in operation.get("responses", {}) if str(code).startswith("2"))
    if len(codes) != 1:
        raise SpecError(f"{where}.responses", f"expected one documented 2xx response, found {codes}")
    success = resolve(spec, operation["responses"][codes[0]])
    response_schema = _json_schema(success.get("content")) if isinstance(success, dict) else None
    errors = [
        _model_names(_compact(_json_schema(resolve(spec, r).get("content")), where, refs))
        for code, r in sorted(operation.get("responses", {}).items())
        if not str(code).startswith("2") and isinstance(resolve(spec, r), dict)
    ]
    compact_body = _compact(body_schema, f"{where}.requestBody", refs) if body_schema else None
    compact_response = _compact(response_schema, f"{where}.responses", refs) if response_schema else None
    return {
        "method": method.upper(),
        "path": path,
        "path_params": path_params,
        "query": query,
        "body": compact_body,
        "body_models": _model_names(compact_body),
        "body_required": bool(body_schema) and bool(isinstance(body, dict) and body.get("required")),
        "status": int(codes[0]),
        "response": compact_response,
        "response_models": _model_names(compact_response),
        "error_model": next((names[0] for names in errors if names), None),
    }


def schemas(spec: dict[str, Any], refs: set[str]) -> dict[str, Any]:
    """The compacted component schemas reachable from ``refs`` (grows ``refs`` as it goes)."""
    components = spec.get("components", {}).get("schemas", {})
    table: dict[str, Any] = {}
    pending = sorted(refs)
    while pending:
        name = pending.pop()
        if name in table:
            continue
        if name not in components:
            raise SpecError(f"$.components.schemas.{name}", "referenced but not defined")
        found: set[str] = set()
        table[name] = _compact(components[name], f"$.components.schemas.{name}", found)
        pending.extend(sorted(found - table.keys()))
    return dict(sorted(table.items()))


def operations(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(OPERATIONS, SCHEMAS)`` of ``spec`` (normalised)."""
    refs: set[str] = set()
    table: dict[str, Any] = {}
    for path, method, operation in iter_operations(spec):
        name = f"{operation['tags'][0]}.{module_name(operation['operationId'])}"
        if name in table:
            raise SpecError(f"$.paths[{path!r}].{method}", f"operation name {name!r} is not unique")
        table[name] = _operation(spec, path, method, operation, refs)
    components = schemas(spec, refs)
    for entry in table.values():
        entry["page"] = _pagination(components, entry["query"], entry["response_models"])
    return table, components


def _json_table(name: str, table: dict[str, Any]) -> list[str]:
    """``NAME = json.loads(r'''...''')``, one entry per line: JSON loads ~50x faster than a dict literal."""
    entries = ",\n".join(
        f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in table.items()
    )
    if "'''" in entries:
        raise SpecError("$", f"{name}: the spec holds text that cannot go into a raw string literal")
    return [f"{name}: dict[str, dict[str, Any]] = json.loads(", "    r'''{", entries, "}'''", ")", ""]


def render(spec: dict[str, Any]) -> str:
    table, components = operations(spec)
    lines = [
        '"""Every operation and the schemas it uses; generated from the spec by codegen/operations_table.py.',
        "",
        "Read by sinch_provisioning.testing (the in-process mock) only, on first use.",
        '"""',
        "",
        "import json",
        "from typing import Any",
        "",
        *_json_table("OPERATIONS", table),
        *_json_table("SCHEMAS", components),
    ]
    return "\n".join(lines)


def write_operations_table(spec: dict[str, Any], package: Path) -> None:
    """Write the table into the generated package folder."""
    (package / MODULE).write_text(render(spec), encoding="utf-8")
