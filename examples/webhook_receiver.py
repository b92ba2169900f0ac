"""A webhook receiver for provisioning events: verify, parse, log.

A plain ASGI application with no framework, so it runs under any ASGI server::

    pip install uvicorn
    SINCH_WEBHOOK_SECRET='the secret given when registering the webhook' \\
        uvicorn examples.webhook_receiver:app --host 127.0.0.1 --port 8000

Answers: 200 for an accepted event (unknown triggers too, so the API does
not retry them), 401 for a bad signature, 400 for a body that is not the
trigger's JSON, 405 for anything but POST, 413 for bodies over 1 MiB.
Embed it elsewhere with ``create_app(secret, handle=your_coroutine)``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sinch_provisioning.webhooks import (
    AnyWebhookEvent,
    InvalidWebhookSignatureError,
    UnknownWebhookEvent,
    WebhookPayloadError,
    parse_webhook_event,
    verify_webhook_signature,
)

__all__ = ["MAX_BODY", "app", "create_app", "log_event"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Handler = Callable[[AnyWebhookEvent], Awaitable[None]]

MAX_BODY = 1 << 20
logger = logging.getLogger("webhook_receiver")


class _BodyTooLarge(Exception):
    pass


async def log_event(event: AnyWebhookEvent) -> None:
    """The default handler: one log line per event, without the payload's contents."""
    if isinstance(event, UnknownWebhookEvent):
        logger.info("webhook %s (not in this SDK's API description)", event.type)
        return
    payload = type(event.payload).__name__ if event.payload is not None else "no payload"
    resource = getattr(event.payload, "id", None) or getattr(event.payload, "name", None)
    logger.info("webhook %s: %s %s", event.type, payload, resource or "")


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise _BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _respond(send: Send, status: int, text: str = "") -> None:
    body = text.encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(
    secret: str | bytes, *, handle: Handler = log_event, clock: Callable[[], float] = time.time
) -> ASGIApp:
    """An ASGI app that passes every genuine event to ``handle``; ``clock`` gives Unix seconds."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _respond(send, 405, "POST only")
            return
        try:
            body = await _read_body(receive)
        except _BodyTooLarge:
            await _respond(send, 413, "body too large")
            return
        try:
            # scope["headers"] is the raw (name, value) list, so a repeated header is seen.
            verify_webhook_signature(secret, scope["headers"], body, now=clock())
        except InvalidWebhookSignatureError as exc:
            logger.warning("rejected a webhook: %s", exc.reason)
            await _respond(send, 401, "invalid signature")
            return
        try:
            event = parse_webhook_event(body)
        except WebhookPayloadError as exc:
            logger.warning("rejected a signed webhook: %s", exc)
            await _respond(send, 400, "invalid body")
            return
        await handle(event)
        await _respond(send, 200)

    return app


class _FromEnvironment:
    """``app`` for ASGI servers: reads SINCH_WEBHOOK_SECRET when the first request arrives."""

    def __init__(self) -> None:
        self._app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._app is None:
            secret = os.environ.get("SINCH_WEBHOOK_SECRET", "")
            if not secret:
                raise RuntimeError("set SINCH_WEBHOOK_SECRET to the secret the webhook was registered with")
            logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
            self._app = create_app(secret)
        await self._app(scope, receive, send)


app = _FromEnvironment()
