"""``parse_webhook_event``: every callback's body, built from its schema, parses into its model.

Bodies come from the callback request-body schemas of the description (via the
contract suite's schema-value builder); the expected model is read from the
callback's ``payload`` reference, not from the generated table.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sinch_provisioning.models as models
from contract.schema_values import SchemaValues
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sinch_provisioning import webhooks
from sinch_provisioning._webhook_events import CALLBACK_TRIGGERS, TRIGGERS
from sinch_provisioning.webhooks import (
    UnknownWebhookEvent,
    WebhookEvent,
    WebhookPayloadError,
    parse_webhook_event,
)

from codegen.normalise import HTTP_METHODS, load_spec, normalise

ROOT = Path(__file__).resolve().parent.parent
SPEC = normalise(load_spec(ROOT / "openapi" / "provisioning.yaml"))
VALUES = SchemaValues(SPEC)


def callbacks() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            for name, callback in (item.get(method) or {}).get("callbacks", {}).items():
                (expression,) = callback.values()
                body = expression["post"]["requestBody"]["content"]["application/json"]["schema"]
                found.append((f"{method.upper()} {path} {name}", body))
    return found


CALLBACKS = callbacks()


def declared_model(body_schema: dict[str, Any]) -> str | None:
    payload = body_schema["properties"].get("payload")
    return payload["allOf"][0]["$ref"].rsplit("/", 1)[1] if payload else None


def example_body(key: str, body_schema: dict[str, Any], *, full: bool) -> dict[str, Any]:
    body = VALUES.value(body_schema, full=full)
    body["type"] = CALLBACK_TRIGGERS[key]
    return body


def encode(body: Any) -> bytes:
    return json.dumps(body).encode()


@pytest.mark.parametrize("full", [False, True], ids=["required-only", "every-property"])
@pytest.mark.parametrize(("key", "body_schema"), CALLBACKS, ids=[key for key, _ in CALLBACKS])
def test_every_callback_body_parses_into_its_declared_model(
    key: str, body_schema: dict[str, Any], full: bool
) -> None:
    body = example_body(key, body_schema, full=full)
    event = parse_webhook_event(encode(body))
    assert isinstance(event, WebhookEvent)
    assert event.type == body["type"] and event.trigger.value == body["type"]
    model = declared_model(body_schema)
    if model is None:
        assert event.payload is None
    else:
        assert type(event.payload) is getattr(models, model)
        # Nothing was lost on the way: every property the example set comes back.
        assert set(event.payload.to_dict()) == set(body["payload"])
        assert not event.payload.additional_properties
    assert dict(event.fields) == {k: v for k, v in body.items() if k not in ("type", "payload")}
    assert dict(event.body) == body


def test_every_trigger_with_a_callback_is_exercised() -> None:
    assert {CALLBACK_TRIGGERS[key] for key, _ in CALLBACKS} == set(TRIGGERS)


def test_the_comment_shortcut() -> None:
    key, schema = next(
        (k, s) for k, s in CALLBACKS if k.endswith(" Comment") and "comment" in s["properties"]
    )
    body = example_body(key, schema, full=True) | {"comment": "please add a logo"}
    event = parse_webhook_event(encode(body))
    assert isinstance(event, WebhookEvent) and event.comment == "please add a logo"


@pytest.mark.parametrize("kind", ["SOMETHING_NEW_UPSTREAM", "ALL", "whatsapp_sender_active", ""])
def test_an_unknown_trigger_gives_the_generic_event(kind: str) -> None:
    body = {"type": kind, "payload": {"id": "x", "nested": [1, {"a": None}]}, "extra": True}
    event = parse_webhook_event(encode(body))
    assert isinstance(event, UnknownWebhookEvent)
    assert event.type == kind
    assert event.payload == body["payload"]
    assert dict(event.body) == body


def test_an_unknown_trigger_without_payload() -> None:
    event = parse_webhook_event(b'{"type": "NEW"}')
    assert isinstance(event, UnknownWebhookEvent) and event.payload is None


def test_events_are_frozen() -> None:
    key, schema = CALLBACKS[0]
    event = parse_webhook_event(encode(example_body(key, schema, full=False)))
    with pytest.raises(AttributeError):
        event.payload = None  # type: ignore[misc]
    with pytest.raises(TypeError):
        event.body["type"] = "x"  # type: ignore[index]


def _first(predicate: Any) -> tuple[str, dict[str, Any]]:
    return next((k, s) for k, s in CALLBACKS if predicate(k, s))


WITH_PAYLOAD = _first(lambda k, s: declared_model(s) is not None)
WITH_REQUIRED_FIELD = _first(lambda k, s: set(TRIGGERS[CALLBACK_TRIGGERS[k]].required_fields) - {"comment"})


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b"not json",
        b"[]",
        b"null",
        b'"WHATSAPP_SENDER_ACTIVE"',
        b"\xff\xfe{\x00",
        b"[" * 100_000,
        b'{"type": 1' + b"1" * 5000 + b"}",
        b'{"payload": {}}',
        b'{"type": null}',
        b'{"type": ["WHATSAPP_SENDER_ACTIVE"]}',
        b'{"type": "NEW", "payload": {"n": NaN}}',
        b'{"type": "NEW", "payload": [Infinity]}',
        b'{"type": "NEW", "payload": -Infinity}',
        b'{"type": "NEW", "payload": 1e400}',
        b'{"type": "NEW", "payload": -1.5e999}',
        b'{"type": "NEW", "payload": {"a": ' * 50_000,
        b'{"type": "NEW", "payload": "\xed\xa0\x80"}',
        b'{"type": "\xc3("}',
    ],
    ids=[
        "empty",
        "truncated",
        "text",
        "array",
        "null",
        "string",
        "invalid-utf8",
        "deep",
        "huge-int",
        "no-type",
        "null-type",
        "list-type",
        "nan",
        "infinity",
        "minus-infinity",
        "huge-float",
        "huge-negative-float",
        "deep-objects",
        "utf8-surrogate",
        "invalid-utf8-in-string",
    ],
)
def test_malformed_bodies_raise_the_typed_error(raw: bytes) -> None:
    with pytest.raises(WebhookPayloadError):
        parse_webhook_event(raw)


@pytest.mark.parametrize("failure", [RecursionError, MemoryError, OverflowError, UnicodeDecodeError])
def test_any_decoding_failure_becomes_the_typed_error(
    monkeypatch: pytest.MonkeyPatch, failure: type[Exception]
) -> None:
    def failing(*args: Any, **kwargs: Any) -> Any:
        if failure is UnicodeDecodeError:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        raise failure

    monkeypatch.setattr(webhooks.json, "loads", failing)
    with pytest.raises(WebhookPayloadError, match=r"not JSON"):
        parse_webhook_event(b'{"type": "NEW"}')


def test_a_deep_body_given_as_str_raises_the_typed_error() -> None:
    with pytest.raises(WebhookPayloadError):
        parse_webhook_event("[" * 100_000)


def test_finite_floats_and_big_ints_within_limits_still_parse() -> None:
    event = parse_webhook_event(b'{"type": "NEW", "payload": [1.5e300, -2.0, 12345678901234567890]}')
    assert isinstance(event, UnknownWebhookEvent)
    assert event.payload == [1.5e300, -2.0, 12345678901234567890]


@pytest.mark.parametrize(
    "change",
    [
        lambda body: body.pop("payload"),
        lambda body: body.update(payload=None),
        lambda body: body.update(payload=[1, 2]),
        lambda body: body.update(payload="text"),
        lambda body: body.update(payload={}),
    ],
    ids=["missing", "null", "list", "string", "empty-object"],
)
def test_a_payload_that_is_not_the_declared_model_raises_the_typed_error(change: Any) -> None:
    key, schema = WITH_PAYLOAD
    body = example_body(key, schema, full=True)
    change(body)
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook_event(encode(body))
    assert caught.value.type == CALLBACK_TRIGGERS[key]


def test_a_missing_required_property_raises_the_typed_error() -> None:
    key, schema = WITH_REQUIRED_FIELD
    body = example_body(key, schema, full=True)
    field = sorted(set(TRIGGERS[CALLBACK_TRIGGERS[key]].required_fields) - {"comment"})[0]
    del body[field]
    with pytest.raises(WebhookPayloadError, match=field):
        parse_webhook_event(encode(body))


def test_a_payload_field_of_the_wrong_json_type_is_named_with_its_path() -> None:
    key, schema = WITH_PAYLOAD
    body = example_body(key, schema, full=True)
    first = next(iter(body["payload"]))
    body["payload"][first] = {"not": ["tok-made-up-3f9a"]}  # an object where the model declares another type
    with pytest.raises(WebhookPayloadError, match=rf"{first}: expected .*, got object") as caught:
        parse_webhook_event(encode(body))
    assert "tok-made-up-3f9a" not in str(caught.value)


def test_payload_errors_do_not_echo_payload_values() -> None:
    key, schema = WITH_PAYLOAD
    body = example_body(key, schema, full=True)
    secretish = "tok-made-up-3f9a"
    first = next(iter(body["payload"]))
    body["payload"][first] = {"not": [secretish]}
    try:
        parse_webhook_event(encode(body))
    except WebhookPayloadError as exc:
        assert secretish not in str(exc) and secretish not in repr(exc)
        assert exc.__cause__ is None


# --- property tests -------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=16,
)
triggers = st.sampled_from(sorted(TRIGGERS)) | st.text(max_size=20)


def _only_typed_errors(raw: bytes) -> None:
    try:
        event = parse_webhook_event(raw)
    except WebhookPayloadError:
        return
    assert isinstance(event, WebhookEvent | UnknownWebhookEvent)


@given(st.binary(max_size=500))
def test_random_bytes_only_raise_the_typed_error(raw: bytes) -> None:
    _only_typed_errors(raw)


@given(
    kind=triggers, payload=json_values, extra=st.dictionaries(st.text(max_size=16), json_values, max_size=4)
)
def test_random_json_bodies_only_raise_the_typed_error(
    kind: str, payload: Any, extra: dict[str, Any]
) -> None:
    _only_typed_errors(encode({**extra, "type": kind, "payload": payload}))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), index=st.integers(min_value=0, max_value=len(CALLBACKS) - 1))
def test_corrupting_one_value_of_a_valid_body_only_raises_the_typed_error(data: Any, index: int) -> None:
    key, schema = CALLBACKS[index]
    body = example_body(key, schema, full=True)
    path = data.draw(st.sampled_from(_paths(body)[1:]))
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()):
        parent[path[-1]] = data.draw(json_values)
    elif isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent.pop(path[-1])
    _only_typed_errors(encode(body))
