"""Turn the vendored OpenAPI description into the generator's input.

The published description has defects that stop openapi-python-client and
Prism. Every fix below recognises a *shape* (never a schema or operation
name), so the next spec version goes through the same way:

1. ``list_valued_property`` -- a property written as a YAML list of schemas
   instead of one schema becomes an array of those schemas.
2. ``mapping_valued_enum`` -- an ``enum`` written as a mapping (a TypeScript
   enum object) becomes the list of its values.
3. ``and_combined_security`` -- one security requirement naming several
   schemes ("all at once") becomes one alternative per scheme; the API
   accepts any one of them.
4. ``unique_items_on_non_array`` -- ``uniqueItems`` on a schema that is not an
   array is dropped (it means nothing there).
5. ``required_without_property`` -- a ``required`` name that is not among the
   object's ``properties`` is dropped, or no valid object could exist.
6. ``null_in_type_list`` -- an OpenAPI 3.1 type list such as
   ``[string, 'null']`` becomes ``anyOf`` of the type and ``null``, which the
   generator reads as an optional value.
7. ``operation_names`` -- operationIds such as
   ``RcsSendersController_getTestNumberCapabilities_v1`` become clean names
   (``getTestNumberCapabilities``); the version suffix stays only where two
   versions of one operation exist, and a name shared by two controllers in
   one tag gets the controller's own word (``get_instagram``). Tags become
   lower-case words, so ``RCS Senders`` generates ``api/rcs_senders``.

Anything the normaliser cannot read raises :class:`SpecError` naming the JSON
path and the problem.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "SpecError",
    "clean_operation_names",
    "iter_operations",
    "load_spec",
    "normalise",
    "tag_module",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_OPERATION_ID = re.compile(r"^(?P<controller>[A-Za-z0-9]+?)Controller_(?P<method>[A-Za-z0-9]+)_v(?P<version>\d+)$")
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


class SpecError(ValueError):
    """The description cannot be normalised; the message names the JSON path."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def load_spec(path: str | Path) -> dict[str, Any]:
    """Read a YAML or JSON description, failing with :class:`SpecError`."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as handle:
            spec = yaml.load(handle, Loader=loader)  # noqa: S506 - safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"cannot be read as YAML/JSON: {exc}") from exc
    if not isinstance(spec, dict):
        raise SpecError("$", "the document is not a mapping")
    return spec


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        raise SpecError("$.paths", "missing or not a mapping")
    result = []
    for path, item in paths.items():
        if not isinstance(item, dict):
            raise SpecError(f"$.paths[{path!r}]", "path item is not a mapping")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            if not isinstance(operation, dict):
                raise SpecError(f"$.paths[{path!r}].{method}", "operation is not a mapping")
            result.append((path, method, operation))
    return result


def tag_module(tag: str) -> str:
    """``'RCS Senders'`` -> ``'rcs_senders'``: the module the generator writes."""
    words = re.findall(r"[A-Za-z0-9]+", tag)
    if not words:
        raise SpecError("$.tags", f"tag {tag!r} has no letters or digits")
    return "_".join(word.lower() for word in words)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


# --- schema fixes --------------------------------------------------------------------------


def _walk_schemas(node: Any, path: str, visit: Any) -> None:
    """Call ``visit(schema, path)`` on every mapping below ``node`` (post-order)."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            _walk_schemas(value, f"{path}.{key}", visit)
        visit(node, path)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _walk_schemas(value, f"{path}[{index}]", visit)


def _fix_schema(schema: dict[str, Any], path: str, log: list[str]) -> None:
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, value in list(properties.items()):
            if isinstance(value, list):
                if not value or not all(isinstance(item, dict) for item in value):
                    raise SpecError(f"{path}.properties.{name}", "property is a list but not a list of schemas")
                items = value[0] if len(value) == 1 else {"anyOf": value}
                properties[name] = {"type": "array", "items": items}
                log.append(f"list_valued_property: {path}.properties.{name}")
            elif not isinstance(value, dict):
                raise SpecError(f"{path}.properties.{name}", f"property is a {type(value).__name__}, not a schema")
        required = schema.get("required")
        if isinstance(required, list):
            kept = [name for name in required if name in properties]
            if len(kept) != len(required):
                dropped = [name for name in required if name not in properties]
                log.append(f"required_without_property: {path}.required {dropped}")
                schema["required"] = kept
                if not kept:
                    del schema["required"]

    enum = schema.get("enum")
    if isinstance(enum, dict):
        schema["enum"] = list(enum.values())
        log.append(f"mapping_valued_enum: {path}.enum")
    elif enum is not None and not isinstance(enum, list):
        raise SpecError(f"{path}.enum", "enum is neither a list nor a mapping")

    if "uniqueItems" in schema and schema.get("type") != "array" and isinstance(schema["uniqueItems"], bool):
        if "items" not in schema:
            del schema["uniqueItems"]

    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [t for t in kind if t != "null"]
        if not non_null or not all(isinstance(t, str) for t in kind):
            raise SpecError(f"{path}.type", f"unsupported type list {kind!r}")
        if len(non_null) == len(kind):
            if len(kind) == 1:
                schema["type"] = kind[0]
                return
            raise SpecError(f"{path}.type", f"type list without null is not supported: {kind!r}")
        del schema["type"]
        typed = {key: schema.pop(key) for key in list(schema) if key not in _ANNOTATIONS}
        alternatives = [{"type": t, **copy.deepcopy(typed)} for t in non_null]
        schema["anyOf"] = [*alternatives, {"type": "null"}]
        log.append(f"null_in_type_list: {path}.type")


# Keywords that describe the value as a whole and stay beside an ``anyOf``.
_ANNOTATIONS = frozenset({"description", "title", "default", "deprecated", "readOnly", "writeOnly", "nullable"})


def _fix_schemas(spec: dict[str, Any], log: list[str]) -> None:
    def visit(node: dict[str, Any], path: str) -> None:
        if any(key in node for key in ("properties", "enum", "type", "uniqueItems")):
            _fix_schema(node, path, log)

    _walk_schemas(spec.get("components", {}), "$.components", visit)
    _walk_schemas(spec.get("paths", {}), "$.paths", visit)


# --- security -------------------------------------------------------------------------------


def _split_requirements(requirements: Any, path: str, log: list[str]) -> Any:
    if requirements is None:
        return None
    if not isinstance(requirements, list):
        raise SpecError(path, "security is not a list of requirement objects")
    split: list[dict[str, Any]] = []
    for index, requirement in enumerate(requirements):
        if not isinstance(requirement, dict):
            raise SpecError(f"{path}[{index}]", "security requirement is not a mapping")
        if len(requirement) > 1:
            log.append(f"and_combined_security: {path}[{index}] -> {len(requirement)} alternatives")
            split.extend({name: scopes} for name, scopes in requirement.items())
        else:
            split.append(requirement)
    return split


def _fix_security(spec: dict[str, Any], log: list[str]) -> None:
    schemes = spec.get("components", {}).get("securitySchemes", {}) or {}
    if "security" in spec:
        spec["security"] = _split_requirements(spec["security"], "$.security", log)
    for path, method, operation in iter_operations(spec):
        if "security" in operation:
            operation["security"] = _split_requirements(
                operation["security"], f"$.paths[{path!r}].{method}.security", log
            )
    for index, requirement in enumerate(spec.get("security") or []):
        for name in requirement:
            if name not in schemes:
                raise SpecError(f"$.security[{index}].{name}", "names no scheme in components.securitySchemes")


# --- operation names ------------------------------------------------------------------------


def clean_operation_names(spec: dict[str, Any]) -> dict[tuple[str, str], tuple[str, str]]:
    """Map (path, method) to (tag module, clean snake_case operation name).

    Raises :class:`SpecError` when two operations of one tag would get the
    same name and nothing in their operationIds tells them apart.
    """
    parsed: dict[tuple[str, str], dict[str, Any]] = {}
    for path, method, operation in iter_operations(spec):
        where = f"$.paths[{path!r}].{method}"
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise SpecError(f"{where}.operationId", "missing operationId")
        tags = operation.get("tags") or ["default"]
        if not isinstance(tags, list) or not isinstance(tags[0], str):
            raise SpecError(f"{where}.tags", "tags is not a list of strings")
        match = _OPERATION_ID.match(operation_id)
        if match:
            controller, name, version = match["controller"], _snake(match["method"]), int(match["version"])
        elif _IDENTIFIER.match(operation_id) or re.match(r"^[A-Za-z][A-Za-z0-9_]*$", operation_id):
            controller, name, version = "", _snake(operation_id), None
        else:
            raise SpecError(f"{where}.operationId", f"cannot derive a Python name from {operation_id!r}")
        parsed[(path, method)] = {
            "tag": tag_module(tags[0]),
            "controller": controller,
            "name": name,
            "version": version,
            "id": operation_id,
        }

    # Version suffix only where two versions of one operation exist.
    versions: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for info in parsed.values():
        if info["version"] is not None:
            versions[(info["tag"], info["controller"], info["name"])].add(info["version"])
    for info in parsed.values():
        if info["version"] is not None and len(versions[(info["tag"], info["controller"], info["name"])]) > 1:
            info["name"] = f"{info['name']}_v{info['version']}"

    # Names shared by different controllers within one tag get the controller's own words.
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for info in parsed.values():
        by_name[(info["tag"], info["name"])].append(info)
    for (tag, name), group in sorted(by_name.items()):
        if len(group) == 1:
            continue
        tag_words = set(tag.split("_"))
        for info in group:
            own = [w for w in _snake(info["controller"]).split("_") if w and w not in tag_words]
            if not own:
                ids = sorted(i["id"] for i in group)
                raise SpecError("$.paths", f"operations {ids} in tag {tag!r} would all be named {name!r}")
            info["name"] = f"{name}_{'_'.join(own)}"

    seen: dict[tuple[str, str], str] = {}
    for info in parsed.values():
        key = (info["tag"], info["name"])
        if key in seen:
            raise SpecError("$.paths", f"operations {seen[key]!r} and {info['id']!r} both map to {info['tag']}.{info['name']}")
        seen[key] = info["id"]
        if info["name"] in _RESERVED:
            raise SpecError("$.paths", f"operation {info['id']!r} maps to the reserved name {info['name']!r}")
    return {key: (info["tag"], info["name"]) for key, info in parsed.items()}


_RESERVED = frozenset({"import", "class", "def", "return", "with", "async", "await", "lambda", "none", "true", "false"})


def _rename_operations(spec: dict[str, Any], log: list[str]) -> None:
    names = clean_operation_names(spec)
    for path, method, operation in iter_operations(spec):
        tag, name = names[(path, method)]
        operation["x-original-operation-id"] = operation["operationId"]
        operation["operationId"] = _camel(name)
        operation["tags"] = [tag]
    spec["tags"] = [{"name": tag} for tag in sorted({tag for tag, _ in names.values()})]


# --- entry points ---------------------------------------------------------------------------


def normalise(spec: dict[str, Any], log: list[str] | None = None) -> dict[str, Any]:
    """Return a fixed deep copy of ``spec``; ``log`` collects one line per fix."""
    if log is None:
        log = []
    if not isinstance(spec, dict):
        raise SpecError("$", "the document is not a mapping")
    version = spec.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError("$.openapi", f"expected an OpenAPI 3.x description, found {version!r}")
    if not isinstance(spec.get("info"), dict):
        raise SpecError("$.info", "missing or not a mapping")
    spec = copy.deepcopy(spec)
    _fix_schemas(spec, log)
    _fix_security(spec, log)
    _rename_operations(spec, log)
    return spec


def dump(spec: dict[str, Any]) -> str:
    """Deterministic JSON text of a description."""
    return json.dumps(spec, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m codegen.normalise SPEC OUTPUT.json", file=sys.stderr)
        return 2
    try:
        result = normalise(load_spec(args[0]))
    except SpecError as exc:
        print(f"normalise: {exc}", file=sys.stderr)
        return 1
    Path(args[1]).write_text(dump(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
