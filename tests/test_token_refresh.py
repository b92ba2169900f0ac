"""OAuth2 token refresh in a hostile world (issue 10, items 4, 5, 6 and 8).

- the refresh is a task of its own: callers giving up do not cancel it, later callers reuse it,
  closing the client cancels it cleanly;
- the token is validated (RFC 6750 characters) and never shows in SDK text, nor do the key
  secret, the Basic credentials or the previous token, whatever the server echoes;
- odd ``expires_in`` values are handled explicitly, the refresh margin is clamped;
- 429/5xx from the token endpoint are retried and raise their own status class.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import math

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI, bearer
from sinch_provisioning import (
    AuthenticationError,
    BasicAuth,
    BearerToken,
    InternalServerError,
    OAuth2ClientCredentials,
    ProvisioningClient,
    ProvisioningError,
    RateLimitError,
    enable_body_logging,
)
from sinch_provisioning._token import (
    DEFAULT_LIFETIME,
    MAX_LIFETIME,
    TokenCache,
    read_token_response,
    refresh_margin,
)
from sinch_provisioning.api.webhooks import list_webhooks

BASIC = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()


def make_client(fake: FakeAPI, *, skew: float = 60.0, max_retries: int = 2) -> ProvisioningClient:
    return ProvisioningClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        server=BASE_URL,
        token_url=TOKEN_URL,
        token_refresh_skew=skew,
        max_retries=max_retries,
        transport=fake.transport,
    )


async def call(client: ProvisioningClient) -> httpx.Response:
    return await client.get_async_httpx_client().get(f"/v1/projects/{PROJECT}/webhooks")


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


# --- item 4: the refresh is independent of its callers ------------------------------------------


class SlowTokens(FakeAPI):
    """A token endpoint that takes ``delay`` seconds to answer."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    async def token(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self.delay)
        return await super().token(request)


async def test_callers_with_short_deadlines_share_one_slow_refresh() -> None:
    """40 calls over 4 s, 0.8 s deadlines, a 1 s token endpoint: <= 2 token requests, >= half succeed."""
    fake = SlowTokens(delay=1.0)
    async with make_client(fake) as client:

        async def one(start: float) -> bool:
            await asyncio.sleep(start)
            try:
                await asyncio.wait_for(call(client), 0.8)
            except asyncio.TimeoutError:
                return False
            return True

        results = await asyncio.gather(*(one(i * 0.1) for i in range(40)))
    assert len(fake.token_requests) <= 2
    assert sum(results) >= 20


async def test_a_cancelled_caller_does_not_cancel_the_refresh() -> None:
    fake = FakeAPI()
    fake.token_gate = asyncio.Event()
    async with make_client(fake) as client:
        first = asyncio.create_task(call(client))
        await settle()
        first.cancel()
        await settle()
        fake.token_gate.set()
        response = await call(client)  # reuses the refresh the first caller started
    assert first.cancelled()
    assert response.status_code == 200
    assert len(fake.token_requests) == 1


async def test_closing_the_client_cancels_a_refresh_in_flight() -> None:
    fake = FakeAPI()
    fake.token_gate = asyncio.Event()  # never set: the refresh hangs
    client = make_client(fake)
    oauth = client.auth
    assert isinstance(oauth, OAuth2ClientCredentials)
    waiting = asyncio.create_task(call(client))
    await settle()
    await client.aclose()
    await settle()
    assert waiting.done()
    error = waiting.exception()
    assert isinstance(error, ProvisioningError)
    assert "closed" in str(error)
    assert oauth._task is None


# --- item 5: the token is validated and never shown ---------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "tok-BAD\nX-Injected: 1",
        "tok-BAD value",
        "tok-BAD\u00e9",
        "tok-BAD\r",
        "=tok-BAD",
        "tok-BAD" + "a" * 9000,
        "tok-BAD==x",
    ],
)
async def test_a_malformed_token_is_refused_without_quoting_it(token: str) -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(
        200, json={"access_token": token, "token_type": "bearer", "expires_in": 3600}
    )
    async with make_client(fake) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(client)
    error = caught.value
    assert "RFC 6750" in str(error)
    for text in (str(error), repr(error), error.body, error.response.text):
        assert "tok-BAD" not in text
    assert fake.api_requests == []  # the malformed token never went into a header


@pytest.mark.parametrize("token", ["abc", "a-b.c_d~e+f/g", "abc==", "eyJ0eXAi.eyJzdWIi.c2ln"])
async def test_well_formed_tokens_are_accepted(token: str) -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(
        200, json={"access_token": token, "token_type": "Bearer", "expires_in": 3600}
    )
    async with make_client(fake) as client:
        await call(client)
    assert bearer(fake.api_requests[0]) == token


def echoing(field: str) -> FakeAPI:
    """An API answering 401 with the bearer token it received echoed in ``field``."""

    async def api(request: httpx.Request) -> httpx.Response:
        got = bearer(request) or ""
        body = {"errorCode": "UNAUTHENTICATED", "message": "nope", "resolution": "check"}
        body[field] = f"token {got} rejected (key {KEY_SECRET}, basic {BASIC})"
        return httpx.Response(401, json=body)

    return FakeAPI(api=api)


@pytest.mark.parametrize("field", ["message", "resolution", "errorCode"])
async def test_a_token_echoed_in_an_api_error_is_not_in_the_message_nor_the_logs(
    field: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake = echoing(field)
    enable_body_logging(True)
    try:
        with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
            async with make_client(fake) as client:
                with pytest.raises(AuthenticationError) as caught:
                    await list_webhooks.asyncio(PROJECT, client=client)
    finally:
        enable_body_logging(False)
    error = caught.value
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "rejected" in logged  # the body was logged...
    for text in (str(error), repr(error), error.body, logged, error.message or "", error.resolution or ""):
        for secret in ("tok-1", KEY_SECRET, BASIC):  # ...without its secrets
            assert secret not in text


async def test_the_previous_token_is_redacted_too() -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        if bearer(request) == "tok-1":
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(400, json={"message": "you used tok-1 before, now " + (bearer(request) or "")})

    fake = FakeAPI(api=api)
    fake.expires_in = 100  # margin 50 s: tok-2 is fetched once the clock moves past it
    async with make_client(fake) as client:
        await call(client)
        oauth = client.auth
        assert isinstance(oauth, OAuth2ClientCredentials)
        oauth.clock = lambda: 1e9  # tok-1 is stale
        with pytest.raises(ProvisioningError) as caught:
            await list_webhooks.asyncio(PROJECT, client=client)
    assert "tok-1" not in str(caught.value) and "tok-2" not in str(caught.value)


@pytest.mark.parametrize("kind", ["basic", "bearer"])
async def test_basic_and_static_bearer_credentials_echoed_by_the_api_are_redacted(kind: str) -> None:
    static = "static-TOKEN-42"

    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": f"got {request.headers['Authorization']} / {KEY_SECRET}"})

    fake = FakeAPI(api=api)
    auth = BasicAuth(KEY_ID, KEY_SECRET) if kind == "basic" else BearerToken(static)
    async with ProvisioningClient(PROJECT, server=BASE_URL, auth=auth, transport=fake.transport) as client:
        with pytest.raises(ProvisioningError) as caught:
            await list_webhooks.asyncio(PROJECT, client=client)
    text = str(caught.value)
    assert "got " in text
    for secret in (BASIC, KEY_SECRET, static):
        assert secret not in text


# --- item 6: lifetimes ---------------------------------------------------------------------------


async def test_a_lifetime_shorter_than_the_skew_is_still_reused() -> None:
    fake = FakeAPI(expires_in=30)  # default skew: 60 s
    async with make_client(fake) as client:
        for _ in range(10):
            await call(client)
    assert len(fake.token_requests) == 1


def token_answer(expires_in: object, *, raw: bytes | None = None) -> httpx.Response:
    content = (
        raw
        or json.dumps({"access_token": "tok-L", "token_type": "bearer", "expires_in": expires_in}).encode()
    )
    return httpx.Response(200, content=content, request=httpx.Request("POST", TOKEN_URL))


def without_expires_in() -> httpx.Response:
    return token_answer(None, raw=b'{"access_token": "tok-L", "token_type": "bearer"}')


@pytest.mark.parametrize(
    ("answer", "lifetime"),
    [
        (token_answer(3600), 3600.0),
        (token_answer(0.5), 0.5),
        (token_answer("120"), 120.0),
        (without_expires_in(), DEFAULT_LIFETIME),
        (token_answer(None), DEFAULT_LIFETIME),
        (token_answer(10**12), MAX_LIFETIME),
        (
            token_answer(None, raw=b'{"access_token": "tok-L", "expires_in": ' + b"9" * 400 + b"}"),
            MAX_LIFETIME,
        ),
        (token_answer(None, raw=b'{"access_token": "tok-L", "expires_in": 1e400}'), MAX_LIFETIME),
        (token_answer(None, raw=b'{"access_token": "tok-L", "expires_in": Infinity}'), MAX_LIFETIME),
    ],
)
def test_usable_lifetimes(answer: httpx.Response, lifetime: float) -> None:
    token = read_token_response(answer, now=1000.0, skew=60.0)
    assert token.refresh_at == pytest.approx(1000.0 + lifetime - refresh_margin(60.0, lifetime))


@pytest.mark.parametrize(
    "answer",
    [
        token_answer(0),
        token_answer(-5),
        token_answer(True),
        token_answer("soon"),
        token_answer("1" * 40),
        token_answer([3600]),
        token_answer(None, raw=b'{"access_token": "tok-L", "expires_in": NaN}'),
        token_answer(None, raw=b'{"access_token": "tok-L", "expires_in": -Infinity}'),
        token_answer(None, raw=b'{"access_token": "tok-L", "expires_in": -1e400}'),
    ],
)
def test_unusable_lifetimes_are_refused(answer: httpx.Response) -> None:
    with pytest.raises(AuthenticationError) as caught:
        read_token_response(answer, now=1000.0, skew=60.0)
    assert "expires_in" in str(caught.value)
    assert "tok-L" not in str(caught.value)


@pytest.mark.parametrize(
    ("skew", "lifetime", "margin"), [(60, 3600, 60), (60, 30, 15), (0, 10, 0), (60, 0.5, 0.25)]
)
def test_the_refresh_margin_is_at_most_half_the_lifetime(skew: float, lifetime: float, margin: float) -> None:
    assert refresh_margin(skew, lifetime) == margin


def test_the_cache_keeps_the_previous_token_for_redaction() -> None:
    cache = TokenCache(refresh_skew=60)
    first = read_token_response(token_answer(3600), now=0.0, skew=60)
    cache.store(first)
    assert cache.valid(3000.0) is first
    assert cache.valid(3540.0) is None  # inside the margin
    cache.reject(first)
    assert cache.token is None and cache.live_values() == ("tok-L",)
    assert not math.isnan(first.refresh_at)


# --- item 8: token endpoint errors ---------------------------------------------------------------


class FlakyTokens(FakeAPI):
    """A token endpoint answering ``failures`` times with ``status`` before issuing tokens."""

    def __init__(self, status: int, failures: int) -> None:
        super().__init__()
        self.status, self.failures = status, failures

    async def token(self, request: httpx.Request) -> httpx.Response:
        if self.failures:
            self.failures -= 1
            body = {"error": "temporarily_unavailable", "echo": f"Basic {BASIC}", "client_secret": KEY_SECRET}
            return httpx.Response(self.status, json=body, headers={"retry-after": "0"})
        return await super().token(request)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_token_endpoint_overload_is_retried(status: int) -> None:
    fake = FlakyTokens(status, failures=2)
    async with make_client(fake, max_retries=2) as client:
        response = await call(client)
    assert response.status_code == 200
    assert len(fake.token_requests) == 3


@pytest.mark.parametrize(
    ("status", "error_class", "attempts"),
    [(429, RateLimitError, 3), (503, InternalServerError, 3), (500, InternalServerError, 1)],
)
async def test_persistent_token_endpoint_failures_raise_their_status_class(
    status: int, error_class: type[ProvisioningError], attempts: int
) -> None:
    fake = FlakyTokens(status, failures=100)
    async with make_client(fake, max_retries=2) as client:
        with pytest.raises(ProvisioningError) as caught:
            await call(client)
    error = caught.value
    assert type(error) is error_class
    assert not isinstance(error, AuthenticationError)
    assert "token endpoint" in str(error)
    assert len(fake.token_requests) == attempts  # the retry policy: 500 is not retried, 429/503 are
    for text in (str(error), repr(error), getattr(error, "body", "")):
        assert KEY_SECRET not in text and BASIC not in text


@pytest.mark.parametrize("status", [400, 401, 403])
async def test_token_endpoint_refusals_stay_authentication_errors(status: int) -> None:
    fake = FlakyTokens(status, failures=100)
    async with make_client(fake, max_retries=2) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(client)
    assert caught.value.status_code == status
    assert "token endpoint" in str(caught.value)
    assert len(fake.token_requests) == 1


# --- the live-secret registry ----------------------------------------------------------------------


async def test_live_secrets_are_registered_on_use_and_dropped_with_their_auth() -> None:
    import gc

    from sinch_provisioning._logging import live_secrets, redact_secrets

    secret = "gone-TOKEN-4f2a9c"
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT, server=BASE_URL, auth=BearerToken(secret), transport=fake.transport
    ) as client:
        await call(client)
    assert secret in live_secrets()
    assert redact_secrets(f"echo {secret}!") == "echo [REDACTED]!"
    del client
    gc.collect()
    assert secret not in live_secrets()


async def test_a_transport_error_quoting_the_token_does_not_show_it() -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'{request.headers['Authorization']}'")

    fake = FakeAPI(api=api)
    async with make_client(fake, max_retries=0) as client:
        with pytest.raises(ProvisioningError) as caught:
            await call(client)
    assert "Illegal header value" in str(caught.value)
    assert "tok-1" not in str(caught.value)
