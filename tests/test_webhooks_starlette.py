"""``examples/starlette_webhook_receiver.py`` through ``httpx.ASGITransport``, fed by
``sinch_provisioning.testing.signed_webhook_request`` as a user's own receiver test would be."""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import sinch_provisioning.models as models
from contract.schema_values import SchemaValues
from sinch_provisioning.models import WhatsappSenderDto, WhatsappTemplateDto
from sinch_provisioning.testing import sign_webhook, signed_webhook_request, webhook_body
from sinch_provisioning.webhooks import (
    AnyWebhookEvent,
    UnknownWebhookEvent,
    WhatsappSenderActiveEvent,
    WhatsappTemplateStatusUpdatedEvent,
    parse_webhook_event,
    verify_webhook_signature,
)

from codegen.normalise import load_spec, normalise

ROOT = Path(__file__).resolve().parent.parent
SECRET = "made-up-starlette-secret"
NOW = 1_760_000_000
URL = "http://receiver.test/webhooks"
VALUES = SchemaValues(normalise(load_spec(ROOT / "openapi" / "provisioning.yaml")))


def model(name: str) -> Any:
    """A model instance with every property set, built from the spec's schema."""
    return getattr(models, name).from_dict(VALUES.value({"$ref": f"#/components/schemas/{name}"}, full=True))


def load_example() -> ModuleType:
    path = ROOT / "examples" / "starlette_webhook_receiver.py"
    spec = importlib.util.spec_from_file_location("starlette_webhook_receiver", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


receiver = load_example()
SENDER: WhatsappSenderDto = model("WhatsappSenderDto")
TEMPLATE: WhatsappTemplateDto = model("WhatsappTemplateDto")


def request(trigger: str = "WHATSAPP_SENDER_ACTIVE", payload: Any = SENDER, **kwargs: Any) -> httpx.Request:
    return signed_webhook_request(
        SECRET, trigger, payload, url=URL, timestamp=kwargs.pop("timestamp", NOW), **kwargs
    )


@pytest.fixture
async def client() -> AsyncIterator[tuple[httpx.AsyncClient, list[AnyWebhookEvent]]]:
    seen: list[AnyWebhookEvent] = []

    async def handle(event: AnyWebhookEvent) -> None:
        seen.append(event)

    app = receiver.create_app(SECRET, handle=handle, clock=lambda: NOW)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://receiver.test"
    ) as http:
        yield http, seen


# --- the helper -----------------------------------------------------------------------------


def test_signed_webhook_request_is_a_genuine_delivery() -> None:
    built = signed_webhook_request(SECRET, "WHATSAPP_SENDER_ACTIVE", SENDER, fields={"comment": "ok"})
    assert built.method == "POST" and str(built.url) == "http://127.0.0.1/webhook"
    assert built.headers["content-type"] == "application/json"
    verify_webhook_signature(SECRET, built.headers, built.content)  # default: now, random nonce
    event = parse_webhook_event(built.content)
    assert isinstance(event, WhatsappSenderActiveEvent)
    assert event.payload == SENDER and event.comment == "ok"


def test_webhook_body_accepts_a_model_a_mapping_or_nothing() -> None:
    assert json.loads(webhook_body("X", {"a": 1}, comment="c")) == {
        "type": "X",
        "payload": {"a": 1},
        "comment": "c",
    }
    assert json.loads(webhook_body("X")) == {"type": "X"}
    assert json.loads(webhook_body("X", SENDER))["payload"] == SENDER.to_dict()
    with pytest.raises(ValueError):
        webhook_body("X", {"n": float("nan")})


# --- the receiver ---------------------------------------------------------------------------


async def test_a_typed_event_is_handled_and_answered_204(client: Any) -> None:
    http, seen = client
    response = await http.send(request())
    assert response.status_code == 204
    (event,) = seen
    assert isinstance(event, WhatsappSenderActiveEvent) and event.payload == SENDER
    assert event.trigger == "WHATSAPP_SENDER_ACTIVE"


async def test_an_unknown_trigger_is_acknowledged(client: Any) -> None:
    http, seen = client
    response = await http.send(request("SOMETHING_NEW_UPSTREAM", {"id": "x"}))
    assert response.status_code == 204
    assert isinstance(seen[0], UnknownWebhookEvent) and seen[0].trigger == "SOMETHING_NEW_UPSTREAM"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda r: httpx.Request("POST", URL, content=r.content + b" ", headers=r.headers),
        lambda r: request(timestamp=NOW - 3600),
        lambda r: httpx.Request(
            "POST",
            URL,
            content=r.content,
            headers=[*r.headers.multi_items(), ("x-sinch-webhook-signature-nonce", "again")],
        ),
        lambda r: httpx.Request(
            "POST",
            URL,
            content=r.content,
            headers={k: v for k, v in r.headers.items() if k != "x-sinch-webhook-signature"},
        ),
        lambda r: signed_webhook_request(
            "another-secret", "WHATSAPP_SENDER_ACTIVE", SENDER, url=URL, timestamp=NOW
        ),
    ],
    ids=["body", "stale", "repeated-header", "missing-signature", "wrong-secret"],
)
async def test_a_bad_signature_is_answered_401(client: Any, tamper: Any, caplog: Any) -> None:
    http, seen = client
    with caplog.at_level(logging.WARNING):
        response = await http.send(tamper(request()))
    assert response.status_code == 401 and seen == []
    assert SECRET not in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'{"type": "WHATSAPP_SENDER_ACTIVE", "payload": {"id": NaN}}',
        b'{"type": "WHATSAPP_SENDER_ACTIVE", "payload": []}',
        b"[" * 50_000,
        b'{"type": "\xff"}',
    ],
    ids=["not-json", "nan", "wrong-payload", "deep", "invalid-utf8"],
)
async def test_a_signed_but_bad_body_is_answered_400(client: Any, body: bytes) -> None:
    http, seen = client
    response = await http.post("/webhooks", content=body, headers=sign_webhook(body, SECRET, timestamp=NOW))
    assert response.status_code == 400 and seen == []


async def test_an_oversized_body_is_answered_413_and_other_methods_405(client: Any) -> None:
    http, seen = client
    big = httpx.Request("POST", URL, content=b" " * (receiver.MAX_BODY + 1))
    assert (await http.send(big)).status_code == 413
    assert (await http.get("/webhooks")).status_code == 405
    assert seen == []


def test_describe_narrows_by_trigger() -> None:
    sender = parse_webhook_event(request().content)
    assert receiver.describe(sender) == f"WhatsApp sender {SENDER.id} is active"
    body = request("WHATSAPP_TEMPLATE_STATUS_UPDATED", TEMPLATE, fields={"newState": "APPROVED"}).content
    template = parse_webhook_event(body)
    assert isinstance(template, WhatsappTemplateStatusUpdatedEvent)
    assert receiver.describe(template) == f"WhatsApp template {TEMPLATE.name} changed state: APPROVED"
    assert receiver.describe(parse_webhook_event(b'{"type": "NEW"}')) == "NEW (not typed by this SDK)"


async def test_the_module_level_app_reads_the_secret_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SINCH_WEBHOOK_SECRET", raising=False)
    with pytest.raises(RuntimeError, match="SINCH_WEBHOOK_SECRET"):
        receiver.app  # noqa: B018
    monkeypatch.setenv("SINCH_WEBHOOK_SECRET", SECRET)
    transport = httpx.ASGITransport(app=receiver.app)
    async with httpx.AsyncClient(transport=transport) as http:
        fresh = signed_webhook_request(SECRET, "WHATSAPP_SENDER_ACTIVE", SENDER, url=URL)  # now
        assert (await http.send(fresh)).status_code == 204
