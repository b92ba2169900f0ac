"""Receive provisioning webhooks: check the signature, then parse a typed event.

Provisioning is asynchronous: senders, templates, accounts and bundles change
state later and the API reports it by POSTing to the webhook a project
registered. A receiver does two things with each request::

    verify_webhook_signature(secret, request_headers, raw_body)  # InvalidWebhookSignatureError
    event = parse_webhook_event(raw_body)                          # WebhookPayloadError

Signature scheme (as in Sinch's other messaging webhooks):
``x-sinch-webhook-signature`` = Base64(HMAC-SHA256(secret, body + "." + nonce +
"." + timestamp)), with the nonce, the Unix-seconds timestamp and the algorithm
(``HmacSHA256``) in the other ``x-sinch-webhook-signature-*`` headers.

Each trigger has its own event class (``WhatsappSenderActiveEvent`` is a
``WebhookEvent[WhatsappSenderDto]``), and ``parse_webhook_event`` returns their
union ``AnyWebhookEvent`` (with ``UnknownWebhookEvent``), so ``isinstance`` or
``match`` types ``payload``. Classes and payload models come from the callbacks of
the API description, derived at generation time (``codegen/webhook_events.py``
writes ``sinch_provisioning._webhook_events``), so new callbacks arrive with spec
bumps. Tests sign requests with :mod:`sinch_provisioning.testing`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeAlias, cast

from . import _webhook_events, models
from ._checks import FieldMismatch
from ._errors import ConfigurationError, ProvisioningError
from ._public import expose as _expose
from ._webhook_events import *  # noqa: F403  (one event class per trigger, see __all__)
from ._webhook_events import TRIGGERS, AnyWebhookEvent, TriggerSchema
from ._webhook_types import UnknownWebhookEvent, WebhookEvent
from .models.webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum

__all__ = [
    "ALGORITHM",
    "ALGORITHM_HEADER",
    "DEFAULT_TOLERANCE",
    "NONCE_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "AnyWebhookEvent",
    "InvalidWebhookSignatureError",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookHeaders",
    "WebhookPayloadError",
    "parse_webhook_event",
    "verify_webhook_signature",
]
__all__ += _webhook_events.__all__  # the generated event classes: WhatsappSenderActiveEvent, ...

SIGNATURE_HEADER = "x-sinch-webhook-signature"
NONCE_HEADER = "x-sinch-webhook-signature-nonce"
TIMESTAMP_HEADER = "x-sinch-webhook-signature-timestamp"
ALGORITHM_HEADER = "x-sinch-webhook-signature-algorithm"
ALGORITHM = "HmacSHA256"
#: Seconds a signed request stays acceptable (either side of ``now``): replay protection.
DEFAULT_TOLERANCE = 300

_SIGNATURE_HEADERS = (SIGNATURE_HEADER, NONCE_HEADER, TIMESTAMP_HEADER, ALGORITHM_HEADER)
_TIMESTAMP = re.compile(rb"[0-9]{1,15}")

WebhookHeaders: TypeAlias = (
    Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]
)
"""Request headers: a mapping, or (name, value) pairs (str or bytes, e.g. an ASGI
``scope["headers"]``). Pass pairs, or an object with ``multi_items()`` such as
``httpx.Headers``, when a header may be repeated: only then can a duplicate be seen.
"""


class InvalidWebhookSignatureError(ProvisioningError, ValueError):
    """The request is not a genuine, fresh webhook of the API: answer 401, do not process it.

    ``reason`` says which check failed; it never contains the secret or the signature.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"webhook signature rejected: {reason}")
        self.reason = reason


class WebhookPayloadError(ProvisioningError, ValueError):
    """The webhook body is not JSON, or not the body its trigger declares: answer 400."""

    def __init__(self, reason: str, *, type: str | None = None) -> None:
        super().__init__(f"webhook body rejected: {reason}" if type is None else f"{type} webhook: {reason}")
        self.reason = reason
        self.type = type


# --- signature ------------------------------------------------------------------------------


def _as_bytes(value: object, what: str) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")


def _signature_headers(headers: WebhookHeaders) -> dict[str, bytes]:
    """The four signature headers, each present exactly once (names compared case-insensitively)."""
    pairs: Iterable[Any]
    multi_items = getattr(headers, "multi_items", None)
    if callable(multi_items):
        pairs = multi_items()
    elif isinstance(headers, Mapping):
        pairs = headers.items()
    elif isinstance(headers, Iterable) and not isinstance(headers, (str, bytes)):
        pairs = headers
    else:
        raise TypeError("headers must be a mapping or an iterable of (name, value) pairs")
    found: dict[str, list[bytes]] = {name: [] for name in _SIGNATURE_HEADERS}
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError("headers must be a mapping or an iterable of (name, value) pairs")
        name = _as_bytes(pair[0], "a header name").decode("latin-1").strip().lower()
        if name in found:
            found[name].append(_as_bytes(pair[1], "a header value"))
    for name, values in found.items():
        if not values:
            raise InvalidWebhookSignatureError(f"the {name} header is missing")
        if len(values) > 1:
            raise InvalidWebhookSignatureError(f"the {name} header is repeated")
    return {name: values[0] for name, values in found.items()}


def _signature(key: bytes, body: bytes, nonce: bytes, timestamp: bytes) -> bytes:
    """Base64(HMAC-SHA256(key, body.nonce.timestamp)): the one definition, also used by
    ``sinch_provisioning.testing.sign_webhook``."""
    return base64.b64encode(hmac.new(key, b".".join((body, nonce, timestamp)), hashlib.sha256).digest())


def verify_webhook_signature(
    secret: str | bytes,
    headers: WebhookHeaders,
    raw_body: bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Return if ``raw_body`` was signed with ``secret`` within ``tolerance`` seconds of ``now``.

    ``secret`` is the one given when the webhook was registered. ``raw_body`` is
    the request body exactly as received: re-serialised JSON will not verify.
    ``now`` (Unix seconds) defaults to the system clock. Raises
    :class:`InvalidWebhookSignatureError` on a missing or repeated header, an
    algorithm other than ``HmacSHA256``, a timestamp outside the tolerance, or a
    signature that does not match (compared in constant time); arguments of the
    wrong Python type raise ``TypeError``, an empty secret ``ConfigurationError``.
    """
    key = _as_bytes(secret, "secret")
    if not key:
        raise ConfigurationError("the webhook secret is empty")
    body = _as_bytes(raw_body, "raw_body")
    if tolerance < 0:
        raise ConfigurationError("tolerance must be zero or more seconds")
    found = _signature_headers(headers)

    if found[ALGORITHM_HEADER] != ALGORITHM.encode():
        raise InvalidWebhookSignatureError(f"unsupported algorithm: expected {ALGORITHM}")
    timestamp = found[TIMESTAMP_HEADER]
    if not _TIMESTAMP.fullmatch(timestamp):
        raise InvalidWebhookSignatureError("the timestamp is not Unix seconds")
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > tolerance:
        raise InvalidWebhookSignatureError(f"the timestamp is more than {tolerance:g} s from now")

    expected = _signature(key, body, found[NONCE_HEADER], timestamp)
    if not hmac.compare_digest(expected, found[SIGNATURE_HEADER]):
        raise InvalidWebhookSignatureError("the signature does not match the body, nonce and timestamp")


# --- events ---------------------------------------------------------------------------------


class _NotJSON(ValueError):
    """NaN, Infinity or a number beyond float range: Python's json accepts them, JSON does not."""


def _constant(name: str) -> Any:
    raise _NotJSON(name)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJSON("number out of range")
    return value


def _decode(raw_body: bytes | str) -> dict[str, Any]:
    if not isinstance(raw_body, (bytes, bytearray, memoryview, str)):
        raise TypeError(f"raw_body must be bytes or str, not {type(raw_body).__name__}")
    try:
        # Strict UTF-8 (json.loads would let encoded surrogates through, and guess UTF-16/32).
        text = raw_body if isinstance(raw_body, str) else bytes(raw_body).decode("utf-8-sig")
        body = json.loads(text, parse_constant=_constant, parse_float=_finite)
    # JSONDecodeError, UnicodeDecodeError (ValueError); nesting; ints over 4300 digits; NaN, 1e400.
    except (ValueError, UnicodeError, RecursionError, OverflowError, MemoryError) as exc:
        kind = "NaN, Infinity or an out-of-range number" if isinstance(exc, _NotJSON) else type(exc).__name__
        raise WebhookPayloadError(f"not JSON ({kind})") from None
    if not isinstance(body, dict):
        raise WebhookPayloadError(f"expected a JSON object, got {type(body).__name__}")
    return body


def _parse_payload(schema: TriggerSchema, value: Any, trigger: str) -> Any:
    if schema.payload_model is None:
        return None
    if value is None:
        if schema.payload_required:
            raise WebhookPayloadError("the payload is missing", type=trigger)
        return None
    if not isinstance(value, dict):
        raise WebhookPayloadError(f"the payload is a {type(value).__name__}, not an object", type=trigger)
    model = getattr(models, schema.payload_model)
    try:
        return model.from_dict(value)
    except KeyError as exc:
        reason = f"the payload is not a {schema.payload_model}: {exc.args[0]!r} is missing"
        raise WebhookPayloadError(reason, type=trigger) from None
    except FieldMismatch as exc:  # its text names the field path and JSON types, never a value
        reason = f"the payload is not a {schema.payload_model}: {exc}"
        raise WebhookPayloadError(reason, type=trigger) from None
    except Exception as exc:  # generated from_dict raises whatever bad input makes it raise
        # The message names the failure's kind only: the values may be credentials (authToken).
        reason = f"the payload is not a {schema.payload_model} ({type(exc).__name__})"
        raise WebhookPayloadError(reason, type=trigger) from None


def parse_webhook_event(raw_body: bytes | str) -> AnyWebhookEvent:
    """Decode a webhook body into its trigger's event class (or :class:`UnknownWebhookEvent`).

    Call it after :func:`verify_webhook_signature`. The result is a union of one
    class per trigger (``WhatsappSenderActiveEvent``, ...): ``isinstance`` or
    ``match`` narrows ``payload`` to the trigger's model. Raises
    :class:`WebhookPayloadError` when the body is not a JSON object with a string
    ``type`` (including NaN/Infinity, out-of-range numbers, invalid UTF-8, nesting
    too deep to decode), or when a known trigger's payload or required properties
    do not match its callback.
    """
    body = _decode(raw_body)
    kind = body.get("type")
    if not isinstance(kind, str):
        raise WebhookPayloadError("the body has no string 'type'")
    frozen = MappingProxyType(body)
    schema = TRIGGERS.get(kind)
    if schema is None:
        return UnknownWebhookEvent(type=kind, payload=body.get("payload"), body=frozen)
    missing = [name for name in schema.required_fields if name not in body]
    if missing:
        raise WebhookPayloadError(f"missing {', '.join(missing)}", type=kind)
    payload = _parse_payload(schema, body.get("payload"), kind)
    fields = MappingProxyType({name: body[name] for name in schema.fields if name in body})
    trigger = WebhookWebhookTriggersEnum(kind)
    event = schema.event(trigger=trigger, payload=payload, fields=fields, body=frozen)
    return cast("AnyWebhookEvent", event)


# Tracebacks, help() and pickle show the event classes where users import them from.
_expose(__name__, __all__, globals(), private="sinch_provisioning._")
