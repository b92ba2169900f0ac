"""The ``sinch_provisioning`` logger, and the redaction every logged or raised text goes through.

The retry transport writes one DEBUG line per request (method, path, status,
elapsed time, retry count). Bodies and headers are logged only when body
logging is switched on -- :func:`enable_body_logging` or the environment
variable ``SINCH_PROVISIONING_LOG_BODIES=1`` -- because even redacted payloads
carry personal data (phone numbers, addresses). Whatever is logged passes
through :func:`redact_headers` / :func:`redact_body` first: credentials,
tokens and secrets become ``[REDACTED]``.

Two kinds of redaction, both bounded and linear in the text they look at:

- *live secrets*: the exact values of the key secret, the Basic credentials and
  the current and previous access token of every auth in use (the auths
  register them, see :func:`register_secrets`), wherever they appear;
- *secret-named fields*: the value of ``client_secret``, ``access_token``,
  ``password``... in JSON, forms and free text. Page cursors (``pageToken``,
  ``nextPageToken``) are not secrets and stay visible.

Response bodies come from servers we do not trust: only a bounded prefix of a
body is ever decoded or scanned (:data:`SCAN_MARGIN` past the cut), and no
pattern used here can backtrack over untrusted text.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import weakref
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

__all__ = [
    "BODY_LOG_ENV",
    "REDACTED",
    "body_logging_enabled",
    "enable_body_logging",
    "is_sensitive_key",
    "live_secrets",
    "logger",
    "printable",
    "redact_body",
    "redact_headers",
    "redact_prefix",
    "redact_secrets",
    "redact_text",
    "register_secrets",
    "text_preview",
]

logger = logging.getLogger("sinch_provisioning")

BODY_LOG_ENV = "SINCH_PROVISIONING_LOG_BODIES"
REDACTED = "[REDACTED]"
#: How much of a body a log line shows.
LOG_BODY_LIMIT = 4096
#: The longest secret the registry accepts; longer ones are refused where they are received.
MAX_SECRET_LENGTH = 8192
#: Shorter values are not registered: replacing every "s" or "ab" would garble all SDK text and
#: protect nothing (real key secrets and tokens are far longer; secret-named fields and
#: ``Bearer``/``Basic`` values are still redacted by pattern).
MIN_SECRET_LENGTH = 4
#: How far past the cut live secrets are looked for, so one straddling the cut is caught whole.
SCAN_MARGIN = MAX_SECRET_LENGTH + 64
#: How far past the cut secret-named fields are looked for (a value cut short is redacted to the end).
PATTERN_MARGIN = 256
#: JSON and form bodies up to this size are parsed and redacted by key; larger ones only by text.
PARSE_LIMIT = 64 * 1024
#: A field name longer than this is not a field name (keeps the key scan bounded).
_MAX_KEY = 64
#: Spaces allowed between a key, its ``:``/``=`` and its value.
_MAX_GAP = 16

_SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-sinch-signature"}
)
# Keys compared after lower-casing and dropping "_" and "-": clientSecret, client_secret, client-secret.
_SENSITIVE_KEYS = frozenset({"token", "secret", "password", "passwd", "authorization", "apikey", "cookie"})
_SENSITIVE_SUFFIXES = ("secret", "token", "password", "passwd", "authorization", "apikey")
# Tokens that are not credentials: page cursors are debugging information.
_CURSOR_SUFFIXES = ("pagetoken", "continuationtoken", "cursortoken")

# Literal stems only: finding them is linear, and the key around a stem is grown by hand, bounded.
_STEM = re.compile(r"secret|token|passw(?:or)?d|authorization|api[_-]?key|cookie", re.IGNORECASE)
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
# Disjoint classes in sequence (a scheme, blanks, credential characters): no backtracking.
# "[" and "]": a credential whose live part was already replaced ("Bearer [REDACTED]-rest") goes whole.
_SCHEME = re.compile(r"\b(Bearer|Basic)[ \t]{1,16}[A-Za-z0-9._~+/=\[\]-]+", re.IGNORECASE)
_PLAIN_END = frozenset(" \t\r\n&,;\"'}]<")

_body_logging: bool | None = None
# owner (an auth) -> its live secrets; an auth that is garbage-collected takes its secrets along.
_registry: weakref.WeakKeyDictionary[object, tuple[str, ...]] = weakref.WeakKeyDictionary()
_generation = 0  # bumped on every registration
_registry_lock = threading.Lock()  # a sync client registers from one thread while others read
_live: tuple[int, int, tuple[str, ...]] = (0, 0, ())  # (generation, owners, secrets longest first)


def enable_body_logging(enabled: bool = True) -> None:
    """Log (redacted) request and response bodies at DEBUG; overrides the environment variable."""
    global _body_logging
    _body_logging = enabled


def body_logging_enabled() -> bool:
    """Whether bodies are logged: :func:`enable_body_logging`, else ``SINCH_PROVISIONING_LOG_BODIES``."""
    if _body_logging is not None:
        return _body_logging
    return os.environ.get(BODY_LOG_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


# --- live secrets ------------------------------------------------------------------------------


def register_secrets(owner: object, secrets: Iterable[str]) -> None:
    """Make ``secrets`` the live secrets of ``owner`` (replacing its previous set).

    An auth calls this with its key secret forms and its current and previous
    access token, so that whatever a server echoes, SDK text never shows them.
    """
    global _generation
    kept = tuple(s for s in secrets if MIN_SECRET_LENGTH <= len(s) <= MAX_SECRET_LENGTH)
    with _registry_lock:
        if kept:
            _registry[owner] = kept
        else:
            _registry.pop(owner, None)
        _generation += 1


def live_secrets() -> tuple[str, ...]:
    """Every registered secret of every live owner, longest first ("id:secret" before "secret")."""
    global _live
    generation, owners, secrets = _live
    if generation != _generation or owners != len(_registry):  # a registration, or an owner gone
        with _registry_lock:
            generation, groups = _generation, list(_registry.values())
        secrets = tuple(sorted({s for group in groups for s in group}, key=len, reverse=True))
        _live = (generation, len(groups), secrets)
    return secrets


def redact_secrets(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every live secret (and every one of ``secrets``) replaced by ``[REDACTED]``."""
    extra = tuple(s for s in secrets if s)
    live = live_secrets()
    for secret in (*sorted(extra, key=len, reverse=True), *live) if extra else live:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


# --- secret-named fields ----------------------------------------------------------------------


def is_sensitive_key(key: str) -> bool:
    """True for a field name whose value must never be shown (``client_secret``, ``accessToken``...).

    Page cursors such as ``pageToken`` and ``nextPageToken`` are not secret.
    """
    folded = key.lower().replace("_", "").replace("-", "")
    if folded.endswith(_CURSOR_SUFFIXES):
        return False
    return folded in _SENSITIVE_KEYS or folded.endswith(_SENSITIVE_SUFFIXES)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers as a dict with credentials replaced by ``[REDACTED]``."""
    return {
        name: REDACTED
        if name.lower() in _SENSITIVE_HEADERS or is_sensitive_key(name)
        else redact_secrets(value[:SCAN_MARGIN])
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


def _skip_blanks(text: str, i: int) -> int:
    end = min(len(text), i + _MAX_GAP)
    while i < end and text[i] in " \t\r\n":
        i += 1
    return i


def _quoted_end(text: str, i: int) -> int:
    """Index just past the string literal opening at ``i`` (or the end of ``text`` if unterminated)."""
    quote, n = text[i], len(text)
    i += 1
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
        elif ch == quote:
            return i + 1
        else:
            i += 1
    return n


def _redact_pairs(text: str) -> str:
    """Values of secret-named ``key: value`` / ``key=value`` pairs replaced, in one left-to-right pass.

    Every character is looked at a bounded number of times: a stem is found by a
    literal search, its key grown at most ``_MAX_KEY`` characters each way, and
    the scan resumes after the value it redacted.
    """
    out: list[str] = []
    done = 0  # text[:done] is already in out
    pos = 0
    n = len(text)
    while True:
        stem = _STEM.search(text, pos)
        if stem is None:
            break
        start, end = stem.start(), stem.end()
        limit = max(done, start - _MAX_KEY)
        while start > limit and text[start - 1] in _WORD:
            start -= 1
        limit = min(n, end + _MAX_KEY)
        while end < limit and text[end] in _WORD:
            end += 1
        pos = max(end, stem.end())
        if (start > 0 and text[start - 1] in _WORD) or (end < n and text[end] in _WORD):
            continue  # longer than any key
        i = end
        if i < n and text[i] in "\"'":
            i += 1
        i = _skip_blanks(text, i)
        if i >= n or text[i] not in ":=" or not is_sensitive_key(text[start:end]):
            continue
        i = _skip_blanks(text, i + 1)
        if i >= n:
            continue
        if text[i] in "\"'":
            value_end = _quoted_end(text, i)
            replacement = f"{text[i]}{REDACTED}{text[i]}"
        else:
            value_end = i
            while value_end < n and text[value_end] not in _PLAIN_END:
                value_end += 1
            if value_end == i:
                continue
            replacement = REDACTED
        out.append(text[done:i])
        out.append(replacement)
        done = pos = value_end
    out.append(text[done:])
    return "".join(out)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Free text with live secrets, the given ``secrets``, credentials and secret-named fields replaced.

    Linear in ``len(text)``; callers with untrusted text use :func:`redact_prefix`.
    """
    text = redact_secrets(text, secrets)
    text = _SCHEME.sub(rf"\1 {REDACTED}", text)
    return _redact_pairs(text)


def redact_prefix(text: str, limit: int, more: bool = False) -> str:
    """The first ``limit`` characters of ``text``, redacted, with ``...`` if anything was cut.

    Work is bounded whatever ``len(text)``: live secrets are replaced within
    ``limit + SCAN_MARGIN`` characters (C-speed), secret-named fields within
    ``limit + PATTERN_MARGIN``.
    """
    window = redact_secrets(text[: limit + SCAN_MARGIN])
    more = more or len(text) > len(window) or len(window) > limit + PATTERN_MARGIN
    return _cut(redact_text(window[: limit + PATTERN_MARGIN]), limit, more)


def printable(text: str) -> str:
    """``text`` without lone surrogates (JSON ``"\\ud800"`` decodes to one; it cannot be encoded)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _cut(text: str, limit: int, more: bool) -> str:
    return text[:limit] + "..." if more or len(text) > limit else text


def _prefix(content: bytes, limit: int) -> tuple[str, bool]:
    """The decoded start of ``content`` (``limit`` characters plus the scan margin), and if there is more."""
    window = (limit + SCAN_MARGIN) * 4  # UTF-8: at most 4 bytes a character
    return content[:window].decode("utf-8", errors="replace"), len(content) > window


def text_preview(content: bytes, limit: int) -> str:
    """The first ``limit`` characters of a raw body with live secrets replaced (bounded work)."""
    text, more = _prefix(content, limit)
    return _cut(redact_secrets(text), limit, more)


def redact_body(content: bytes, content_type: str | None = None, *, limit: int = LOG_BODY_LIMIT) -> str:
    """A body as text for a log line or an error message, secrets replaced, cut at ``limit`` characters.

    JSON and form bodies up to :data:`PARSE_LIMIT` bytes are parsed and redacted
    by key at any depth; anything else (an HTML error page, truncated or huge
    JSON) is redacted by text over a bounded prefix only.
    """
    if not content:
        return ""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if len(content) <= PARSE_LIMIT:
        text = content.decode("utf-8", errors="replace")
        try:
            if media == "application/x-www-form-urlencoded":
                pairs = parse_qsl(text, keep_blank_values=True)
                redacted = urlencode([(k, REDACTED if is_sensitive_key(k) else v) for k, v in pairs])
            else:
                redacted = json.dumps(_redact_json(json.loads(text)), ensure_ascii=False)
        except (ValueError, RecursionError, MemoryError):
            pass  # not JSON (or hostile JSON): redact as text below
        else:
            window = printable(redacted[: limit + SCAN_MARGIN])
            return _cut(redact_secrets(window), limit, len(redacted) > len(window))
    text, more = _prefix(content, limit)
    return redact_prefix(text, limit, more)
