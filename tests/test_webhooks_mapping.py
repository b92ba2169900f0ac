"""``codegen/webhook_events.py``: each spec callback maps to exactly one trigger, derived not listed.

The real description is read here (raw, then normalised) and compared with the
module ``make generate`` shipped; made-up descriptions and edited copies of the
real one show the derivation follows names, never crosses subjects, and reports
(leaving triggers untyped) rather than guesses or stops generation.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sinch_provisioning._webhook_events as shipped

from codegen.normalise import HTTP_METHODS, load_spec, normalise
from codegen.spec_diff import render_webhook_warnings, report
from codegen.webhook_events import Problem, _stems, derive, iter_callbacks, rank, render, trigger_values

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
    ranked = rank(callback, trigger_values(SPEC))
    (best_score, best) = ranked[0]
    assert len(ranked) == 1 or best_score > ranked[1][0]
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


def test_the_shipped_description_has_no_webhook_problems() -> None:
    assert DERIVED.problems == ()


def test_every_mapped_trigger_names_every_subject_word_of_its_tag() -> None:
    for callback in iter_callbacks(SPEC):
        words = set(_stems(shipped.CALLBACK_TRIGGERS[callback.key]))
        missing = set(callback.subject) - words
        # The one variation: the callback's name starts with its own subject (BrandOrderStatusUpdate).
        assert not missing or callback.event[0] in words, (callback.key, missing)


def problems_of(spec: dict[str, Any]) -> dict[str, str]:
    return {problem.subject: problem.kind for problem in derive(spec).problems}


def test_a_callback_no_trigger_names_is_reported_and_left_out() -> None:
    spec = made_up_spec({"Exploded": _callback("Widget"), "Frob": _callback("Widget")}, TRIGGERS)
    derived = derive(spec)
    assert problems_of(spec) == {
        "POST /v1/widgets Exploded": "unmapped-callback",
        "ACME_WIDGET_COMMENT_ADDED": "trigger-without-callback",
    }
    assert "POST /v1/widgets Exploded" not in derived.callback_triggers
    assert derived.callback_triggers["POST /v1/widgets Frob"] == "ACME_WIDGET_FROBBED"


def test_a_trigger_of_another_subject_is_never_chosen_even_with_the_same_payload() -> None:
    # Widgets' Comment callback once would have matched the gadget trigger on "acme" + "comment".
    triggers = ["ALL", "ACME_GADGET_COMMENT_ADDED"]
    spec = made_up_spec({"Comment": _callback("Gadget")}, triggers)
    derived = derive(spec)
    assert derived.callback_triggers == {"POST /v1/gadgets Comment": "ACME_GADGET_COMMENT_ADDED"}
    assert problems_of(spec) == {"POST /v1/widgets Comment": "unmapped-callback"}


def test_two_equally_good_triggers_are_reported_as_ambiguous() -> None:
    spec = made_up_spec({"Frob": _callback("Widget")}, [*TRIGGERS, "ACME_FROBBED_WIDGET"])
    derived = derive(spec)
    assert problems_of(spec)["POST /v1/widgets Frob"] == "ambiguous-callback"
    assert "POST /v1/widgets Frob" not in derived.callback_triggers


def test_one_trigger_with_two_payload_models_is_reported_and_left_untyped() -> None:
    spec = made_up_spec({"Frob": _callback("Widget"), "Frobbed": _callback("Gadget")}, TRIGGERS)
    derived = derive(spec)
    assert problems_of(spec)["ACME_WIDGET_FROBBED"] == "payload-conflict"
    assert "ACME_WIDGET_FROBBED" not in derived.triggers
    assert "ACME_WIDGET_FROBBED" in derived.without_callbacks
    assert "AcmeWidgetFrobbedEvent" not in render(derived)


def test_a_missing_trigger_enum_is_reported_and_everything_untyped() -> None:
    spec = copy.deepcopy(SPEC)
    del spec["components"]["schemas"]["WebhookWebhookTriggersEnum"]
    derived = derive(spec)
    assert derived.triggers == {} and derived.callback_triggers == {}
    kinds = {problem.kind for problem in derived.problems}
    assert kinds == {"invalid-trigger-enum", "unmapped-callback"}
    assert "AnyWebhookEvent = UnknownWebhookEvent" in render(derived)


def test_a_payload_that_is_not_a_component_reference_is_reported() -> None:
    spec = made_up_spec({"Frob": _callback("Widget")}, TRIGGERS)
    body = spec["paths"]["/v1/widgets"]["post"]["callbacks"]["Frob"]
    (item,) = body.values()
    item["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["payload"] = {
        "type": "object"
    }
    assert problems_of(spec)["POST /v1/widgets Frob"] == "invalid-callback"


# --- the three bump scenarios, on edited copies of the real description -------------------------

TEMPLATES = "/v1/projects/{projectId}/whatsapp/templates"
VIBER = "/v1/projects/{projectId}/viber/senders"


def without_template_deleted(raw: dict[str, Any]) -> dict[str, Any]:
    """The held-out bump: the trigger value goes, the templates' ``Deleted`` callbacks stay."""
    new = copy.deepcopy(raw)
    new["components"]["schemas"]["WebhookWebhookTriggersEnum"]["enum"].remove("WHATSAPP_TEMPLATE_DELETED")
    return new


def with_viber(raw: dict[str, Any], *, callbacks: dict[str, str], triggers: list[str]) -> dict[str, Any]:
    """A new channel tag (``Viber Senders``) with one operation declaring ``callbacks`` (name ->
    payload schema), and ``triggers`` added to the enum."""
    new = copy.deepcopy(raw)
    schemas = new["components"]["schemas"]
    schemas["ViberSenderDto"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
        "required": ["id"],
    }
    schemas["WebhookWebhookTriggersEnum"]["enum"] += triggers
    ref = {"$ref": "#/components/schemas/ViberSenderDto"}

    def callback(payload: str) -> dict[str, Any]:
        properties = {
            "type": {"type": "string"},
            "payload": {"allOf": [{"$ref": f"#/components/schemas/{payload}"}]},
        }
        body = {"type": "object", "properties": properties, "required": ["type", "payload"]}
        post = {
            "requestBody": {"content": {"application/json": {"schema": body}}},
            "responses": {"200": {"description": "OK"}},
        }
        return {"{$request.body#webhooks.target}": {"post": post}}

    new["paths"][VIBER] = {
        "post": {
            "operationId": "ViberSendersController_createSender_v1",
            "tags": ["Viber Senders"],
            "parameters": [
                {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": ref}}}},
            "callbacks": {name: callback(payload) for name, payload in callbacks.items()},
        }
    }
    return new


def test_removed_trigger_leaves_the_template_deleted_callbacks_unmapped_not_mistyped() -> None:
    derived = derive(normalise(without_template_deleted(RAW)))
    unmapped = {p.subject for p in derived.problems if p.kind == "unmapped-callback"}
    assert unmapped == {
        f"POST {TEMPLATES} Deleted",
        f"PATCH {TEMPLATES}/{{templateName}}/languages/{{languageCode}} Deleted",
    }
    assert len(derived.problems) == 2
    assert "WHATSAPP_SENDER_DELETED" in derived.triggers  # still typed, still only the senders'
    assert all("/templates" not in key for key in derived.triggers["WHATSAPP_SENDER_DELETED"].callbacks)
    assert set(derived.callback_triggers) == set(DERIVED.callback_triggers) - unmapped


def test_a_new_channel_with_an_unmatched_callback_is_reported() -> None:
    derived = derive(normalise(with_viber(RAW, callbacks={"Exploded": "ViberSenderDto"}, triggers=[])))
    assert [(p.kind, p.subject) for p in derived.problems] == [
        ("unmapped-callback", f"POST {VIBER} Exploded")
    ]
    assert derived.triggers.keys() == DERIVED.triggers.keys()


def test_a_new_matching_trigger_and_callback_is_typed() -> None:
    new = with_viber(RAW, callbacks={"Activated": "ViberSenderDto"}, triggers=["VIBER_SENDER_ACTIVATED"])
    derived = derive(normalise(new))
    assert derived.problems == ()
    assert derived.callback_triggers[f"POST {VIBER} Activated"] == "VIBER_SENDER_ACTIVATED"
    assert derived.triggers["VIBER_SENDER_ACTIVATED"].payload_model == "ViberSenderDto"
    source = render(derived)
    assert 'class ViberSenderActivatedEvent(WebhookEvent["ViberSenderDto"]):' in source
    assert "    ViberSenderActivatedEvent,\n" in source.split("AnyWebhookEvent = Union[", 1)[1]


def test_the_change_report_lists_the_warnings() -> None:
    new = with_viber(without_template_deleted(RAW), callbacks={"Exploded": "ViberSenderDto"}, triggers=[])
    new["info"]["version"] = "9.9.9"
    _, text = report(RAW, new)
    section = text.split("### Webhook typing warnings", 1)[1]
    assert f"`POST {VIBER} Exploded`" in section
    assert f"`POST {TEMPLATES} Deleted`" in section
    assert "UnknownWebhookEvent" in section
    assert "### Webhook typing warnings" not in report(RAW, RAW)[1]
    assert render_webhook_warnings([]) == ""
    assert render_webhook_warnings([Problem("k", "s", "d")]).endswith("- k: `s`: d\n")


def test_a_callback_naming_its_own_subject_may_replace_the_tags_object_word() -> None:
    # Like BrandOrderStatusUpdate on RCS Senders -> RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED.
    triggers = [*TRIGGERS, "ACME_GADGET_FROBBED"]
    derived = derive(made_up_spec({"GadgetFrobbed": _callback("Widget")}, triggers))
    assert derived.callback_triggers["POST /v1/widgets GadgetFrobbed"] == "ACME_GADGET_FROBBED"
    # ... only when the name starts with that noun: a bare event never reaches another subject.
    spec = made_up_spec({"FrobbedGadget": _callback("Widget")}, [*TRIGGERS[:3], "ACME_GADGET_FROBBED"])
    assert problems_of(spec)["POST /v1/widgets FrobbedGadget"] == "unmapped-callback"
