"""``examples/webhook_receiver.py`` driven in-process through ``httpx.ASGITransport``."""

from __future__ import annotations

import importlib.util
import json
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from sinch_provisioning.testing import sign_webhook
from sinch_provisioning.webhooks import AnyWebhookEvent, UnknownWebhookEvent, WhatsappTemplateDeletedEvent

ROOT = Path(__file__).resolve().parent.parent
SECRET = "made-up-receiver-secret"
NOW = 1_760_000_000


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "webhook_receiver", ROOT / "examples" / "webhook_receiver.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


receiver = load_example()


def signed(body: bytes, *, nonce: str = "n-1", timestamp: int = NOW) -> dict[str, str]:
    headers = sign_webhook(body, SECRET, timestamp=timestamp, nonce=nonce)
    return {name.title(): value for name, value in headers.items()} | {"Content-Type": "application/json"}


BODY = json.dumps({"type": "WHATSAPP_TEMPLATE_DELETED"}).encode()


@pytest.fixture
async def client() -> AsyncIterator[tuple[httpx.AsyncClient, list[AnyWebhookEvent]]]:
    seen: list[AnyWebhookEvent] = []

    async def handle(event: AnyWebhookEvent) -> None:
        seen.append(event)

    app = receiver.create_app(SECRET, handle=handle, clock=lambda: NOW)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver.test") as http:
        yield http, seen


async def test_a_signed_event_is_accepted_and_handled(client: Any) -> None:
    http, seen = client
    response = await http.post("/", content=BODY, headers=signed(BODY))
    assert response.status_code == 200
    assert [type(e) for e in seen] == [WhatsappTemplateDeletedEvent]
    assert seen[0].type == "WHATSAPP_TEMPLATE_DELETED"


async def test_an_unknown_trigger_is_acknowledged(client: Any) -> None:
    http, seen = client
    body = b'{"type": "BRAND_NEW_TRIGGER", "payload": {}}'
    response = await http.post("/hook", content=body, headers=signed(body))
    assert response.status_code == 200
    assert isinstance(seen[0], UnknownWebhookEvent)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda body, headers: (body + b" ", headers),
        lambda body, headers: (body, headers | {"X-Sinch-Webhook-Signature-Nonce": "n-2"}),
        lambda body, headers: (body, headers | {"X-Sinch-Webhook-Signature-Timestamp": str(NOW + 1)}),
        lambda body, headers: (body, headers | {"X-Sinch-Webhook-Signature-Algorithm": "HmacSHA1"}),
        lambda body, headers: (body, {k: v for k, v in headers.items() if "Signature-Nonce" not in k}),
        lambda body, headers: (body, signed(body, timestamp=NOW - 3600)),
    ],
    ids=["body", "nonce", "timestamp", "algorithm", "missing-header", "stale"],
)
async def test_a_tampered_request_is_refused_with_401(client: Any, tamper: Any, caplog: Any) -> None:
    http, seen = client
    body, headers = tamper(BODY, signed(BODY))
    with caplog.at_level(logging.WARNING, logger="webhook_receiver"):
        response = await http.post("/", content=body, headers=headers)
    assert response.status_code == 401
    assert seen == []
    assert SECRET not in caplog.text


async def test_a_repeated_signature_header_is_refused(client: Any) -> None:
    http, seen = client
    headers = [
        *signed(BODY).items(),
        ("x-sinch-webhook-signature", signed(BODY)["X-Sinch-Webhook-Signature"]),
    ]
    response = await http.post("/", content=BODY, headers=headers)
    assert response.status_code == 401 and seen == []


@pytest.mark.parametrize("body", [b"{not json", b'{"type": "RCS_SENDER_STATUS_UPDATED", "payload": {}}'])
async def test_a_signed_but_malformed_body_is_refused_with_400(client: Any, body: bytes) -> None:
    http, seen = client
    response = await http.post("/", content=body, headers=signed(body))
    assert response.status_code == 400 and seen == []


async def test_only_post_is_served(client: Any) -> None:
    http, _ = client
    assert (await http.get("/")).status_code == 405


async def test_an_oversized_body_is_refused(client: Any) -> None:
    http, seen = client
    body = b" " * (receiver.MAX_BODY + 1)
    response = await http.post("/", content=body, headers=signed(body))
    assert response.status_code == 413 and seen == []


async def test_the_module_level_app_reads_the_secret_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SINCH_WEBHOOK_SECRET", SECRET)
    app = load_example().app
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver.test") as http:
        fresh = signed(BODY, timestamp=int(time.time()))
        assert (await http.post("/", content=BODY, headers=fresh)).status_code == 200
        assert (await http.post("/", content=BODY + b"x", headers=fresh)).status_code == 401
