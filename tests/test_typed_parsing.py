"""Type-checked parsing: a JSON value of the wrong type for a declared property names its field path.

Checked for EVERY property of EVERY model the spec defines (read at test time),
and end to end through endpoints, where it becomes a ResponseValidationError.
Unknown enum values and undeclared fields stay lenient (tests/test_forward_compat.py).
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
from contract.cases import contract_spec
from contract.schema_values import SchemaValues
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, FakeAPI
from sinch_provisioning import ProvisioningClient, ResponseValidationError
from sinch_provisioning._checks import FieldMismatch

from bench._payloads import sender_list

MODELS = importlib.import_module("sinch_provisioning.models")
SPEC = contract_spec()
VALUES = SchemaValues(SPEC, response=True)

#: A value of another JSON type, for each declared type.
WRONG: dict[str, list[Any]] = {
    "string": [123, ["a"], {"a": "b"}, True],
    "number": ["1", True, [1]],
    "integer": ["1", True, 1.5],
    "boolean": [1, "true", 0.0],
    "array": ["ALL", {"0": "a"}, 5],
    "object": ["x", ["x"], 1],
}


def _typed_properties() -> list[tuple[str, str, str, bool]]:
    """(model, JSON property, declared JSON type, nullable) for properties of one plain type."""
    found = []
    for name in sorted(SPEC["components"]["schemas"]):
        flat = VALUES.flatten({"$ref": f"#/components/schemas/{name}"})
        if not (flat.get("type") == "object" or "properties" in flat) or not hasattr(MODELS, name):
            continue
        for prop, schema in sorted(flat.get("properties", {}).items()):
            resolved = VALUES.flatten(schema)
            kind = resolved.get("type")
            if isinstance(kind, str) and kind in WRONG and not ({"oneOf", "anyOf"} & resolved.keys()):
                found.append((name, prop, kind, bool(resolved.get("nullable"))))
    return found


PROPERTIES = _typed_properties()


def valid(name: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{name}"}
    try:
        value = VALUES.value(ref, full=True)
    except ValueError:  # a oneOf deep inside whose branches no value tells apart
        value = VALUES.value(ref, full=False)
    assert isinstance(value, dict)
    return value


def test_properties_were_found() -> None:
    assert len(PROPERTIES) > 500
    assert {"string", "number", "boolean", "array", "object"} <= {kind for _, _, kind, _ in PROPERTIES}


@pytest.mark.parametrize(
    ("model", "prop", "kind", "nullable"), PROPERTIES, ids=[f"{m}.{p}" for m, p, *_ in PROPERTIES]
)
def test_a_value_of_another_json_type_names_the_field(
    model: str, prop: str, kind: str, nullable: bool
) -> None:
    cls = getattr(MODELS, model)
    data = valid(model)
    cls.from_dict(data)  # the valid instance parses
    wrong = [*WRONG[kind], *([] if nullable else [None])]
    for value in wrong:
        with pytest.raises(FieldMismatch) as caught:
            cls.from_dict({**data, prop: value})
        assert caught.value.field == prop, (value, str(caught.value))
        assert "got" in caught.value.problem


# --- end to end: ResponseValidationError names the path ------------------------------------------------

WEBHOOK = {"id": "w1", "target": "https://t.example/h", "projectId": PROJECT, "triggers": ["ALL"]}


async def _get_webhook(body: object) -> Any:
    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    fake = FakeAPI(api=api)
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=fake.transport
    ) as client:
        return await client.webhooks.get_webhook(webhook_id="w1")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"triggers": "ALL"}, "triggers: expected array, got string"),
        ({"target": None}, "target: expected string, got null"),
        ({"id": 123}, "id: expected string, got number"),
        ({"id": {"a": 1}}, "id: expected string, got object"),
        ({"triggers": ["ALL", 7]}, "triggers[1]: expected string, got number"),
        ({"triggers": [True]}, "triggers[0]: expected string, got boolean"),
        ({"projectId": None, "id": None}, "id: expected string, got null"),
    ],
)
async def test_a_lying_response_is_a_validation_error_naming_the_field(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(ResponseValidationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        await _get_webhook({**WEBHOOK, **change})


async def test_a_missing_required_field_is_named() -> None:
    body = {k: v for k, v in WEBHOOK.items() if k != "target"}
    with pytest.raises(ResponseValidationError, match="target: required field is missing"):
        await _get_webhook(body)


async def test_a_response_of_the_wrong_type_at_the_top() -> None:
    with pytest.raises(ResponseValidationError, match="expected object, got array"):
        await _get_webhook([WEBHOOK])


async def test_unknown_values_and_fields_stay_lenient() -> None:
    webhook = await _get_webhook({**WEBHOOK, "triggers": ["ALL", "SOMETHING_NEW"], "later": [1]})
    assert [str(t) for t in webhook.triggers] == ["ALL", "SOMETHING_NEW"]
    assert webhook.additional_properties == {"later": [1]}


async def test_the_path_goes_through_lists_of_models() -> None:
    import json

    body = json.loads(sender_list(5))
    body["senders"][3]["state"] = 5

    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    fake = FakeAPI(api=api)
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=fake.transport
    ) as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.rcs_senders.list_senders()
    assert "senders[3].state: expected string, got number" in str(caught.value)


def test_a_nullable_union_reports_the_nested_field() -> None:
    from sinch_provisioning.models import RcsUpdateSenderDetailsBrandInputDto as Brand

    assert Brand.from_dict({"websites": None}).websites is None
    with pytest.raises(FieldMismatch) as caught:
        Brand.from_dict({"websites": [{"label": "a", "url": "https://a"}, {"label": "b", "url": 5}]})
    assert str(caught.value) == "websites[1].url: expected string, got number"
    with pytest.raises(FieldMismatch) as caught:
        Brand.from_dict({"websites": "https://a"})
    assert str(caught.value) == "websites: expected array or null, got string"
