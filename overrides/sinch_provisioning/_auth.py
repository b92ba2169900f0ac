"""Authentication as ``httpx.Auth`` flows: OAuth2 client credentials, Basic, static bearer.

:class:`OAuth2ClientCredentials` caches its access token and refreshes it
``refresh_skew`` seconds before it expires. Refreshes are single-flight: however
many requests need a token at once, one token request is made and every waiter
shares its result -- or its error, after which the next call tries again. A 401
from the API while holding a cached token triggers one refresh and one replay.

No secret (key secret, token, Authorization header) appears in a repr, a log
line or an exception message: reprs are written by hand and token-endpoint
errors are built from a redacted copy of the response.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ProvisioningError,
)
from ._logging import redact_text

if TYPE_CHECKING:
    import asyncio  # imported on first refresh: importing the package stays cheap

__all__ = ["BasicAuth", "BearerToken", "OAuth2ClientCredentials", "TokenSender", "check_key"]

logger = logging.getLogger("sinch_provisioning")

#: Sends the token request. The client passes one bound to its own transport.
TokenSender = Callable[[httpx.Request], Awaitable[httpx.Response]]


def check_key(key_id: str, key_secret: str) -> None:
    """Refuse (:class:`ConfigurationError`) a key Basic credentials cannot carry; OAuth2 uses them too."""
    for name, value in (("key_id", key_id), ("key_secret", key_secret)):
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"the access key needs a non-empty {name} string")
        if "\r" in value or "\n" in value:
            raise ConfigurationError(f"{name} contains CR or LF: check how it was read")
    if ":" in key_id:
        raise ConfigurationError("key_id must not contain ':' (Basic credentials join id and secret with it)")


class BasicAuth(httpx.Auth):
    """HTTP Basic with the key id and key secret on every request.

    Both must be non-empty strings without CR or LF, and the key id must not
    contain ``:`` (Basic joins the two with one): :class:`ConfigurationError`
    otherwise, never quoting the secret.
    """

    def __init__(self, key_id: str, key_secret: str) -> None:
        check_key(key_id, key_secret)
        self.key_id = key_id
        self._header = "Basic " + base64.b64encode(f"{key_id}:{key_secret}".encode()).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(key_id={self.key_id!r}, key_secret='***')"


#: RFC 6750 ``b64token``: what may follow ``Bearer `` in an Authorization header.
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_BEARER_PREFIX = re.compile(r"bearer(?: +|$)", re.IGNORECASE)


class BearerToken(httpx.Auth):
    """A static bearer token you obtained yourself (no refresh).

    Surrounding whitespace and one leading ``Bearer `` (any case) are removed, so
    a token copied with its scheme works. An empty token, or one with characters
    RFC 6750 does not allow (spaces, quotes, CR/LF ...), raises
    :class:`ConfigurationError`; the message never quotes the token.
    """

    def __init__(self, token: str) -> None:
        if not isinstance(token, str):
            raise ConfigurationError(f"BearerToken needs a token string, not {type(token).__name__}")
        token = token.strip()
        prefix = _BEARER_PREFIX.match(token)
        if prefix is not None:
            token = token[prefix.end() :]
        if not token:
            raise ConfigurationError(
                "BearerToken needs a non-empty token (the access token, without 'Bearer ')"
            )
        if _B64TOKEN.fullmatch(token) is None:
            raise ConfigurationError(
                "BearerToken token has characters a bearer token cannot hold (RFC 6750 allows letters, "
                "digits and - . _ ~ + / with trailing =): check that only the access token was passed"
            )
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerToken('***')"


@attrs.frozen(repr=False)
class _Token:
    value: str
    expires_at: float  # on the auth's clock

    def __repr__(self) -> str:
        return f"_Token('***', expires_at={self.expires_at:.0f})"


class _Abandoned(Exception):
    """The refresh was cancelled with nobody left to finish it; a waiter starts a new one."""


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client credentials with a cached, single-flight refreshed token.

    ``send`` performs the token request; :class:`~sinch_provisioning.ProvisioningClient`
    passes one that uses its own transport, so proxies, retries and test
    transports apply to the token endpoint too. ``clock`` (monotonic seconds) is
    a public attribute so tests can move time.
    """

    requires_request_body = True

    def __init__(
        self,
        key_id: str,
        key_secret: str,
        token_url: str,
        *,
        send: TokenSender,
        refresh_skew: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if refresh_skew < 0:
            raise ValueError("refresh_skew must be >= 0 seconds")
        self.key_id = key_id
        self.token_url = token_url
        self.refresh_skew = refresh_skew
        self._send = send
        self.clock = clock
        credentials = f"{key_id}:{key_secret}"
        self._basic = "Basic " + base64.b64encode(credentials.encode()).decode("ascii")
        # Everything that must never appear in error text, longest first.
        self._secrets = tuple(
            sorted(
                {s for s in (key_secret, quote(key_secret, safe=""), credentials, self._basic[6:]) if s},
                key=len,
                reverse=True,
            )
        )
        self._token: _Token | None = None
        self._refresh: asyncio.Future[_Token] | None = None
        #: Token requests made so far (handy in tests and diagnostics).
        self.token_requests = 0

    def __repr__(self) -> str:
        state = "cached" if self._token is not None else "none"
        return (
            f"OAuth2ClientCredentials(key_id={self.key_id!r}, key_secret='***', "
            f"token_url={self.token_url!r}, token={state})"
        )

    # --- the flow -----------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # so a 401 can be replayed
        cached = self._valid_token()
        token = cached or await self._refreshed()
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code != 401 or cached is None:
            return  # a token fetched for this very request is not refreshed again
        if self._token is token:
            self._token = None  # the server no longer accepts it
        fresh = self._valid_token() or await self._refreshed()
        request.headers["Authorization"] = f"Bearer {fresh.value}"
        yield request  # the replay; its answer, whatever it is, is final

    def sync_auth_flow(self, request: httpx.Request) -> Any:
        raise ProvisioningError("OAuth2ClientCredentials is async-only; use httpx.AsyncClient")

    # --- the cache ----------------------------------------------------------------------------

    def _valid_token(self) -> _Token | None:
        token = self._token
        if token is not None and self.clock() < token.expires_at - self.refresh_skew:
            return token
        return None

    async def _refreshed(self) -> _Token:
        """The token from the refresh in flight, starting one if there is none."""
        import asyncio

        while True:
            refresh = self._refresh
            if refresh is None:
                refresh = self._refresh = asyncio.get_running_loop().create_future()
                try:
                    token = await self._fetch()
                except BaseException as exc:
                    self._refresh = None
                    if isinstance(exc, Exception):
                        refresh.set_exception(exc)
                        refresh.exception()  # mark retrieved: waiters may all be gone
                    else:  # cancelled: let a waiter take over
                        refresh.set_exception(_Abandoned())
                        refresh.exception()
                    raise
                self._token = token
                self._refresh = None
                refresh.set_result(token)
                return token
            try:
                return await asyncio.shield(refresh)
            except _Abandoned:
                continue

    async def _fetch(self) -> _Token:
        request = httpx.Request(
            "POST",
            self.token_url,
            data={"grant_type": "client_credentials"},
            headers={"Authorization": self._basic, "Accept": "application/json"},
        )
        self.token_requests += 1
        logger.debug("requesting an OAuth2 token from %s", self.token_url)
        try:
            response = await self._send(request)
        except ProvisioningError:
            raise
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"token request to {self.token_url} timed out: {exc}") from None
        except httpx.TransportError as exc:
            raise APIConnectionError(f"token request to {self.token_url} failed: {exc}") from None
        if not response.is_success:
            raise AuthenticationError(self._redacted(response, response.content))
        token = self._parse(response)
        if token is None:
            raise AuthenticationError(
                self._redacted(
                    response,
                    b'{"error": "invalid_token_response", "error_description": "the token endpoint '
                    b'answered without a usable access_token, token_type Bearer and expires_in"}',
                )
            )
        return token

    def _parse(self, response: httpx.Response) -> _Token | None:
        try:
            data = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict):
            return None
        value, kind, lifetime = (
            data.get("access_token"),
            data.get("token_type", "Bearer"),
            data.get("expires_in"),
        )
        if not isinstance(value, str) or not value or not isinstance(kind, str) or kind.lower() != "bearer":
            return None
        if isinstance(lifetime, str) and lifetime.isdigit():
            lifetime = int(lifetime)
        if isinstance(lifetime, bool) or not isinstance(lifetime, (int, float)) or lifetime <= 0:
            return None
        return _Token(value, self.clock() + float(lifetime))

    def _redacted(self, response: httpx.Response, content: bytes) -> httpx.Response:
        """A copy of ``response`` safe to put in an exception: no secret in body or request."""
        text = redact_text(content.decode("utf-8", errors="replace"), self._secrets)
        request = httpx.Request(response.request.method, response.request.url)
        return httpx.Response(
            response.status_code,
            headers={"content-type": response.headers.get("content-type", "application/octet-stream")},
            content=text.encode("utf-8"),
            request=request,
        )
