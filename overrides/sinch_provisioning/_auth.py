"""Authentication as ``httpx.Auth`` flows: OAuth2 client credentials, Basic, static bearer.

:class:`OAuth2ClientCredentials` caches its access token and refreshes it
shortly before it expires (the policy lives in :mod:`._token`). Refreshes are
single-flight and independent of their callers: the token request runs as its
own task, which a caller giving up (a deadline, a cancellation) does not
cancel; every caller waiting meanwhile, and every later one, shares its result
-- or its error, after which the next call tries again. A 401 from the API
while holding a cached token triggers one refresh and one replay.

No secret (key secret, token, Authorization header) appears in a repr, a log
line or an exception message: reprs are written by hand, token-endpoint errors
are built from a redacted copy of the response, and every auth registers its
live secrets with :func:`~._logging.register_secrets` so that SDK text never
shows them, whatever a server echoes.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING
from urllib.parse import quote

import httpx

from ._errors import ConfigurationError, ProvisioningError, transport_error
from ._logging import register_secrets
from ._token import Token, TokenCache, is_b64token, read_token_response, token_request

if TYPE_CHECKING:
    import asyncio  # imported on first refresh: importing the package stays cheap

__all__ = [
    "BasicAuth",
    "BearerToken",
    "OAuth2ClientCredentials",
    "SyncTokenSender",
    "TokenSender",
    "check_key",
]

logger = logging.getLogger("sinch_provisioning")

#: Sends the token request. The client passes one bound to its own transport.
TokenSender = Callable[[httpx.Request], Awaitable[httpx.Response]]
#: The blocking twin: sends the token request from a thread (the sync client passes one).
SyncTokenSender = Callable[[httpx.Request], httpx.Response]


def _basic_header(key_id: str, key_secret: str) -> str:
    """The ``Authorization`` value of HTTP Basic: what BasicAuth sends, and OAuth2 to the token endpoint."""
    return "Basic " + base64.b64encode(f"{key_id}:{key_secret}".encode()).decode("ascii")


def _basic_secrets(key_id: str, key_secret: str) -> tuple[str, ...]:
    """Every form of Basic credentials a server might echo: secret (raw, URL-encoded), pair, base64."""
    encoded = _basic_header(key_id, key_secret).removeprefix("Basic ")
    return (key_secret, quote(key_secret, safe=""), f"{key_id}:{key_secret}", encoded)


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
        self._header = _basic_header(key_id, key_secret)
        register_secrets(self, _basic_secrets(key_id, key_secret))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(key_id={self.key_id!r}, key_secret='***')"


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
        if not is_b64token(token):
            raise ConfigurationError(
                "BearerToken token has characters a bearer token cannot hold (RFC 6750 allows letters, "
                "digits and - . _ ~ + / with trailing =): check that only the access token was passed"
            )
        self._header = f"Bearer {token}"
        register_secrets(self, (token,))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerToken('***')"


class _ClosedError(ProvisioningError):
    """The client was closed while a token refresh was in flight."""


class _Flight:
    """One blocking refresh in flight: its waiters block on ``done`` and share its outcome."""

    __slots__ = ("done", "error", "token")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.token: Token | None = None
        self.error: BaseException | None = None


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client credentials with a cached, single-flight refreshed token.

    ``send`` (async) and ``send_sync`` (blocking) perform the token request;
    :class:`~sinch_provisioning.ProvisioningClient` passes ``send`` and
    :class:`~sinch_provisioning.SyncProvisioningClient` passes ``send_sync``,
    each bound to the client's own transport, so proxies, retries (the token
    request is safe to retry: 429 and 5xx are retried like any idempotent
    call), the client's timeout and test transports apply to the token endpoint
    too. ``clock`` (monotonic seconds) is a public attribute so tests can move time.

    The token is refreshed ``min(refresh_skew, lifetime / 2)`` seconds before it
    expires; see :mod:`._token` for how odd ``expires_in`` values are treated.
    Call :meth:`aclose` (the client does) to cancel a refresh in flight.

    In threads, the refresh is single-flight too: the first thread to find the
    token stale fetches it, the others wait for its token or its error.
    """

    requires_request_body = True

    def __init__(
        self,
        key_id: str,
        key_secret: str,
        token_url: str,
        *,
        send: TokenSender | None = None,
        send_sync: SyncTokenSender | None = None,
        refresh_skew: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if refresh_skew < 0:
            raise ValueError("refresh_skew must be >= 0 seconds")
        self.key_id = key_id
        self.token_url = token_url
        self._send = send
        self._send_sync = send_sync
        self.clock = clock
        self._basic = _basic_header(key_id, key_secret)
        self._key_secrets = _basic_secrets(key_id, key_secret)
        self._cache = TokenCache(refresh_skew)
        self._task: asyncio.Task[Token] | None = None
        self._lock = threading.Lock()  # guards _flight
        self._flight: _Flight | None = None
        #: Token requests made so far (handy in tests and diagnostics).
        self.token_requests = 0
        register_secrets(self, self._key_secrets)

    @property
    def refresh_skew(self) -> float:
        """Seconds before expiry to refresh (at most half the token's lifetime)."""
        return self._cache.refresh_skew

    @refresh_skew.setter
    def refresh_skew(self, value: float) -> None:
        if value < 0:
            raise ValueError("refresh_skew must be >= 0 seconds")
        self._cache.refresh_skew = value

    def __repr__(self) -> str:
        state = "cached" if self._cache.token is not None else "none"
        return (
            f"OAuth2ClientCredentials(key_id={self.key_id!r}, key_secret='***', "
            f"token_url={self.token_url!r}, token={state})"
        )

    # --- the flow -----------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # so a 401 can be replayed
        cached = self._cache.valid(self.clock())
        token = cached or await self._refreshed()
        response = yield _authorized(request, token)
        if self._replay_needed(response, cached, token):
            fresh = self._cache.valid(self.clock()) or await self._refreshed()
            yield _authorized(request, fresh)  # the replay; its answer, whatever it is, is final

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # so a 401 can be replayed
        cached = self._cache.valid(self.clock())
        token = cached or self._refreshed_sync()
        response = yield _authorized(request, token)
        if self._replay_needed(response, cached, token):
            fresh = self._cache.valid(self.clock()) or self._refreshed_sync()
            yield _authorized(request, fresh)  # the replay; its answer, whatever it is, is final

    def _replay_needed(self, response: httpx.Response, cached: Token | None, token: Token) -> bool:
        """A 401 on a cached token: forget it, refresh once and replay (a fresh token is not refreshed)."""
        if response.status_code != 401 or cached is None:
            return False
        self._cache.reject(token)  # the server no longer accepts it
        return True

    # --- the blocking refresh -----------------------------------------------------------------

    def _refreshed_sync(self) -> Token:
        """The token from the refresh in flight in another thread, or from one this thread makes."""
        with self._lock:
            cached = self._cache.valid(self.clock())  # a refresh may have finished meanwhile
            if cached is not None:
                return cached
            flight, leader = self._flight, False
            if flight is None:
                flight, leader = _Flight(), True
                self._flight = flight
        if not leader:
            flight.done.wait()
            if isinstance(flight.error, Exception):
                raise flight.error  # the refresh's typed error reaches every waiter
            if flight.error is not None:
                raise ProvisioningError("the token refresh was interrupted in another thread")
            assert flight.token is not None
            return flight.token
        try:
            token = flight.token = self._fetch_sync()
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                self._flight = None  # the next stale call tries again
            flight.done.set()
        return token

    def _fetch_sync(self) -> Token:
        if self._send_sync is None:
            raise ProvisioningError(
                "this OAuth2ClientCredentials has no blocking token sender: use it through "
                "SyncProvisioningClient (or pass send_sync=...)"
            )
        request, sent = self._token_request()
        try:
            response = self._send_sync(request)
            response.read()
        except ProvisioningError:
            raise
        except httpx.TransportError as exc:
            raise transport_error(exc, request) from None
        return self._store(response, sent)

    # --- the refresh task ---------------------------------------------------------------------

    async def _refreshed(self) -> Token:
        """The token from the refresh in flight, starting one if there is none.

        The refresh is a task of its own, shielded from this caller: if the
        caller is cancelled, the refresh goes on for the others and for later
        callers, bounded by the client's timeout and retry budget.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        task = self._task
        if task is None or task.done() or task.get_loop() is not loop:
            task = self._task = loop.create_task(self._fetch())
            task.add_done_callback(_retrieve)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            cancelling = getattr(current, "cancelling", None)  # Python 3.11+
            if task.cancelled() and not (cancelling is not None and cancelling()):
                raise _ClosedError("the token refresh was cancelled: the client was closed") from None
            raise

    def _token_request(self) -> tuple[httpx.Request, float]:
        self.token_requests += 1
        logger.debug("requesting an OAuth2 token from %s", self.token_url)
        return token_request(self.token_url, self._basic), self.clock()

    def _store(self, response: httpx.Response, sent: float) -> Token:
        token = read_token_response(response, now=sent, skew=self._cache.refresh_skew)
        self._cache.store(token)  # before waiters wake: no caller sees the refresh done and uncached
        register_secrets(self, (*self._key_secrets, *self._cache.live_values()))
        return token

    async def _fetch(self) -> Token:
        if self._send is None:
            raise ProvisioningError(
                "this OAuth2ClientCredentials has no async token sender: use it through "
                "ProvisioningClient (or pass send=...)"
            )
        request, sent = self._token_request()
        try:
            response = await self._send(request)
            await response.aread()
        except ProvisioningError:
            raise
        except httpx.TransportError as exc:
            raise transport_error(exc, request) from None
        return self._store(response, sent)

    async def aclose(self) -> None:
        """Cancel a token refresh in flight (its waiters get a ProvisioningError); idempotent."""
        import asyncio

        task, self._task = self._task, None
        if task is None or task.done():
            return
        task.cancel()
        if task.get_loop() is asyncio.get_running_loop():
            await asyncio.wait([task])


def _authorized(request: httpx.Request, token: Token) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token.value}"
    return request


def _retrieve(task: asyncio.Task[Token]) -> None:
    """Mark a refresh's failure as seen: its waiters may all have given up."""
    if not task.cancelled():
        task.exception()
