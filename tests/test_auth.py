"""OAuth2 client credentials (cache, skew, single flight, 401 replay), Basic, bearer, secrets."""

from __future__ import annotations

import asyncio
import base64
import logging

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI, bearer
from sinch_provisioning import (
    APIConnectionError,
    AuthenticationError,
    BasicAuth,
    BearerToken,
    OAuth2ClientCredentials,
    ProvisioningClient,
)
from sinch_provisioning.api.webhooks import list_webhooks


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_client(fake: FakeAPI, *, skew: float = 60.0, clock: Clock | None = None) -> ProvisioningClient:
    client = ProvisioningClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        server=BASE_URL,
        token_url=TOKEN_URL,
        token_refresh_skew=skew,
        transport=fake.transport,
    )
    if clock is not None:
        oauth = client.auth
        assert isinstance(oauth, OAuth2ClientCredentials)
        oauth.clock = clock
    return client


async def call(client: ProvisioningClient) -> httpx.Response:
    return await client.get_async_httpx_client().get(f"/v1/projects/{PROJECT}/webhooks")


# --- the token request -------------------------------------------------------------------------


async def test_token_request_is_client_credentials_with_basic_auth() -> None:
    fake = FakeAPI()
    async with make_client(fake) as client:
        response = await call(client)
    assert response.status_code == 200
    [token_request] = fake.token_requests
    assert token_request.method == "POST"
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert token_request.content == b"grant_type=client_credentials"
    expected = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {expected}"
    assert bearer(fake.api_requests[0]) == "tok-1"


async def test_token_is_cached_until_the_skew_window() -> None:
    fake, clock = FakeAPI(expires_in=3600), Clock()
    async with make_client(fake, skew=60, clock=clock) as client:
        await call(client)
        clock.now += 3600 - 61  # still 61 s left: more than the skew
        await call(client)
        assert len(fake.token_requests) == 1
        clock.now += 2  # 59 s left: inside the skew, refresh before it expires
        await call(client)
        assert len(fake.token_requests) == 2
    assert [bearer(r) for r in fake.api_requests] == ["tok-1", "tok-1", "tok-2"]


async def test_generated_functions_use_the_clients_auth() -> None:
    fake = FakeAPI(
        api=lambda request: _json(200, {"totalSize": 0, "pageSize": 0, "webhooks": []}),
    )
    async with make_client(fake) as client:
        response = await list_webhooks.asyncio_detailed(PROJECT, client=client)
    assert response.status_code == 200
    assert bearer(fake.api_requests[0]) == "tok-1"


async def _json(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body)


# --- single flight -----------------------------------------------------------------------------


async def test_100_concurrent_calls_with_an_expired_token_make_one_token_request() -> None:
    fake, clock = FakeAPI(expires_in=3600), Clock()
    async with make_client(fake, clock=clock) as client:
        await call(client)  # tok-1
        clock.now += 3600  # expired
        fake.token_gate = asyncio.Event()
        calls = [asyncio.create_task(call(client)) for _ in range(100)]
        for _ in range(5):
            await asyncio.sleep(0)
        fake.token_gate.set()
        responses = await asyncio.gather(*calls)
    assert len(fake.token_requests) == 2  # the first token, then exactly one refresh
    assert all(r.status_code == 200 for r in responses)
    assert [bearer(r) for r in fake.api_requests[1:]] == ["tok-2"] * 100


async def test_100_concurrent_first_calls_make_one_token_request() -> None:
    fake = FakeAPI()
    async with make_client(fake) as client:
        responses = await asyncio.gather(*(call(client) for _ in range(100)))
    assert len(fake.token_requests) == 1
    assert {bearer(r) for r in fake.api_requests} == {"tok-1"}
    assert len(responses) == 100


async def test_a_failed_refresh_reaches_every_waiter_and_the_next_call_retries() -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(401, json={"error": "invalid_client", "error_description": "bad key"})
    async with make_client(fake) as client:
        results = await asyncio.gather(*(call(client) for _ in range(50)), return_exceptions=True)
        assert len(fake.token_requests) == 1
        assert all(isinstance(r, AuthenticationError) for r in results)
        assert all(r is results[0] for r in results)  # the same error, not 50 token requests
        assert fake.api_requests == []

        fake.token_failure = None
        response = await call(client)
    assert response.status_code == 200
    assert len(fake.token_requests) == 2


async def test_a_cancelled_refresh_is_taken_over_by_a_waiter() -> None:
    fake = FakeAPI()
    fake.token_gate = asyncio.Event()
    async with make_client(fake) as client:
        leader = asyncio.create_task(call(client))
        for _ in range(3):
            await asyncio.sleep(0)
        waiter = asyncio.create_task(call(client))
        for _ in range(3):
            await asyncio.sleep(0)
        leader.cancel()
        fake.token_gate.set()
        response = await waiter
    assert response.status_code == 200
    assert leader.cancelled()


# --- 401 -> refresh -> replay ------------------------------------------------------------------


async def test_401_with_a_cached_token_refreshes_once_and_replays_once() -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401 if bearer(request) == "tok-1" else 200, json={})

    fake = FakeAPI(api=api)
    async with make_client(fake) as client:
        await call(client)  # tok-1 is now cached (and rejected)
        fake.requests.clear()
        response = await call(client)
    assert response.status_code == 200
    assert [bearer(r) for r in fake.api_requests] == ["tok-1", "tok-2"]
    assert len(fake.token_requests) == 1


async def test_401_after_the_replay_is_final() -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"errorCode": "UNAUTHENTICATED", "message": "no"})

    fake = FakeAPI(api=api)
    async with make_client(fake) as client:
        await call(client)  # fetches tok-1; a fresh token is not refreshed again
        assert (len(fake.token_requests), len(fake.api_requests)) == (1, 1)
        fake.requests.clear()
        response = await call(client)  # cached tok-1 -> 401 -> tok-2 -> 401 -> stop
    assert response.status_code == 401
    assert [bearer(r) for r in fake.api_requests] == ["tok-1", "tok-2"]
    assert len(fake.token_requests) == 1


async def test_replay_sends_the_same_body() -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401 if bearer(request) == "tok-1" else 200, json={})

    fake = FakeAPI(api=api)
    async with make_client(fake) as client:
        await call(client)
        fake.requests.clear()
        await client.get_async_httpx_client().post("/v1/x", json={"a": 1})
    assert [r.content for r in fake.api_requests] == [b'{"a":1}', b'{"a":1}']


# --- token endpoint failures -------------------------------------------------------------------


async def test_token_endpoint_error_has_status_and_text() -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(400, json={"error": "invalid_client", "error_description": "unknown"})
    async with make_client(fake) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(client)
    assert caught.value.status_code == 400
    assert "400" in str(caught.value)
    assert "invalid_client" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"token_type": "bearer", "expires_in": 3600}',
        b'{"access_token": "tok-SECRET-1", "token_type": "mac", "expires_in": 3600}',
        b'{"access_token": "tok-SECRET-1", "token_type": "bearer", "expires_in": "soon"}',
        b'{"access_token": "tok-SECRET-1", "token_type": "bearer", "expires_in": 0}',
        b"[]",
    ],
)
async def test_unusable_token_answer_is_an_authentication_error_without_the_token(body: bytes) -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(200, content=body)
    async with make_client(fake) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(client)
    assert "tok-SECRET-1" not in str(caught.value)
    assert "tok-SECRET-1" not in caught.value.body


async def test_token_endpoint_connection_failure_is_an_api_connection_error() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = ProvisioningClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        server=BASE_URL,
        token_url=TOKEN_URL,
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(APIConnectionError):
        await call(client)


# --- Basic and bearer --------------------------------------------------------------------------


async def test_basic_auth_sends_the_key_on_every_request_and_fetches_no_token() -> None:
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=fake.transport
    ) as client:
        await call(client)
        await call(client)
    expected = "Basic " + base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    assert [r.headers["Authorization"] for r in fake.requests] == [expected, expected]


async def test_static_bearer_token() -> None:
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT, server=BASE_URL, auth=BearerToken("static-tok"), transport=fake.transport
    ) as client:
        await call(client)
    assert [bearer(r) for r in fake.requests] == ["static-tok"]


# --- secrets -----------------------------------------------------------------------------------

SECRETS = (
    KEY_SECRET,
    base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode(),
    "tok-1",
    "tok-2",
    "static-tok",
)


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"secret {secret[:4]}... leaked in {text!r}"


async def test_secrets_are_absent_from_reprs() -> None:
    fake = FakeAPI()
    client = make_client(fake)
    await call(client)  # tok-1 is now cached
    copy = client.with_options(timeout=3)
    for obj in (
        client,
        copy,
        client.auth,
        copy.auth,
        BasicAuth(KEY_ID, KEY_SECRET),
        BearerToken("static-tok"),
    ):
        assert_no_secret(repr(obj))
        assert_no_secret(str(obj))
    assert_no_secret(repr(client.get_async_httpx_client().headers))
    assert_no_secret(repr(fake.api_requests[0].headers))
    await client.aclose()


async def test_secrets_are_absent_from_logs(caplog: pytest.LogCaptureFixture) -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401 if bearer(request) == "tok-1" else 200, json={})

    fake = FakeAPI(api=api)
    with caplog.at_level(logging.DEBUG):
        async with make_client(fake) as client:
            await call(client)
            await call(client)  # 401 -> refresh -> replay, all logged at DEBUG
    assert caplog.records, "expected some log output to inspect"
    for record in caplog.records:
        assert_no_secret(record.getMessage())


async def test_token_endpoint_errors_that_echo_the_request_are_redacted() -> None:
    basic = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    echo = (
        '{"error": "invalid_request", "error_description": "got Authorization: Basic '
        + basic
        + " and client_secret="
        + KEY_SECRET
        + '", "access_token": "tok-1", "headers": {"authorization": "Basic '
        + basic
        + '"}}'
    )
    fake = FakeAPI()
    fake.token_failure = httpx.Response(
        400, content=echo.encode(), headers={"content-type": "application/json"}
    )
    async with make_client(fake) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(client)
    error = caught.value
    assert "invalid_request" in str(error)
    for text in (
        str(error),
        repr(error),
        error.body,
        error.response.text,
        repr(error.response.request.headers),
    ):
        assert_no_secret(text)
    assert "Authorization" not in error.response.request.headers
