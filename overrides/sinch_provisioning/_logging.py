"""The ``sinch_provisioning`` logger, and the redaction every logged or raised text goes through.

The retry transport writes one DEBUG line per request (method, path, status,
elapsed time, retry count). Bodies and headers are logged only when body
logging is switched on -- :func:`enable_body_logging` or the environment
variable ``SINCH_PROVISIONING_LOG_BODIES=1`` -- because even redacted payloads
carry personal data (phone numbers, addresses). Whatever is logged passes
through :func:`redact_headers` / :func:`redact_body` first: credentials,
tokens and secrets become ``[REDACTED]``.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

__all__ = [
    "BODY_LOG_ENV",
    "REDACTED",
    "body_logging_enabled",
    "enable_body_logging",
    "logger",
    "redact_body",
    "redact_headers",
    "redact_text",
]

logger = logging.getLogger("sinch_provisioning")

BODY_LOG_ENV = "SINCH_PROVISIONING_LOG_BODIES"
REDACTED = "[REDACTED]"
#: How much of a body a log line shows.
LOG_BODY_LIMIT = 4096

_SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-sinch-signature"}
)
# Keys compared after lower-casing and dropping "_" and "-": clientSecret, client_secret, client-secret.
_SENSITIVE_KEYS = frozenset(
    {
        "clientsecret",
        "keysecret",
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "token",
        "password",
        "secret",
        "authorization",
        "apikey",
        "apisecret",
        "signingsecret",
        "webhooksecret",
    }
)
# Fallback for bodies that are neither JSON nor a form: "key": value and key=value pairs, the
# value quoted or not.
_KEY_PATTERN = r"[\w-]*(?:secret|token|password|authorization|api[_-]?key)[\w-]*"
_VALUE = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s&,;"'}\]]+)"""
_QUOTED_PAIR = re.compile(rf'("{_KEY_PATTERN}"\s*:\s*){_VALUE}', re.IGNORECASE)
_PLAIN_PAIR = re.compile(rf"(\b{_KEY_PATTERN}\s*[=:]\s*){_VALUE}", re.IGNORECASE)
_BEARER = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)

_body_logging: bool | None = None


def enable_body_logging(enabled: bool = True) -> None:
    """Log (redacted) request and response bodies at DEBUG; overrides the environment variable."""
    global _body_logging
    _body_logging = enabled


def body_logging_enabled() -> bool:
    """Whether bodies are logged: :func:`enable_body_logging`, else ``SINCH_PROVISIONING_LOG_BODIES``."""
    if _body_logging is not None:
        return _body_logging
    return os.environ.get(BODY_LOG_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def is_sensitive_key(key: str) -> bool:
    """True for a field name whose value must never be shown (``client_secret``, ``accessToken``...)."""
    folded = key.lower().replace("_", "").replace("-", "")
    return folded in _SENSITIVE_KEYS or folded.endswith(("secret", "token", "password"))


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers as a dict with credentials replaced by ``[REDACTED]``."""
    return {
        name: REDACTED if name.lower() in _SENSITIVE_HEADERS or is_sensitive_key(name) else value
        for name, value in headers
    }


def _redact_json(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {
            key: REDACTED if isinstance(key, str) and is_sensitive_key(key) else _redact_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_json(item) for item in value]
    return value


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Free text with the given ``secrets``, credentials and secret-named fields replaced."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    text = _BEARER.sub(rf"\1 {REDACTED}", text)
    text = _QUOTED_PAIR.sub(rf'\1"{REDACTED}"', text)
    return _PLAIN_PAIR.sub(rf"\1{REDACTED}", text)


def redact_body(content: bytes, content_type: str | None = None, *, limit: int = LOG_BODY_LIMIT) -> str:
    """A body as text for a log line or an error message, secrets replaced, cut at ``limit`` characters.

    JSON and form bodies are parsed and redacted by key at any depth; anything
    else (an HTML error page, truncated JSON) by pattern.
    """
    if not content:
        return ""
    text = content.decode("utf-8", errors="replace")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media == "application/x-www-form-urlencoded":
        pairs = parse_qsl(text, keep_blank_values=True)
        redacted = urlencode([(key, REDACTED if is_sensitive_key(key) else value) for key, value in pairs])
    else:
        try:
            redacted = json.dumps(_redact_json(json.loads(text)), ensure_ascii=False)
        except (ValueError, RecursionError):
            redacted = redact_text(text)
    return redacted if len(redacted) <= limit else redacted[:limit] + "..."
