"""Turn a :class:`~.cases.Case` into a call of the generated function, and read Prism's verdict."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import httpx

from .cases import Case, contract_spec
from .schema_values import SchemaValues, snake_key

__all__ = ["call_arguments", "endpoint", "model", "violations"]

_VALUES = SchemaValues(contract_spec())


def endpoint(case: Case) -> Any:
    return importlib.import_module(f"sinch_provisioning.api.{case.tag}.{case.module}")


def model(name: str) -> Any:
    """The generated class of component schema ``name``."""
    return getattr(importlib.import_module("sinch_provisioning.models"), name)


def _python_value(schema: dict[str, Any], value: Any) -> Any:
    """A JSON parameter value as the generated function takes it (enums become enum members)."""
    resolved, name = _VALUES.resolve(schema) if "$ref" in schema else (schema, None)
    if name is not None and "enum" in resolved:
        return model(name)(value)
    if len(resolved.get("allOf", [])) == 1:
        return _python_value(resolved["allOf"][0], value)
    flat = _VALUES.flatten(resolved)
    if flat.get("type") == "array":
        return [_python_value(flat["items"], item) for item in value]
    return value


def call_arguments(case: Case, function: Any) -> dict[str, Any]:
    """Keyword arguments for ``function`` (parameters matched by name, the body as a model)."""
    accepted = {snake_key(name): name for name in inspect.signature(function).parameters}
    kwargs: dict[str, Any] = {}
    for name, (schema, value) in case.parameters.items():
        python_name = accepted.get(snake_key(name))
        assert python_name is not None, f"{function.__module__} has no argument for parameter {name!r}"
        kwargs[python_name] = _python_value(schema, value)
    if case.body_model is not None:
        body = model(case.body_model).from_dict(case.body)
        # The model must carry every field we built, or "all fields" would not reach the wire.
        assert body.to_dict() == case.body, f"{case.body_model} does not round-trip the built body"
        kwargs["body"] = body
    return kwargs


def violations(response: httpx.Response | Any, where: str) -> list[dict[str, Any]]:
    """Prism's ``sl-violations`` entries located in ``where`` (``request`` or ``response``)."""
    header = response.headers.get("sl-violations")
    return [v for v in json.loads(header) if v.get("location", [""])[0] == where] if header else []
