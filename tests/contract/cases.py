"""One contract case per (operation, request variant), read from the description at test time.

A spec bump that adds an operation adds its cases by itself. Variants:
``required-only`` (path parameters, required query parameters, a body with only
its required fields) and ``all-fields`` (every query parameter and every
writable body field). A body that is a ``oneOf``/``anyOf`` of models gets both
variants for each model, e.g. ``[all-fields:SomeInputDto]``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.normalise import iter_operations, load_spec, module_name, normalise

from .schema_values import PHONE, SchemaValues

__all__ = [
    "SPEC_PATH",
    "Case",
    "build_cases",
    "contract_cases",
    "contract_spec",
    "load_normalised",
    "mock_examples",
    "prism_blind_spots",
]

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "provisioning.yaml"

# Path parameters whose schema is a bare string but the API needs a specific shape
# (README of the description: test numbers are E.164).
PATH_PARAMETER_VALUES = {"testNumber": PHONE}

# Formats Prism validates but its static generator does not produce (it answers "string").
PRISM_UNGENERATED_FORMATS = frozenset({"url"})


@dataclass(frozen=True)
class Case:
    tag: str
    module: str
    variant: str
    method: str
    path: str
    # JSON name -> (schema, JSON value)
    parameters: dict[str, tuple[dict[str, Any], Any]]
    body_model: str | None
    body: Any
    status: int
    # Component names of the documented 2xx body; empty for a response without a body.
    response_models: tuple[str, ...]
    response_schema: dict[str, Any] | None = field(default=None, compare=False)
    # Why Prism's own 2xx body would break the schema; non-empty means the mock answers an example.
    mock_reasons: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.tag}.{self.module}[{self.variant}]"


def load_normalised(path: Path = SPEC_PATH) -> dict[str, Any]:
    return normalise(load_spec(path))


@functools.cache
def contract_spec() -> dict[str, Any]:
    """The normalised vendored description (read once per test session; do not mutate)."""
    return load_normalised()


@functools.cache
def contract_cases() -> tuple[Case, ...]:
    """Every case of the vendored description (built once per test session)."""
    return tuple(build_cases(contract_spec()))


def _parameters(values: SchemaValues, operation: dict[str, Any], full: bool) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for parameter in operation.get("parameters") or []:
        parameter, _ = values.resolve(parameter)
        schema = parameter.get("schema") or {"type": "string"}
        if parameter["in"] == "path":
            value = PATH_PARAMETER_VALUES.get(parameter["name"]) or values.value(schema, full=False)
        elif parameter.get("required") or (full and not parameter.get("deprecated")):
            value = values.value(schema, full=full)
        else:
            continue
        result[parameter["name"]] = (schema, value)
    return result


def _success(
    values: SchemaValues, operation: dict[str, Any], where: str
) -> tuple[int, dict[str, Any] | None]:
    codes = sorted(code for code in operation["responses"] if str(code).startswith("2"))
    if len(codes) != 1:
        raise AssertionError(f"{where}: expected one documented 2xx response, found {codes}")
    response, _ = values.resolve(operation["responses"][codes[0]])
    content = response.get("content") or {}
    schema = (content.get("application/json") or {}).get("schema")
    return int(codes[0]), schema


def _model_names(values: SchemaValues, schema: dict[str, Any] | None) -> tuple[str, ...]:
    if schema is None:
        return ()
    _, name = values.resolve(schema) if "$ref" in schema else (schema, None)
    if name is not None:
        return (name,)
    names = tuple(values.resolve(option)[1] for option in values.alternatives(schema))
    if not names or None in names:
        raise AssertionError(f"response schema is not a model or a union of models: {schema}")
    return names  # type: ignore[return-value]


def prism_blind_spots(values: SchemaValues, schema: dict[str, Any] | None) -> tuple[str, ...]:
    """The shapes below ``schema`` that Prism's static response generator gets wrong.

    Like Prism, this follows every property and the *first* branch of each
    ``oneOf``/``anyOf``. Flagged: recursive models (Prism stops with ``{}``,
    missing required fields), a ``oneOf`` whose first branch's data also fits
    another branch, and string formats Prism validates but does not generate.
    """
    found: set[str] = set()
    sample = SchemaValues(values.spec, response=True)

    def walk(node: Any, stack: tuple[str, ...]) -> None:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            node, name = values.resolve(node)
            if name in stack:
                found.add(f"recursive {name}")
                return
            if name is not None:
                stack = (*stack, name)
        options = values.alternatives(node)
        if options and "oneOf" in node:
            first = sample.value(options[0], full=True)
            if any(sample.matches(first, other) for other in options[1:]):
                found.add("oneOf")
        if node.get("type") == "string" and node.get("format") in PRISM_UNGENERATED_FORMATS:
            found.add(f"format {node['format']}")
        for child in (node.get("properties") or {}).values():
            walk(child, stack)
        for key in ("items", "additionalProperties"):
            walk(node.get(key), stack)
        for child in [*node.get("allOf", []), *options[:1]]:
            walk(child, stack)

    walk(schema, ())
    return tuple(sorted(found))


def mock_examples(cases: Iterable[Case], spec: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """A valid 2xx example for every operation whose Prism-generated response would be invalid."""
    values = SchemaValues(spec, response=True)
    return {
        (case.path, case.method): values.value(case.response_schema, full=True)
        for case in cases
        if case.mock_reasons and case.response_schema is not None
    }


def build_cases(spec: dict[str, Any]) -> list[Case]:
    values = SchemaValues(spec)
    cases: list[Case] = []
    for path, method, operation in iter_operations(spec):
        where = f"{method.upper()} {path}"
        tag, module = operation["tags"][0], module_name(operation["operationId"])
        status, response_schema = _success(values, operation, where)
        common = {
            "tag": tag,
            "module": module,
            "method": method,
            "path": path,
            "status": status,
            "response_models": _model_names(values, response_schema),
            "response_schema": response_schema,
            "mock_reasons": prism_blind_spots(values, response_schema),
        }
        body_schema = None
        request_body = operation.get("requestBody")
        if request_body:
            request_body, _ = values.resolve(request_body)
            body_schema = request_body["content"]["application/json"]["schema"]
        if body_schema is None:
            bodies: list[tuple[str, str | None, dict[str, Any] | None]] = [("", None, None)]
        elif "$ref" in body_schema:
            bodies = [("", values.resolve(body_schema)[1], body_schema)]
        else:
            options = values.alternatives(body_schema)
            bodies = [
                (values.resolve(option)[1] or "", values.resolve(option)[1], option) for option in options
            ]
            if len(bodies) == 1:
                bodies = [("", *bodies[0][1:])]
        for suffix, model, schema in bodies:
            for variant, full in (("required-only", False), ("all-fields", True)):
                cases.append(
                    Case(
                        variant=f"{variant}:{suffix}" if suffix else variant,
                        parameters=_parameters(values, operation, full),
                        body_model=model,
                        body=None if schema is None else values.value(schema, full=full),
                        **common,
                    )
                )
    return cases
