"""``codegen.spec_diff``: bumped descriptions are derived here from the vendored one, and the report
must list exactly the changes made, with the right breaking flags, and nothing else."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from codegen import spec_diff
from codegen.normalise import iter_operations, load_spec
from codegen.spec_diff import Change, diff_specs, render, report

ROOT = Path(__file__).resolve().parent.parent
WEBHOOKS = "/v1/projects/{projectId}/webhooks"
PING = "/v1/projects/{projectId}/webhooks/{webhookId}/ping"
REMOVED = "WhatsappSendersController_getSuggestedUsernames_v1"
ENUM = "WebhookWebhookTriggersEnum"
NEW_TRIGGER = "SPEC_DIFF_TEST_TRIGGER"


@pytest.fixture(scope="module")
def vendored() -> dict[str, Any]:
    return load_spec(ROOT / "openapi" / "provisioning.yaml")


def entries(changes: list[Change]) -> set[tuple[str, str, str, bool]]:
    return {(c.kind, c.subject, c.path, c.breaking) for c in changes}


def operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    return next((p, m, op) for p, m, op in iter_operations(spec) if op["operationId"] == operation_id)


def ping_operation() -> dict[str, Any]:
    return {
        "operationId": "WebhookWebhookController_pingWebhook_v1",
        "tags": ["Webhooks"],
        "parameters": [
            {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "webhookId", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/WebhookWebhookDto"}}
                },
            }
        },
    }


def bump(spec: dict[str, Any]) -> tuple[dict[str, Any], set[tuple[str, str, str, bool]]]:
    """The six changes of the issue, and the entries they must produce."""
    new = copy.deepcopy(spec)
    new["info"]["version"] = "9.9.9"
    expected: set[tuple[str, str, str, bool]] = set()

    new["paths"][PING] = {"post": ping_operation()}
    expected.add(("operation-added", "WebhookWebhookController_pingWebhook_v1", f"paths.{PING}.post", False))

    path, method, _ = operation(new, REMOVED)
    del new["paths"][path][method]
    expected.add(("operation-removed", REMOVED, f"paths.{path}.{method}", True))

    listing = new["paths"][WEBHOOKS]["get"]
    listing["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    expected.add(
        ("parameter-added", listing["operationId"], f"paths.{WEBHOOKS}.get.parameters[query:region]", True)
    )

    schemas = new["components"]["schemas"]
    values = schemas[ENUM]["enum"]
    dropped = values.pop()
    values.append(NEW_TRIGGER)
    where = f"components.schemas.{ENUM}.enum"
    expected.add(("enum-value-removed", ENUM, where, True))
    expected.add(("enum-value-added", ENUM, where, False))
    assert dropped != NEW_TRIGGER

    del schemas["WebhookWebhookListDto"]["properties"]["nextPageToken"]
    expected.add(
        (
            "property-removed",
            "WebhookWebhookListDto",
            "components.schemas.WebhookWebhookListDto.properties.nextPageToken",
            True,
        )
    )

    target = schemas["WebhookWebhookDto"]["properties"]["target"]
    assert target["type"] == "string"
    target["type"] = "integer"
    expected.add(
        ("type-changed", "WebhookWebhookDto", "components.schemas.WebhookWebhookDto.properties.target", True)
    )
    return new, expected


def test_same_description_reports_nothing(vendored: dict[str, Any]) -> None:
    assert diff_specs(vendored, copy.deepcopy(vendored)) == []


def test_bump_lists_exactly_the_changes_made(vendored: dict[str, Any]) -> None:
    new, expected = bump(vendored)
    changes = diff_specs(vendored, new)
    assert entries(changes) == expected
    assert len(changes) == len(expected)


def test_report_names_operations_schemas_and_paths(vendored: dict[str, Any]) -> None:
    new, _ = bump(vendored)
    changes, text = report(vendored, new)
    assert text.startswith(f"## {vendored['info']['version']} → 9.9.9\n")
    breaking, other = text.split("### Breaking\n", 1)[1].split("### Other\n", 1)
    for change in changes:
        line = next(
            line for line in text.splitlines() if f"`{change.path}`" in line and change.detail in line
        )
        assert f"`{change.subject}`" in line
        assert (line in breaking) is change.breaking
        assert (line in other) is not change.breaking
    added = next(c for c in changes if c.kind == "operation-added")
    assert added.sdk_name == "webhooks.ping_webhook"
    assert f'enum value "{NEW_TRIGGER}" added' in other


def test_report_is_byte_identical_for_the_same_inputs(vendored: dict[str, Any]) -> None:
    new, _ = bump(vendored)
    first = report(vendored, new)[1]
    again = report(reordered(copy.deepcopy(vendored)), reordered(copy.deepcopy(new)))[1]
    assert first.encode() == again.encode()


def reordered(node: Any) -> Any:
    """Every mapping's keys reversed, and the lists whose order means nothing (enum, required)."""
    if isinstance(node, dict):
        result = {key: reordered(node[key]) for key in reversed(list(node))}
        for key in ("enum", "required"):
            if isinstance(result.get(key), list):
                result[key] = list(reversed(result[key]))
        return result
    if isinstance(node, list):
        return [reordered(item) for item in node]
    return node


def redescribed(node: Any, names: bool = False) -> Any:
    """Every description, summary and example changed (``names``: the keys are property names)."""
    if isinstance(node, dict):
        result = {key: redescribed(value, key == "properties" and not names) for key, value in node.items()}
        if not names:
            for key in ("description", "summary"):
                if isinstance(result.get(key), str):
                    result[key] += " (revised)"
            if "example" in result:
                result["example"] = "revised"
        return result
    if isinstance(node, list):
        return [redescribed(item) for item in node]
    return node


def test_reordering_and_descriptions_report_no_change(vendored: dict[str, Any]) -> None:
    new = redescribed(reordered(copy.deepcopy(vendored)))
    assert new != vendored
    assert list(new["paths"]) != list(vendored["paths"])
    changes, text = report(vendored, new)
    assert changes == []
    assert "No changes" in text


@pytest.mark.parametrize(
    ("schema", "edit", "kind", "breaking"),
    [
        # request-only schemas: a newly required field breaks callers; a dropped field does not
        ("WebhookUpdateWebhookInputDto", "require", "property-required", True),
        ("WebhookWebhookInputDto", "remove", "property-removed", False),
        ("WebhookWebhookInputDto", "unrequire", "property-optional", False),
        # response-only schemas: the other way round
        ("WebhookWebhookListDto", "require", "property-required", False),
        ("WebhookWebhookDto", "remove", "property-removed", True),
        ("WebhookWebhookDto", "unrequire", "property-optional", True),
    ],
)
def test_direction_decides_breaking(
    vendored: dict[str, Any], schema: str, edit: str, kind: str, breaking: bool
) -> None:
    new = copy.deepcopy(vendored)
    node = new["components"]["schemas"][schema]
    required = node.setdefault("required", [])
    name = next(n for n in sorted(node["properties"]) if (n in required) is (edit != "require"))
    if edit == "require":
        required.append(name)
    elif edit == "unrequire":
        required.remove(name)
    else:
        del node["properties"][name]
        if name in required:
            required.remove(name)
    assert entries(diff_specs(vendored, new)) == {
        (kind, schema, f"components.schemas.{schema}.properties.{name}", breaking)
    }


def test_servers_and_security(vendored: dict[str, Any]) -> None:
    new = copy.deepcopy(vendored)
    new["servers"] = [{"url": "https://eu.provisioning.api.sinch.com"}]
    del new["components"]["securitySchemes"]["BasicAuth"]
    new["security"] = [{"BearerAuth": [], "OAuth2Production": []}]
    assert entries(diff_specs(vendored, new)) == {
        ("server-removed", "servers", "servers", True),
        ("server-added", "servers", "servers", False),
        ("security-scheme-removed", "security", "components.securitySchemes.BasicAuth", True),
        ("security-removed", "security", "security", True),
    }


def write(path: Path, spec: dict[str, Any]) -> Path:
    import yaml

    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_cli_fails_on_breaking_only_when_asked(
    vendored: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("FAIL_ON_BREAKING", raising=False)
    old = write(tmp_path / "old.yaml", vendored)
    new = write(tmp_path / "new.yaml", bump(vendored)[0])
    assert spec_diff.main([str(old), str(new)]) == 0
    assert "### Breaking" in capsys.readouterr().out
    assert spec_diff.main([str(old), str(new), "--fail-on-breaking"]) == 3
    monkeypatch.setenv("FAIL_ON_BREAKING", "1")
    assert spec_diff.main([str(old), str(new)]) == 3

    harmless = copy.deepcopy(vendored)
    harmless["paths"][PING] = {"post": ping_operation()}
    assert spec_diff.main([str(old), str(write(tmp_path / "harmless.yaml", harmless))]) == 0


def test_render_without_changes() -> None:
    assert render([], "1", "2") == "## 1 → 2\n\nNo changes to operations, schemas, servers or security.\n"
