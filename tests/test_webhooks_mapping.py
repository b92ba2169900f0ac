"""``codegen/webhook_events.py``: each spec callback maps to exactly one trigger, derived not listed.

The real description is read here (raw, then normalised) and compared with the
module ``make generate`` shipped; made-up descriptions show the derivation
follows names, and refuses rather than guesses.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sinch_provisioning._webhook_events as shipped

from codegen.normalise import HTTP_METHODS, SpecError, load_spec, normalise
from codegen.webhook_events import derive, iter_callbacks, rank, render, trigger_values

ROOT = Path(__file__).resolve().parent.parent
RAW = load_spec(ROOT / "openapi" / "provisioning.yaml")
SPEC = normalise(RAW)
DERIVED = derive(SPEC)


def raw_callbacks() -> dict[str, dict[str, Any]]:
    """``"METHOD path Name"`` -> body schema, straight from the vendored file."""
    found = {}
    for path, item in RAW["paths"].items():
        for method in HTTP_METHODS:
            for name, callback in (item.get(method) or {}).get("callbacks", {}).items():
                (expression,) = callback.values()
                body = expression["post"]["requestBody"]["content"]["application/json"]["schema"]
                found[f"{method.upper()} {path} {name}"] = body
    return found


RAW_CALLBACKS = raw_callbacks()
RAW_ENUM = RAW["components"]["schemas"]["WebhookWebhookTriggersEnum"]["enum"]


def test_the_spec_declares_callbacks() -> None:
    assert len(RAW_CALLBACKS) >= 50


def test_every_callback_maps_to_exactly_one_trigger_of_the_enum() -> None:
    assert set(shipped.CALLBACK_TRIGGERS) == set(RAW_CALLBACKS)
    assert len(shipped.CALLBACK_TRIGGERS) == len(RAW_CALLBACKS)
    for key, trigger in shipped.CALLBACK_TRIGGERS.items():
        assert isinstance(trigger, str) and trigger in RAW_ENUM, key


@pytest.mark.parametrize("callback", iter_callbacks(SPEC), ids=lambda c: c.key)
def test_the_chosen_trigger_is_strictly_the_best_match(callback: Any) -> None:
    (best_score, best), (second_score, _) = rank(callback, trigger_values(SPEC))[:2]
    assert best_score > second_score
    assert shipped.CALLBACK_TRIGGERS[callback.key] == best
    # The trigger names the operation's product and at least one word of the callback's name.
    product = callback.key.split()[1].split("/")[4]  # /v1/projects/{projectId}/<product>/...
    assert best.lower().startswith(product.rstrip("s")), (product, best)


def test_each_trigger_carries_the_payload_model_its_callbacks_declare() -> None:
    for key, body in RAW_CALLBACKS.items():
        schema = shipped.TRIGGERS[shipped.CALLBACK_TRIGGERS[key]]
        payload = body["properties"].get("payload")
        declared = payload["allOf"][0]["$ref"].rsplit("/", 1)[1] if payload else None
        assert schema.payload_model == declared, key
        required = set(body.get("required", []))
        assert set(schema.required_fields) <= required, key
        assert set(schema.fields) >= set(body["properties"]) - {"type", "payload"}, key


def test_callbacks_of_one_trigger_share_a_name_and_distinct_names_get_distinct_triggers() -> None:
    by_trigger: dict[str, set[tuple[str, str]]] = {}
    for key, trigger in shipped.CALLBACK_TRIGGERS.items():
        _, path, name = key.split()
        product = path.split("/")[4]
        by_trigger.setdefault(trigger, set()).add((product, name))
    for trigger, names in by_trigger.items():
        assert len({name for _, name in names}) == 1, (trigger, names)


def test_triggers_without_a_callback_are_only_the_all_wildcard() -> None:
    assert set(shipped.TRIGGERS) | set(shipped.TRIGGERS_WITHOUT_CALLBACKS) == set(RAW_ENUM)
    assert not set(shipped.TRIGGERS) & set(shipped.TRIGGERS_WITHOUT_CALLBACKS)
    # ALL is a subscription value (every trigger), never the ``type`` of a delivered event.
    assert shipped.TRIGGERS_WITHOUT_CALLBACKS == ("ALL",)


def test_the_shipped_module_is_what_the_generator_writes_now() -> None:
    assert Path(shipped.__file__).read_text(encoding="utf-8") == render(DERIVED)
    assert render(derive(normalise(RAW))) == render(DERIVED)  # deterministic


@pytest.mark.parametrize("config", [["--isolated"], ["--isolated", "--line-length", "110"], []])
def test_ruff_format_leaves_the_generated_module_unchanged(config: list[str], tmp_path: Path) -> None:
    target = tmp_path / "_webhook_events.py"
    target.write_text(render(DERIVED), encoding="utf-8")
    command = [sys.executable, "-m", "ruff", "format", "--check", *config, str(target)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# --- made-up descriptions -------------------------------------------------------------------


def _callback(payload: str | None, **extra: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {"type": {"type": "string"}, **extra}
    if payload is not None:
        properties["payload"] = {"allOf": [{"$ref": f"#/components/schemas/{payload}"}]}
    body = {"type": "object", "properties": properties, "required": ["type", *properties]}
    content = {"application/json": {"schema": body}}
    return {"{$request.body#webhooks.target}": {"post": {"requestBody": {"content": content}}}}


def made_up_spec(callbacks: dict[str, dict[str, Any]], triggers: list[str]) -> dict[str, Any]:
    """Tag ``Acme Widgets`` with its callbacks, tag ``Acme Gadgets`` with a ``Comment`` callback."""
    operation = {
        "operationId": "WidgetsController_create_v1",
        "tags": ["Acme Widgets"],
        "callbacks": callbacks,
    }
    gadgets = {
        "operationId": "GadgetsController_create_v1",
        "tags": ["Acme Gadgets"],
        "callbacks": {"Comment": _callback("Gadget")},
    }
    return normalise(
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/v1/widgets": {"post": operation}, "/v1/gadgets": {"post": gadgets}},
            "components": {
                "schemas": {
                    "Widget": {"type": "object"},
                    "Gadget": {"type": "object"},
                    "WebhookWebhookTriggersEnum": {"type": "string", "enum": triggers},
                }
            },
        }
    )


TRIGGERS = ["ALL", "ACME_GADGET_COMMENT_ADDED", "ACME_WIDGET_COMMENT_ADDED", "ACME_WIDGET_FROBBED"]


def test_made_up_names_are_derived_the_same_way() -> None:
    spec = made_up_spec({"Comment": _callback("Widget"), "Frob": _callback("Widget", note={})}, TRIGGERS)
    derived = derive(spec)
    assert derived.callback_triggers == {
        "POST /v1/widgets Comment": "ACME_WIDGET_COMMENT_ADDED",
        "POST /v1/widgets Frob": "ACME_WIDGET_FROBBED",
        "POST /v1/gadgets Comment": "ACME_GADGET_COMMENT_ADDED",
    }
    assert derived.triggers["ACME_WIDGET_FROBBED"].payload_model == "Widget"
    assert derived.triggers["ACME_WIDGET_FROBBED"].fields == ("note",)
    assert derived.without_callbacks == ("ALL",)


def test_a_callback_no_trigger_names_stops_generation() -> None:
    spec = made_up_spec({"Exploded": _callback("Widget")}, TRIGGERS)
    with pytest.raises(SpecError, match="POST /v1/widgets Exploded"):
        derive(spec)


def test_two_equally_good_triggers_stop_generation() -> None:
    spec = made_up_spec({"Frob": _callback("Widget")}, [*TRIGGERS, "ACME_FROBBED_WIDGET"])
    with pytest.raises(SpecError, match="ambiguous"):
        derive(spec)


def test_one_trigger_with_two_payload_models_stops_generation() -> None:
    spec = made_up_spec({"Frob": _callback("Widget"), "Frobbed": _callback("Gadget")}, TRIGGERS)
    with pytest.raises(SpecError, match="ACME_WIDGET_FROBBED"):
        derive(spec)


def test_a_missing_trigger_enum_stops_generation() -> None:
    spec = copy.deepcopy(SPEC)
    del spec["components"]["schemas"]["WebhookWebhookTriggersEnum"]
    with pytest.raises(SpecError, match="WebhookWebhookTriggersEnum"):
        derive(spec)


def test_a_payload_that_is_not_a_component_reference_stops_generation() -> None:
    spec = made_up_spec({"Frob": _callback("Widget")}, TRIGGERS)
    body = spec["paths"]["/v1/widgets"]["post"]["callbacks"]["Frob"]
    (item,) = body.values()
    item["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["payload"] = {
        "type": "object"
    }
    with pytest.raises(SpecError, match="payload"):
        derive(spec)
