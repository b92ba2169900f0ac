"""Retries, in the one layer every request passes through: an ``httpx`` transport.

``RetryTransport`` (async) and ``SyncRetryTransport`` (blocking) drive one
:class:`RetryPolicy`. Each wraps the real transport, below the auth flow (a 401 replay
with a fresh token is the auth layer's business) and above the connection
pool. What it retries:

- connection failures, timeouts, and the statuses 429, 502, 503 and 504,
- for idempotent methods only (GET, HEAD, PUT, DELETE, OPTIONS), and for requests
  marked safe to retry with ``request.extensions["sinch_retry_safe"] = True`` (the
  OAuth2 token request: asking for a token twice changes nothing);
- POST and PATCH only when the request provably never reached the server: the
  connection could not be opened (``ConnectError``, ``ConnectTimeout``) or no
  pooled connection became free (``PoolTimeout``).

How long it waits: exponential backoff with full jitter (a random delay in
``[0, min(max_delay, initial_delay * 2**retry)]``), or the server's
``Retry-After`` (seconds or an HTTP date), capped at ``max_retry_after``.

How many times: ``max_retries`` retries after the first attempt; one call can
set its own budget in ``request.extensions["sinch_max_retries"]``.

After the last attempt a transport failure is raised as
:class:`APIConnectionError` / :class:`APITimeoutError` (the httpx exception is
the ``__cause__``); a status answer is returned as it is, for the caller to
turn into a typed error. Each request writes one DEBUG line to the
``sinch_provisioning`` logger.
"""

from __future__ import annotations

import email.utils
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable

import httpx

from ._errors import ConfigurationError, transport_error
from ._logging import body_logging_enabled, logger, redact_body, redact_headers

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_RETRIES_EXTENSION",
    "RETRY_SAFE_EXTENSION",
    "RETRY_STATUSES",
    "RetryPolicy",
    "RetryTransport",
    "SyncRetryTransport",
    "parse_retry_after",
]

MAX_RETRIES_EXTENSION = "sinch_max_retries"
RETRY_SAFE_EXTENSION = "sinch_retry_safe"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})

#: Failures that happen before a single byte of the request was sent: safe to retry for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Failures that may have happened after the server got the request: retried for idempotent methods.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header, or None if absent or unreadable.

    Accepts delta-seconds (``"120"``, also ``"1.5"``) and an HTTP date; a date
    in the past means 0.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # an HTTP date is GMT by definition
            return None
        seconds = when.timestamp() - now
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(0.0, seconds)


async def _asyncio_sleep(delay: float) -> None:
    # asyncio is imported at the first retry, not at import time (cold start).
    import asyncio

    await asyncio.sleep(delay)


def _blocking_sleep(delay: float) -> None:
    time.sleep(delay)


class RetryPolicy:
    """The retry decisions, without I/O: what to retry, how long to wait, what to log.

    :class:`RetryTransport` (async) and :class:`SyncRetryTransport` (blocking)
    are thin drivers around it; a change here changes both clients.
    """

    def __init__(
        self,
        *,
        max_retries: int = 2,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, not {max_retries!r}")
        self.max_retries = max_retries
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self._random = random
        self._now = now
        self._clock = clock

    def _budget(self, request: httpx.Request) -> int:
        value = request.extensions.get(MAX_RETRIES_EXTENSION)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        return self.max_retries

    def backoff(self, retry: int) -> float:
        """Full jitter: uniform in ``[0, min(max_delay, initial_delay * 2**retry)]`` (retry counts from 0)."""
        ceiling = min(self.max_delay, self.initial_delay * (2.0 ** min(retry, 62)))
        return self._random() * ceiling

    def _status_delay(self, response: httpx.Response, retry: int) -> float:
        after = parse_retry_after(response.headers.get("retry-after"), now=self._now())
        if after is None:
            return self.backoff(retry)
        return min(after, self.max_retry_after)

    def start(self, request: httpx.Request) -> _Attempts:
        """The retry state of one request; logs the request body if body logging is on."""
        budget = self._budget(request)
        safe = request.extensions.get(RETRY_SAFE_EXTENSION) is True
        idempotent = safe or request.method.upper() in IDEMPOTENT_METHODS
        if body_logging_enabled():
            _log_request(request)
        return _Attempts(self, request, budget, idempotent, self._clock())


class _Attempts:
    """One request's way through the policy: each outcome gives a delay to wait, or the end."""

    __slots__ = ("budget", "idempotent", "policy", "request", "retry", "started")

    def __init__(
        self, policy: RetryPolicy, request: httpx.Request, budget: int, idempotent: bool, started: float
    ) -> None:
        self.policy = policy
        self.request = request
        self.budget = budget
        self.idempotent = idempotent
        self.started = started
        self.retry = 0

    @property
    def must_buffer(self) -> bool:
        """Whether the body must be read first: a streamed body must be replayable for a retry."""
        return bool(self.budget) and not isinstance(self.request.stream, httpx.ByteStream)

    def after_error(self, exc: httpx.TransportError) -> float:
        """The delay before the next attempt; raises the SDK error when ``exc`` is final.

        Call inside the ``except`` block, so the SDK error chains to ``exc``.
        """
        retryable = isinstance(exc, _NOT_SENT) or (self.idempotent and isinstance(exc, _MAYBE_SENT))
        if not retryable or self.retry >= self.budget:
            self._log_done(f"failed ({type(exc).__name__})")
            raise transport_error(exc, self.request) from exc
        return self._next(self.policy.backoff(self.retry), type(exc).__name__)

    def after_response(self, response: httpx.Response) -> float | None:
        """The delay before the next attempt (close ``response`` first), or None: return it."""
        if not (self.idempotent and response.status_code in RETRY_STATUSES and self.retry < self.budget):
            self._log_done(str(response.status_code))
            return None
        return self._next(self.policy._status_delay(response, self.retry), str(response.status_code))

    def _next(self, delay: float, reason: str) -> float:
        self.retry += 1
        logger.info(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            self.request.method,
            self.request.url.path,
            delay,
            reason,
            self.retry,
            self.budget,
        )
        return delay

    def _log_done(self, outcome: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (self.policy._clock() - self.started) * 1000.0
            logger.debug(
                "%s %s -> %s in %.0f ms (retries: %d)",
                self.request.method,
                self.request.url.path,
                outcome,
                elapsed_ms,
                self.retry,
            )


class RetryTransport(RetryPolicy, httpx.AsyncBaseTransport):
    """Retries failed requests on ``inner`` (async); see the module docstring for the policy."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        max_retries: int = 2,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_retry_after=max_retry_after,
            random=random,
            now=now,
            clock=clock,
        )
        self.inner = inner
        self._sleep = sleep or _asyncio_sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.start(request)
        if attempts.must_buffer:
            await request.aread()
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    if body_logging_enabled() and logger.isEnabledFor(logging.DEBUG):
                        await response.aread()
                        _log_response(response)
                    return response
                await response.aclose()
                delay = wait
            await self._sleep(delay)

    async def aclose(self) -> None:
        await self.inner.aclose()


class SyncRetryTransport(RetryPolicy, httpx.BaseTransport):
    """Retries failed requests on ``inner`` (blocking); the same policy as :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        max_retries: int = 2,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], object] | None = None,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_retry_after=max_retry_after,
            random=random,
            now=now,
            clock=clock,
        )
        self.inner = inner
        self._sleep = sleep or _blocking_sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.start(request)
        if attempts.must_buffer:
            request.read()
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    if body_logging_enabled() and logger.isEnabledFor(logging.DEBUG):
                        response.read()
                        _log_response(response)
                    return response
                response.close()
                delay = wait
            self._sleep(delay)

    def close(self) -> None:
        self.inner.close()


def _log_request(request: httpx.Request) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    try:
        body = request.content
    except httpx.RequestNotRead:
        body = b""
    logger.debug(
        "request %s %s headers=%s body=%s",
        request.method,
        request.url.path,
        redact_headers(request.headers.multi_items()),
        redact_body(body, request.headers.get("content-type")),
    )


def _log_response(response: httpx.Response) -> None:
    logger.debug(
        "response %s headers=%s body=%s",
        response.status_code,
        redact_headers(response.headers.multi_items()),
        redact_body(response.content, response.headers.get("content-type")),
    )
