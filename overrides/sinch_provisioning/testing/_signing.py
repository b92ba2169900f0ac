"""Signed webhook requests for testing a receiver, without re-implementing the HMAC scheme."""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Mapping
from enum import Enum
from typing import Any, Protocol

import httpx

from .._errors import ConfigurationError
from ..webhooks import (
    ALGORITHM,
    ALGORITHM_HEADER,
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    _as_bytes,
    _signature,
)

__all__ = ["DEFAULT_WEBHOOK_URL", "sign_webhook", "signed_webhook_request", "webhook_body"]

DEFAULT_WEBHOOK_URL = "http://127.0.0.1/webhook"
_HEADER_BREAKING = re.compile(r"[\r\n\x00]")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def sign_webhook(
    body: bytes | str,
    secret: str | bytes,
    *,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The four ``x-sinch-webhook-signature*`` headers the API sends with ``body``.

    ``timestamp`` (Unix seconds) defaults to now and ``nonce`` to a random one;
    pass them to build a stale or replayed request. What
    :func:`sinch_provisioning.webhooks.verify_webhook_signature` accepts, by construction:
    both use the same signing function.
    """
    key = _as_bytes(secret, "secret")
    if not key:
        raise ConfigurationError("the webhook secret is empty")
    when = int(time.time()) if timestamp is None else timestamp
    if isinstance(when, bool) or not isinstance(when, int) or when < 0:
        raise ValueError("timestamp must be Unix seconds (a non-negative int)")
    chosen = secrets.token_urlsafe(16) if nonce is None else nonce
    if not isinstance(chosen, str) or _HEADER_BREAKING.search(chosen):
        raise ValueError("nonce must be a str without CR, LF or NUL (it travels in a header)")
    signature = _signature(key, _as_bytes(body, "body"), chosen.encode(), str(when).encode())
    return {
        SIGNATURE_HEADER: signature.decode("ascii"),
        NONCE_HEADER: chosen,
        TIMESTAMP_HEADER: str(when),
        ALGORITHM_HEADER: ALGORITHM,
    }


def webhook_body(
    trigger: str | Enum, payload: _Model | Mapping[str, Any] | None = None, **fields: Any
) -> bytes:
    """A webhook body as the API sends it: ``{"type": trigger, "payload": ..., **fields}`` in JSON.

    ``payload`` is a model (serialised with ``to_dict()``), a JSON mapping, or
    None (no ``payload`` key); ``fields`` are the other properties by JSON name
    (``comment="..."``, ``newState="..."``).
    """
    kind = trigger.value if isinstance(trigger, Enum) else trigger
    if not isinstance(kind, str):
        raise TypeError("trigger must be a str or a WebhookWebhookTriggersEnum")
    body: dict[str, Any] = {"type": kind}
    if payload is not None:
        body["payload"] = dict(payload) if isinstance(payload, Mapping) else payload.to_dict()
    body.update(fields)
    return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()


def signed_webhook_request(
    secret: str | bytes,
    trigger: str | Enum,
    payload: _Model | Mapping[str, Any] | None = None,
    *,
    url: str = DEFAULT_WEBHOOK_URL,
    fields: Mapping[str, Any] | None = None,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> httpx.Request:
    """A complete signed ``POST`` of one webhook: send it to the receiver under test.

    ``request.content`` is the body, ``request.headers`` the signature headers
    and ``content-type``; ``await client.send(request)`` delivers it (e.g.
    through ``httpx.ASGITransport(app=your_app)``).
    """
    body = webhook_body(trigger, payload, **(fields or {}))
    headers = sign_webhook(body, secret, timestamp=timestamp, nonce=nonce)
    headers["content-type"] = "application/json"
    return httpx.Request("POST", url, content=body, headers=headers)
