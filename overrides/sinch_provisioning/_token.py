"""OAuth2 token policy without I/O: what a usable token answer is, and when to refresh.

Kept apart from the async flow in :mod:`._auth` so that any driver (the async
client today, a thread-based one later) makes the same decisions and only
sends the request its own way:

- :func:`token_request` builds the client-credentials request;
- :func:`read_token_response` turns the token endpoint's answer into a
  :class:`Token` or the typed error to raise;
- :class:`TokenCache` says whether the cached token is still good.

Lifetimes (``expires_in``, seconds):

- a number (or a decimal string) greater than 0 is used, capped at
  :data:`MAX_LIFETIME` (one year; an ``Infinity``-sized number counts as absurd and is capped too);
- missing or ``null`` means :data:`DEFAULT_LIFETIME` (RFC 6749 makes the field optional; a
  401 from the API refreshes earlier anyway);
- 0, negative, NaN, a boolean or anything that is not a number is refused
  (:class:`AuthenticationError`).

The token is refreshed ``min(refresh_skew, lifetime / 2)`` seconds before it
expires, so a token that lives less than the skew is still reused for half
its life instead of being fetched again on every call.
"""

from __future__ import annotations

import json
import math
import re

import attrs
import httpx

from ._errors import BODY_LIMIT, AuthenticationError, status_error
from ._logging import redact_body
from ._retry import RETRY_SAFE_EXTENSION

__all__ = [
    "DEFAULT_LIFETIME",
    "MAX_LIFETIME",
    "MAX_TOKEN_LENGTH",
    "TOKEN_ENDPOINT",
    "Token",
    "TokenCache",
    "is_b64token",
    "read_token_response",
    "refresh_margin",
    "token_request",
]

#: A lifetime longer than this (one year) is absurd: the token is refreshed after a year at the latest.
MAX_LIFETIME = 365 * 24 * 3600.0
#: The lifetime assumed when the token endpoint does not say (``expires_in`` missing or null).
DEFAULT_LIFETIME = 300.0
#: Longer access tokens are refused: no header or log line should carry more.
MAX_TOKEN_LENGTH = 8192
#: Token answers larger than this are not parsed (a token answer is a few hundred bytes).
MAX_TOKEN_RESPONSE = 64 * 1024
#: How errors from the token endpoint name where they came from.
TOKEN_ENDPOINT = "OAuth2 token endpoint"  # noqa: S105 - a name, not a password

# RFC 6750 section 2.1 b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
_B64CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/")
_DECIMAL = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,9})?")


@attrs.frozen(repr=False)
class Token:
    """An access token and when to stop using it (on the cache's clock)."""

    value: str
    refresh_at: float

    def __repr__(self) -> str:
        return f"Token('***', refresh_at={self.refresh_at:.0f})"


def is_b64token(value: str) -> bool:
    """Whether ``value`` is an RFC 6750 ``b64token`` (safe in an ``Authorization`` header)."""
    body = value.rstrip("=")
    return bool(body) and frozenset(body) <= _B64CHARS


def refresh_margin(skew: float, lifetime: float) -> float:
    """How long before expiry to refresh: the skew, but never more than half the lifetime."""
    return min(skew, lifetime / 2.0)


@attrs.define(repr=False)
class TokenCache:
    """The cached token and the rules for reusing it; no I/O, no locking (the driver serialises)."""

    refresh_skew: float = 60.0
    token: Token | None = None
    #: The token before ``token`` (still redacted from text: a server may echo it).
    previous: str | None = None

    def valid(self, now: float) -> Token | None:
        """The cached token if it may still be used at ``now``."""
        token = self.token
        return token if token is not None and now < token.refresh_at else None

    def store(self, token: Token) -> None:
        if self.token is not None and self.token.value != token.value:
            self.previous = self.token.value
        self.token = token

    def reject(self, token: Token) -> None:
        """The API refused ``token`` (a 401): forget it if it is still the cached one."""
        if self.token is token:
            self.token = None
            self.previous = token.value

    def live_values(self) -> tuple[str, ...]:
        """The current and previous token values, for the redaction registry."""
        return tuple(v for v in (self.token.value if self.token else None, self.previous) if v)


def token_request(token_url: str, basic_header: str) -> httpx.Request:
    """The client-credentials POST; marked safe to retry (it changes nothing on the server)."""
    return httpx.Request(
        "POST",
        token_url,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": basic_header, "Accept": "application/json"},
        extensions={RETRY_SAFE_EXTENSION: True},
    )


class _Unusable(Exception):
    """The token answer is a 2xx without a usable token; ``args[0]`` says why (never quoting it)."""


def _lifetime(value: object) -> float:
    if value is None:
        return DEFAULT_LIFETIME
    if isinstance(value, str) and _DECIMAL.fullmatch(value.strip()):
        value = float(value.strip())
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Unusable("expires_in is not a number")
    if isinstance(value, float) and math.isnan(value):
        raise _Unusable("expires_in is NaN")
    if value <= 0:  # int comparison: no overflow for a 400-digit integer
        raise _Unusable("expires_in is not positive")
    return MAX_LIFETIME if value > MAX_LIFETIME else float(value)


def _token(content: bytes, now: float, skew: float) -> Token:
    if len(content) > MAX_TOKEN_RESPONSE:
        raise _Unusable("the answer is too large")
    try:
        data = json.loads(content)
    except (ValueError, RecursionError, MemoryError):  # bad JSON or UTF-8, too deep, too many digits
        raise _Unusable("the answer is not JSON") from None
    if not isinstance(data, dict):
        raise _Unusable("the answer is not a JSON object")
    value, kind = data.get("access_token"), data.get("token_type", "Bearer")
    if not isinstance(value, str) or not value:
        raise _Unusable("access_token is missing")
    if len(value) > MAX_TOKEN_LENGTH or not is_b64token(value):
        raise _Unusable("access_token is not an RFC 6750 bearer token (bad characters or too long)")
    if not isinstance(kind, str) or kind.lower() != "bearer":
        raise _Unusable("token_type is not Bearer")
    lifetime = _lifetime(data.get("expires_in"))
    return Token(value, now + lifetime - refresh_margin(skew, lifetime))


def read_token_response(response: httpx.Response, *, now: float, skew: float) -> Token:
    """The token in a read token-endpoint ``response``, or raise the error it means.

    - 2xx with a usable token: the :class:`Token` (valid until ``now`` + lifetime - margin);
    - 2xx without one, or any other 4xx than 429: :class:`AuthenticationError`;
    - 429 and 5xx (after the retry policy gave up): the status class of the status
      (:class:`RateLimitError`, :class:`InternalServerError`...), not a credentials error.

    Every error names the token endpoint and carries a redacted copy of the
    response (no credential, no token, bounded size).
    """
    if response.is_success:
        try:
            return _token(response.content, now, skew)
        except _Unusable as unusable:
            reason = unusable.args[0]
        body = json.dumps({"error": "invalid_token_response", "error_description": reason}).encode()
        raise AuthenticationError(_redacted(response, body), operation=TOKEN_ENDPOINT)
    copy = _redacted(response, response.content)
    if response.status_code == 429 or response.status_code >= 500:
        raise status_error(copy, operation=TOKEN_ENDPOINT)
    raise AuthenticationError(copy, operation=TOKEN_ENDPOINT)


def _redacted(response: httpx.Response, content: bytes) -> httpx.Response:
    """A copy of ``response`` safe to keep in an exception: redacted, bounded body; no request headers."""
    content_type = response.headers.get("content-type", "application/octet-stream")
    text = redact_body(content, content_type, limit=BODY_LIMIT)
    return httpx.Response(
        response.status_code,
        headers={"content-type": content_type[:200]},
        content=text.encode("utf-8"),
        request=httpx.Request(response.request.method, response.request.url),
    )
