"""Turn the vendored OpenAPI description into the generator's input.

The published description has defects that stop openapi-python-client and
Prism. Every fix below recognises a *shape* (never a schema or operation
name), so the next spec version goes through the same way. Fixes 1-6 apply to
every schema in a schema position (components, parameters, bodies, responses,
headers, callbacks, webhooks), never to example values or property maps:

1. ``list_valued_property`` -- a property written as a YAML list of schemas
   instead of one schema becomes an array of those schemas.
2. ``mapping_valued_enum`` -- an ``enum`` written as a mapping (a TypeScript
   enum object) becomes the list of its values.
3. ``and_combined_security`` -- one security requirement naming several
   schemes ("all at once") becomes one alternative per scheme; the API
   accepts any one of them.
4. ``unique_items_without_items`` -- ``uniqueItems`` on a schema that has no
   ``items`` (a string, a ``$ref``...) is dropped: it means nothing there.
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

import builtins
import copy
import json
import keyword
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "SpecError",
    "clean_operation_names",
    "dump",
    "iter_operations",
    "load_spec",
    "module_name",
    "normalise",
    "tag_module",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_OPERATION_ID = re.compile(
    r"^(?P<controller>[A-Za-z0-9]+?)Controller_(?P<method>[A-Za-z0-9]+)_v(?P<version>\d+)$"
)
_PLAIN_OPERATION_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Names openapi-python-client suffixes with "_" (it shadows builtins and keywords).
_GENERATOR_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


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


def _at(path: str, key: str | int) -> str:
    """JSON path of ``key`` below ``path``: ``$.a.b``, ``$.paths['/x/{id}']``, ``$.a[0]``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if _PLAIN_KEY.match(key) else f"{path}[{key!r}]"


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        raise SpecError("$.paths", "missing or not a mapping")
    return [
        (path, method, operation) for path, method, operation, _ in _path_item_operations(paths, "$.paths")
    ]


def _path_item_operations(
    paths: dict[str, Any], where: str
) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    for path, item in paths.items():
        item_where = _at(where, path)
        if not isinstance(item, dict):
            raise SpecError(item_where, "path item is not a mapping")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            if not isinstance(operation, dict):
                raise SpecError(_at(item_where, method), "operation is not a mapping")
            yield path, method, operation, _at(item_where, method)


def tag_module(tag: str, where: str = "$.tags") -> str:
    """``'RCS Senders'`` -> ``'rcs_senders'``: the module the generator writes."""
    words = re.findall(r"[A-Za-z0-9]+", tag)
    if not words:
        raise SpecError(where, f"tag {tag!r} has no letters or digits")
    return "_".join(word.lower() for word in words)


def module_name(operation_id: str) -> str:
    """Module (and function prefix) the generator writes for a *normalised* operationId."""
    name = _snake(operation_id)
    return f"{name}_" if name in _GENERATOR_RESERVED or keyword.iskeyword(name) else name


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


# --- schema fixes --------------------------------------------------------------------------

Visit = Callable[[dict[str, Any], str], None]

# Keywords whose value is one schema, a list of schemas, or a mapping of name -> schema.
_ONE_SCHEMA = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
               "unevaluatedItems", "unevaluatedProperties")  # fmt: skip
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("patternProperties", "dependentSchemas", "$defs", "definitions")


def _walk_schema(schema: Any, path: str, visit: Visit) -> None:
    """Call ``visit(schema, path)`` on ``schema`` and every subschema, children first."""
    if not isinstance(schema, dict):
        return
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, value in properties.items():
            if isinstance(value, list):  # fix 1 turns this into an array of these schemas
                for index, item in enumerate(value):
                    _walk_schema(item, _at(_at(_at(path, "properties"), name), index), visit)
            else:
                _walk_schema(value, _at(_at(path, "properties"), name), visit)
    for key in _ONE_SCHEMA:
        value = schema.get(key)
        if isinstance(value, list):  # ``items`` as a list (draft 4 tuples)
            for index, item in enumerate(value):
                _walk_schema(item, _at(_at(path, key), index), visit)
        else:
            _walk_schema(value, _at(path, key), visit)
    for key in _SCHEMA_LISTS:
        value = schema.get(key)
        if isinstance(value, list):
            for index, item in enumerate(value):
                _walk_schema(item, _at(_at(path, key), index), visit)
    for key in _SCHEMA_MAPS:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, item in value.items():
                _walk_schema(item, _at(_at(path, key), name), visit)
    visit(schema, path)


def _walk_media(content: Any, path: str, visit: Visit) -> None:
    if isinstance(content, dict):
        for media_type, media in content.items():
            if isinstance(media, dict):
                _walk_schema(media.get("schema"), _at(_at(path, media_type), "schema"), visit)


def _walk_parameter_like(node: Any, path: str, visit: Visit) -> None:
    """A parameter or header: a ``schema`` or a ``content`` map."""
    if isinstance(node, dict):
        _walk_schema(node.get("schema"), _at(path, "schema"), visit)
        _walk_media(node.get("content"), _at(path, "content"), visit)


def _walk_response(response: Any, path: str, visit: Visit) -> None:
    if isinstance(response, dict):
        _walk_media(response.get("content"), _at(path, "content"), visit)
        for name, header in (response.get("headers") or {}).items():
            _walk_parameter_like(header, _at(_at(path, "headers"), name), visit)


def _walk_callbacks(callbacks: Any, path: str, visit: Visit) -> None:
    if isinstance(callbacks, dict):
        for name, callback in callbacks.items():
            if isinstance(callback, dict):
                _walk_path_items(callback, _at(path, name), visit)


def _walk_path_items(items: dict[str, Any], path: str, visit: Visit) -> None:
    for key, item in items.items():
        if not isinstance(item, dict):
            continue
        where = _at(path, key)
        for index, parameter in enumerate(item.get("parameters") or []):
            _walk_parameter_like(parameter, _at(_at(where, "parameters"), index), visit)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            at = _at(where, method)
            for index, parameter in enumerate(operation.get("parameters") or []):
                _walk_parameter_like(parameter, _at(_at(at, "parameters"), index), visit)
            body = operation.get("requestBody")
            if isinstance(body, dict):
                _walk_media(body.get("content"), _at(_at(at, "requestBody"), "content"), visit)
            for status, response in (operation.get("responses") or {}).items():
                _walk_response(response, _at(_at(at, "responses"), str(status)), visit)
            _walk_callbacks(operation.get("callbacks"), _at(at, "callbacks"), visit)


def _walk_document(spec: dict[str, Any], visit: Visit) -> None:
    """Visit every schema of the document (in schema positions only)."""
    components = spec.get("components") or {}
    at = "$.components"
    for name, schema in (components.get("schemas") or {}).items():
        _walk_schema(schema, _at(_at(at, "schemas"), name), visit)
    for kind in ("parameters", "headers"):
        for name, node in (components.get(kind) or {}).items():
            _walk_parameter_like(node, _at(_at(at, kind), name), visit)
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            _walk_media(body.get("content"), _at(_at(_at(at, "requestBodies"), name), "content"), visit)
    for name, response in (components.get("responses") or {}).items():
        _walk_response(response, _at(_at(at, "responses"), name), visit)
    _walk_callbacks(components.get("callbacks"), _at(at, "callbacks"), visit)
    _walk_path_items(components.get("pathItems") or {}, _at(at, "pathItems"), visit)
    _walk_path_items(spec.get("paths") or {}, "$.paths", visit)
    _walk_path_items(spec.get("webhooks") or {}, "$.webhooks", visit)


# Keywords that describe the value as a whole and stay beside an ``anyOf``.
_ANNOTATIONS = frozenset(
    {"description", "title", "default", "deprecated", "readOnly", "writeOnly", "nullable"}
)


def _fix_schema(schema: dict[str, Any], path: str, log: list[str]) -> None:
    properties = schema.get("properties")
    if properties is not None and not isinstance(properties, dict):
        raise SpecError(_at(path, "properties"), "properties is not a mapping")
    if isinstance(properties, dict):
        for name, value in list(properties.items()):
            where = _at(_at(path, "properties"), name)
            if isinstance(value, list):
                if not value or not all(isinstance(item, dict) for item in value):
                    raise SpecError(where, "property is a list but not a list of schemas")
                items = value[0] if len(value) == 1 else {"anyOf": value}
                properties[name] = {"type": "array", "items": items}
                log.append(f"list_valued_property: {where}")
            elif not isinstance(value, dict):
                raise SpecError(where, f"property is a {type(value).__name__}, not a schema")
        required = schema.get("required")
        if isinstance(required, list):
            dropped = [name for name in required if name not in properties]
            if dropped:
                log.append(f"required_without_property: {_at(path, 'required')} {dropped}")
                kept = [name for name in required if name in properties]
                if kept:
                    schema["required"] = kept
                else:
                    del schema["required"]

    enum = schema.get("enum")
    if isinstance(enum, dict):
        schema["enum"] = list(enum.values())
        log.append(f"mapping_valued_enum: {_at(path, 'enum')}")
    elif enum is not None and not isinstance(enum, list):
        raise SpecError(_at(path, "enum"), "enum is neither a list nor a mapping")

    if "uniqueItems" in schema and "items" not in schema and "prefixItems" not in schema:
        del schema["uniqueItems"]
        log.append(f"unique_items_without_items: {_at(path, 'uniqueItems')}")

    kind = schema.get("type")
    if isinstance(kind, list):
        where = _at(path, "type")
        non_null = [t for t in kind if t != "null"]
        if not non_null or not all(isinstance(t, str) for t in kind):
            raise SpecError(where, f"unsupported type list {kind!r}")
        if len(non_null) == len(kind):
            if len(kind) == 1:
                schema["type"] = kind[0]
                return
            raise SpecError(where, f"type list without null is not supported: {kind!r}")
        del schema["type"]
        typed = {key: schema.pop(key) for key in list(schema) if key not in _ANNOTATIONS}
        alternatives = [{"type": t, **copy.deepcopy(typed)} for t in non_null]
        schema["anyOf"] = [*alternatives, {"type": "null"}]
        log.append(f"null_in_type_list: {where}")


def _check_components(spec: dict[str, Any]) -> None:
    components = spec.get("components")
    if components is None:
        return
    if not isinstance(components, dict):
        raise SpecError("$.components", "not a mapping")
    for key, value in components.items():
        if not isinstance(value, dict):
            raise SpecError(_at("$.components", key), "not a mapping")
    for name, schema in (components.get("schemas") or {}).items():
        if not isinstance(schema, dict) and not isinstance(schema, bool):
            raise SpecError(_at("$.components.schemas", name), f"schema is a {type(schema).__name__}")


# --- security -------------------------------------------------------------------------------


def _split_requirements(requirements: Any, path: str, schemes: dict[str, Any], log: list[str]) -> Any:
    if not isinstance(requirements, list):
        raise SpecError(path, "security is not a list of requirement objects")
    split: list[dict[str, Any]] = []
    for index, requirement in enumerate(requirements):
        where = _at(path, index)
        if not isinstance(requirement, dict):
            raise SpecError(where, "security requirement is not a mapping")
        for name in requirement:
            if name not in schemes:
                raise SpecError(_at(where, name), "names no scheme in components.securitySchemes")
        if len(requirement) > 1:
            log.append(f"and_combined_security: {where} -> {len(requirement)} alternatives")
            split.extend({name: scopes} for name, scopes in requirement.items())
        else:
            split.append(requirement)
    return split


def _fix_security(spec: dict[str, Any], log: list[str]) -> None:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    if "security" in spec:
        spec["security"] = _split_requirements(spec["security"], "$.security", schemes, log)
    for _, _, operation, where in _path_item_operations(spec["paths"], "$.paths"):
        if "security" in operation:
            operation["security"] = _split_requirements(
                operation["security"], _at(where, "security"), schemes, log
            )


# --- operation names ------------------------------------------------------------------------


def clean_operation_names(spec: dict[str, Any]) -> dict[tuple[str, str], tuple[str, str]]:
    """Map (path, method) to (tag module, clean snake_case operation name).

    Raises :class:`SpecError` when two operations of one tag would get the
    same name and nothing in their operationIds tells them apart.
    """
    parsed: dict[tuple[str, str], dict[str, Any]] = {}
    for path, method, operation, where in _path_item_operations(spec.get("paths") or {}, "$.paths"):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise SpecError(_at(where, "operationId"), "missing operationId")
        tags = operation.get("tags") or ["default"]
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise SpecError(_at(where, "tags"), "tags is not a list of strings")
        match = _OPERATION_ID.match(operation_id)
        if match:
            controller, name, version = match["controller"], _snake(match["method"]), int(match["version"])
        elif _PLAIN_OPERATION_ID.match(operation_id):
            controller, name, version = "", _snake(operation_id), None
        else:
            raise SpecError(_at(where, "operationId"), f"cannot derive a Python name from {operation_id!r}")
        parsed[(path, method)] = {
            "tag": tag_module(tags[0], _at(_at(where, "tags"), 0)),
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
        key = (info["tag"], module_name(info["name"]))
        if key in seen:
            raise SpecError(
                "$.paths",
                f"operations {seen[key]!r} and {info['id']!r} both map to {info['tag']}.{info['name']}",
            )
        seen[key] = info["id"]
    return {key: (info["tag"], info["name"]) for key, info in parsed.items()}


def _rename_operations(spec: dict[str, Any], log: list[str]) -> None:
    names = clean_operation_names(spec)
    for path, method, operation in iter_operations(spec):
        tag, name = names[(path, method)]
        original = operation["operationId"]
        operation["x-original-operation-id"] = original
        operation["operationId"] = _camel(name)
        operation["tags"] = [tag]
        if _camel(name) != original:
            log.append(f"operation_names: {original} -> {tag}.{name}")
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
    _check_components(spec)
    iter_operations(spec)  # fails early on a broken paths section
    spec = copy.deepcopy(spec)
    _walk_document(spec, lambda schema, path: _fix_schema(schema, path, log))
    _fix_security(spec, log)
    _rename_operations(spec, log)
    return spec


def dump(spec: dict[str, Any]) -> str:
    """Deterministic JSON text of a description."""
    return json.dumps(spec, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m codegen.normalise SPEC OUTPUT.json``: write the generator input, log fixes to stderr."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m codegen.normalise SPEC OUTPUT.json", file=sys.stderr)
        return 2
    log: list[str] = []
    try:
        result = normalise(load_spec(args[0]), log)
    except SpecError as exc:
        print(f"normalise: {exc}", file=sys.stderr)
        return 1
    print("\n".join(log), file=sys.stderr)
    Path(args[1]).write_text(dump(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
