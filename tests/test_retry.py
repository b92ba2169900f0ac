"""RetryTransport: fault injection with a scripted transport, an injected sleep, random and clock."""

from __future__ import annotations

import email.utils
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sinch_provisioning._errors import APIConnectionError, APITimeoutError, ConfigurationError
from sinch_provisioning._retry import (
    IDEMPOTENT_METHODS,
    MAX_RETRIES_EXTENSION,
    RETRY_STATUSES,
    RetryTransport,
    parse_retry_after,
)

URL = "https://api.example.test/v1/projects/p/webhooks"
NOW = 1_700_000_000.0

Outcome = int | httpx.Response | Exception


class ClosingStream(httpx.AsyncByteStream):
    """A response body that records whether the transport closed it."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"

    async def aclose(self) -> None:
        self.closed = True


class Script(httpx.AsyncBaseTransport):
    """Answers each attempt with the next scripted outcome; records what it was sent."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.bodies: list[bytes] = []
        self.streams: list[ClosingStream] = []
        self.closed = False

    @property
    def attempts(self) -> int:
        return len(self.bodies)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(b"".join([part async for part in request.stream]))  # type: ignore[union-attr]
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, int):
            stream = ClosingStream()
            self.streams.append(stream)
            return httpx.Response(outcome, stream=stream, request=request)
        return outcome

    async def aclose(self) -> None:
        self.closed = True


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def transport(script: Script, sleeps: Sleeps, **options: Any) -> RetryTransport:
    options.setdefault("random", lambda: 1.0)
    return RetryTransport(script, sleep=sleeps, now=lambda: NOW, **options)


async def send(
    retry: RetryTransport, method: str = "GET", *, content: Any = None, **extensions: Any
) -> httpx.Response:
    request = httpx.Request(method, URL, content=content, extensions=extensions)
    return await retry.handle_async_request(request)


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("connection refused")


# --- statuses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(RETRY_STATUSES))
@pytest.mark.parametrize("method", sorted(IDEMPOTENT_METHODS))
async def test_retryable_status_is_retried_for_idempotent_methods(method: str, status: int) -> None:
    script, sleeps = Script(status, status, 200), Sleeps()
    response = await send(transport(script, sleeps), method)
    assert response.status_code == 200
    assert script.attempts == 3
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("status", sorted(RETRY_STATUSES))
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_status_answers_are_never_retried_for_post_and_patch(method: str, status: int) -> None:
    script, sleeps = Script(status, 200), Sleeps()
    response = await send(transport(script, sleeps), method, content=b'{"a": 1}')
    assert response.status_code == status
    assert script.attempts == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("status", [200, 201, 204, 400, 401, 403, 404, 409, 412, 424, 500, 501])
async def test_other_statuses_are_not_retried(status: int) -> None:
    script, sleeps = Script(status, 200), Sleeps()
    response = await send(transport(script, sleeps))
    assert response.status_code == status
    assert script.attempts == 1


async def test_last_status_answer_is_returned_as_is_after_the_budget() -> None:
    script, sleeps = Script(503), Sleeps()
    response = await send(transport(script, sleeps, max_retries=2))
    assert response.status_code == 503
    assert script.attempts == 3
    assert len(sleeps.delays) == 2


async def test_discarded_responses_are_closed() -> None:
    script, sleeps = Script(503, 502, 200), Sleeps()
    response = await send(transport(script, sleeps))
    assert [stream.closed for stream in script.streams] == [True, True, False]
    assert response.status_code == 200


# --- transport errors -------------------------------------------------------------------------------

MAYBE_SENT: list[Exception] = [
    httpx.ReadTimeout("read timed out"),
    httpx.WriteTimeout("write timed out"),
    httpx.ReadError("connection reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("server disconnected"),
]
NOT_SENT: list[Exception] = [
    httpx.ConnectError("connection refused"),
    httpx.ConnectTimeout("connect timed out"),
    httpx.PoolTimeout("no free connection"),
]


@pytest.mark.parametrize("error", MAYBE_SENT + NOT_SENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", sorted(IDEMPOTENT_METHODS))
async def test_transport_errors_are_retried_for_idempotent_methods(method: str, error: Exception) -> None:
    script, sleeps = Script(error, error, 200), Sleeps()
    response = await send(transport(script, sleeps), method)
    assert response.status_code == 200
    assert script.attempts == 3


@pytest.mark.parametrize("error", MAYBE_SENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_is_not_retried_once_the_server_may_have_seen_it(method: str, error: Exception) -> None:
    script, sleeps = Script(error, 200), Sleeps()
    expected = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    with pytest.raises(expected) as raised:
        await send(transport(script, sleeps), method, content=b'{"name": "x"}')
    assert script.attempts == 1
    assert sleeps.delays == []
    assert raised.value.__cause__ is error


@pytest.mark.parametrize("error", NOT_SENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_is_retried_when_it_never_reached_the_server(method: str, error: Exception) -> None:
    script, sleeps = Script(error, error, 201), Sleeps()
    response = await send(transport(script, sleeps), method, content=b'{"name": "x"}')
    assert response.status_code == 201
    assert script.attempts == 3
    assert script.bodies == [b'{"name": "x"}'] * 3


async def test_a_streamed_body_is_replayed_on_retry() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"name":'
        yield b' "x"}'

    script, sleeps = Script(connect_error(), 201), Sleeps()
    response = await send(transport(script, sleeps), "POST", content=chunks())
    assert response.status_code == 201
    assert script.bodies == [b'{"name": "x"}'] * 2


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ReadTimeout("read timed out"), APITimeoutError),
        (httpx.ConnectTimeout("connect timed out"), APITimeoutError),
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
    ],
    ids=lambda v: getattr(v, "__name__", type(v).__name__),
)
async def test_exhausted_transport_errors_become_sdk_errors(error: Exception, expected: type) -> None:
    script, sleeps = Script(error), Sleeps()
    with pytest.raises(expected) as raised:
        await send(transport(script, sleeps, max_retries=3))
    assert type(raised.value) is expected
    assert raised.value.__cause__ is error
    assert script.attempts == 4
    assert "GET /v1/projects/p/webhooks" in str(raised.value)


async def test_unsupported_protocol_is_not_retried_but_still_an_sdk_error() -> None:
    error = httpx.UnsupportedProtocol("ftp is not supported")
    script, sleeps = Script(error), Sleeps()
    with pytest.raises(APIConnectionError):
        await send(transport(script, sleeps))
    assert script.attempts == 1


async def test_other_exceptions_pass_through_untouched() -> None:
    script, sleeps = Script(RuntimeError("bug in a custom transport")), Sleeps()
    with pytest.raises(RuntimeError, match="bug in a custom transport"):
        await send(transport(script, sleeps))
    assert script.attempts == 1


# --- budget -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("budget", [0, 1, 2, 5])
async def test_max_retries_per_transport(budget: int) -> None:
    script, sleeps = Script(503), Sleeps()
    await send(transport(script, sleeps, max_retries=budget))
    assert script.attempts == budget + 1
    assert len(sleeps.delays) == budget


@pytest.mark.parametrize("budget", [0, 1, 4])
async def test_max_retries_per_request_overrides_the_transport(budget: int) -> None:
    script, sleeps = Script(503), Sleeps()
    await send(transport(script, sleeps, max_retries=2), **{MAX_RETRIES_EXTENSION: budget})
    assert script.attempts == budget + 1


@pytest.mark.parametrize("bad", [-1, True, "3", None])
async def test_unusable_per_request_budget_falls_back_to_the_transport(bad: object) -> None:
    script, sleeps = Script(503), Sleeps()
    await send(transport(script, sleeps, max_retries=1), **{MAX_RETRIES_EXTENSION: bad})
    assert script.attempts == 2


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_invalid_max_retries_is_a_configuration_error(bad: Any) -> None:
    with pytest.raises(ConfigurationError):
        RetryTransport(Script(200), max_retries=bad)


async def test_aclose_closes_the_inner_transport() -> None:
    script = Script(200)
    await RetryTransport(script).aclose()
    assert script.closed


# --- backoff ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("jitter", [0.0, 0.25, 0.5, 0.999])
async def test_backoff_is_exponential_with_full_jitter_and_capped(jitter: float) -> None:
    script, sleeps = Script(503), Sleeps()
    retry = transport(script, sleeps, max_retries=7, random=lambda: jitter)
    await send(retry)
    ceilings = [min(8.0, 0.5 * 2**n) for n in range(7)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert sleeps.delays == pytest.approx([jitter * ceiling for ceiling in ceilings])


async def test_backoff_uses_the_configured_delays() -> None:
    script, sleeps = Script(httpx.ConnectError("refused")), Sleeps()
    retry = transport(script, sleeps, max_retries=4, initial_delay=0.1, max_delay=0.3)
    with pytest.raises(APIConnectionError):
        await send(retry)
    assert sleeps.delays == pytest.approx([0.1, 0.2, 0.3, 0.3])


async def test_backoff_is_random_within_its_bounds() -> None:
    script, sleeps = Script(503), Sleeps()
    retry = RetryTransport(script, max_retries=6, sleep=sleeps)  # the real random.random
    await send(retry)
    for n, delay in enumerate(sleeps.delays):
        assert 0.0 <= delay <= min(8.0, 0.5 * 2**n)


# --- Retry-After ------------------------------------------------------------------------------------


def answer(status: int, retry_after: str) -> httpx.Response:
    return httpx.Response(status, headers={"Retry-After": retry_after})


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize(("header", "delay"), [("3", 3.0), ("0", 0.0), ("1.5", 1.5), ("45", 45.0)])
async def test_retry_after_seconds_are_honoured(status: int, header: str, delay: float) -> None:
    script, sleeps = Script(answer(status, header), 200), Sleeps()
    await send(transport(script, sleeps))
    assert sleeps.delays == [delay]


@pytest.mark.parametrize("ahead", [0.0, 7.0, 30.0])
async def test_retry_after_http_date_is_honoured(ahead: float) -> None:
    header = email.utils.formatdate(NOW + ahead, usegmt=True)
    script, sleeps = Script(answer(429, header), 200), Sleeps()
    await send(transport(script, sleeps))
    assert sleeps.delays == pytest.approx([ahead])


@pytest.mark.parametrize(
    "header", ["3600", email.utils.formatdate(NOW + 86_400, usegmt=True)], ids=["seconds", "date"]
)
async def test_retry_after_is_capped(header: str) -> None:
    script, sleeps = Script(answer(503, header), 200), Sleeps()
    await send(transport(script, sleeps, max_retry_after=20.0))
    assert sleeps.delays == [20.0]


async def test_retry_after_in_the_past_means_now() -> None:
    header = email.utils.formatdate(NOW - 100, usegmt=True)
    script, sleeps = Script(answer(503, header), 200), Sleeps()
    await send(transport(script, sleeps))
    assert sleeps.delays == [0.0]


@pytest.mark.parametrize("header", ["soon", "", "-", "nan", "Wed, 99 Foo 2024 99:99:99 GMT"])
async def test_unreadable_retry_after_falls_back_to_backoff(header: str) -> None:
    script, sleeps = Script(answer(503, header), 200), Sleeps()
    await send(transport(script, sleeps, random=lambda: 0.5))
    assert sleeps.delays == [0.25]


def test_parse_retry_after() -> None:
    assert parse_retry_after(None, now=NOW) is None
    assert parse_retry_after(" 12 ", now=NOW) == 12.0
    assert parse_retry_after("-5", now=NOW) == 0.0
    assert parse_retry_after("inf", now=NOW) is None
    assert parse_retry_after(email.utils.formatdate(NOW + 90, usegmt=True), now=NOW) == pytest.approx(90.0)


# --- through httpx and a generated function ---------------------------------------------------------


class Minimal:
    raise_on_unexpected_status = True

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.http


async def test_generated_get_retries_then_raises_the_typed_error() -> None:
    from sinch_provisioning._errors import InternalServerError
    from sinch_provisioning.api.webhooks import get_webhook

    script, sleeps = Script(503), Sleeps()
    async with httpx.AsyncClient(
        base_url="https://api.example.test", transport=transport(script, sleeps)
    ) as http:
        with pytest.raises(InternalServerError) as raised:
            await get_webhook.asyncio("p", "w", client=Minimal(http))
    assert script.attempts == 3
    assert raised.value.status_code == 503


async def test_generated_post_is_sent_once_on_503() -> None:
    from sinch_provisioning._errors import InternalServerError
    from sinch_provisioning.api.webhooks import create_webhook
    from sinch_provisioning.models import WebhookWebhookInputDto

    body = WebhookWebhookInputDto.from_dict(
        {"target": "https://example.test/hook", "secret": "hook-secret", "triggers": ["ALL"]}
    )
    script, sleeps = Script(503), Sleeps()
    async with httpx.AsyncClient(
        base_url="https://api.example.test", transport=transport(script, sleeps)
    ) as http:
        with pytest.raises(InternalServerError):
            await create_webhook.asyncio("p", body=body, client=Minimal(http))
    assert script.attempts == 1
