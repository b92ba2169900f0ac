"""A webhook receiver on Starlette (FastAPI apps mount it the same way): verify, parse, handle.

::

    pip install starlette uvicorn
    SINCH_WEBHOOK_SECRET='the secret given when registering the webhook' \\
        uvicorn examples.starlette_webhook_receiver:app --host 127.0.0.1 --port 8000

The signature covers the exact bytes received, so the handler reads the raw
body (never ``await request.json()`` first). Answers: 204 for an accepted event
(unknown triggers too, so the API does not retry them), 401 for a bad or stale
signature, 400 for a body that is not the trigger's JSON, 413 over 1 MiB.
In FastAPI, declare the same function as a route taking ``request: Request``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable

from sinch_provisioning.webhooks import (
    AnyWebhookEvent,
    InvalidWebhookSignatureError,
    UnknownWebhookEvent,
    WebhookPayloadError,
    WhatsappSenderActiveEvent,
    WhatsappTemplateStatusUpdatedEvent,
    parse_webhook_event,
    verify_webhook_signature,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

__all__ = ["MAX_BODY", "create_app", "describe"]  # and `app`, built on first access

MAX_BODY = 1 << 20
Handler = Callable[[AnyWebhookEvent], Awaitable[None]]
logger = logging.getLogger("starlette_webhook_receiver")


def describe(event: AnyWebhookEvent) -> str:
    """One line per event; ``match`` narrows ``payload`` to the trigger's model for type checkers."""
    match event:
        case WhatsappSenderActiveEvent(payload=sender):
            return f"WhatsApp sender {sender.id} is active"
        case WhatsappTemplateStatusUpdatedEvent(payload=template):
            return f"WhatsApp template {template.name} changed state: {event.fields.get('newState')}"
        case UnknownWebhookEvent():
            return f"{event.trigger} (not typed by this SDK)"
        case _:
            return f"{event.trigger}: {type(event.payload).__name__}"


async def log_event(event: AnyWebhookEvent) -> None:
    logger.info("webhook %s", describe(event))


class _TooLarge(Exception):
    pass


async def _raw_body(request: Request) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(
    secret: str | bytes, *, handle: Handler = log_event, clock: Callable[[], float] = time.time
) -> Starlette:
    """A Starlette app serving ``POST /webhooks``; ``clock`` gives Unix seconds (tests fix it)."""

    async def receive_webhook(request: Request) -> Response:
        try:
            body = await _raw_body(request)
        except _TooLarge:
            return PlainTextResponse("body too large", status_code=413)
        try:
            # headers.raw keeps every (name, value) pair, so a repeated signature header is seen.
            verify_webhook_signature(secret, request.headers.raw, body, now=clock())
        except InvalidWebhookSignatureError as exc:
            logger.warning("rejected a webhook: %s", exc.reason)
            return PlainTextResponse("invalid signature", status_code=401)
        try:
            event = parse_webhook_event(body)
        except WebhookPayloadError as exc:
            logger.warning("rejected a signed webhook: %s", exc)
            return PlainTextResponse("invalid body", status_code=400)
        await handle(event)
        return Response(status_code=204)

    return Starlette(routes=[Route("/webhooks", receive_webhook, methods=["POST"])])


def _from_environment() -> Starlette:
    secret = os.environ.get("SINCH_WEBHOOK_SECRET", "")
    if not secret:
        raise RuntimeError("set SINCH_WEBHOOK_SECRET to the secret the webhook was registered with")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    return create_app(secret)


def __getattr__(name: str) -> Starlette:
    """``app`` for ASGI servers, built on first access so importing this module needs no secret."""
    if name == "app":
        return _from_environment()
    raise AttributeError(name)
