"""codegen/operations_table.py: the generated table the in-process mock routes, validates and answers by."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from contract.cases import contract_spec

from codegen.normalise import SpecError
from codegen.operations_table import operations, render


def _spec() -> dict[str, Any]:
    return copy.deepcopy(contract_spec())


def test_the_rendered_module_is_the_table() -> None:
    spec = contract_spec()
    namespace: dict[str, Any] = {}
    exec(compile(render(spec), "_operations.py", "exec"), namespace)
    table, schemas = operations(spec)
    assert namespace["OPERATIONS"] == table and namespace["SCHEMAS"] == schemas


def test_an_operation_added_by_a_spec_bump_is_in_the_table() -> None:
    spec = _spec()
    spec["paths"]["/v1/projects/{projectId}/widgets/{widgetId}"] = {
        "post": {
            "operationId": "createWidget",
            "tags": ["webhooks"],
            "parameters": [
                {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "dryRun", "in": "query", "required": True, "schema": {"type": "boolean"}},
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/WebhookWebhookInputDto"}}
                },
            },
            "responses": {
                "201": {
                    "description": "Created",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/WebhookWebhookDto"}}
                    },
                },
                "400": {
                    "description": "Bad",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/WebhookPapiErrorDto"}}
                    },
                },
            },
        }
    }
    table, schemas = operations(spec)
    entry = table["webhooks.create_widget"]
    assert entry == {
        "method": "POST",
        "path": "/v1/projects/{projectId}/widgets/{widgetId}",
        "path_params": ["projectId", "widgetId"],
        "query": [{"name": "dryRun", "required": True, "schema": {"type": "boolean"}}],
        "body": {"$ref": "WebhookWebhookInputDto"},
        "body_models": ["WebhookWebhookInputDto"],
        "body_required": True,
        "status": 201,
        "response": {"$ref": "WebhookWebhookDto"},
        "response_models": ["WebhookWebhookDto"],
        "error_model": "WebhookPapiErrorDto",
        "page": None,
    }
    assert {"WebhookWebhookInputDto", "WebhookWebhookDto", "WebhookWebhookTriggersEnum"} <= set(schemas)


def test_a_list_without_next_page_token_does_not_page() -> None:
    spec = _spec()
    assert operations(spec)[0]["webhooks.list_webhooks"]["page"] == {
        "items": "webhooks",
        "token": "nextPageToken",
        "total": "totalSize",
    }
    del spec["components"]["schemas"]["WebhookWebhookListDto"]["properties"]["nextPageToken"]
    assert operations(spec)[0]["webhooks.list_webhooks"]["page"] is None


def test_a_reference_outside_the_components_fails_with_its_place() -> None:
    spec = _spec()
    spec["components"]["schemas"]["WebhookWebhookDto"]["properties"]["id"] = {"$ref": "other.yaml#/Id"}
    with pytest.raises(SpecError, match=r"WebhookWebhookDto\.id.*unsupported \$ref"):
        operations(spec)


def test_two_2xx_answers_are_refused() -> None:
    spec = _spec()
    responses = spec["paths"]["/v1/projects/{projectId}/webhooks"]["get"]["responses"]
    responses["202"] = responses["200"]
    with pytest.raises(SpecError, match="one documented 2xx"):
        operations(spec)
