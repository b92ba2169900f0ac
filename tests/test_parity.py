"""One suite, two drivers: every behaviour here is checked on ProvisioningClient and SyncProvisioningClient.

Each test runs once per client (``driver`` is parametrized): the same
arguments, the same fake wire, the same generated endpoint module through
``asyncio()`` or ``sync()``. Parity is proven, not claimed.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sinch_provisioning._retry as retry_module
from sinch_provisioning import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BearerToken,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidE164Error,
    InvalidPathParameterError,
    NotFoundError,
    PermissionDeniedError,
    ProvisioningClient,
    ProvisioningError,
    RateLimitError,
    ResponseValidationError,
    SyncProvisioningClient,
)
from sinch_provisioning.api.rcs_senders import get_test_number_capabilities
from sinch_provisioning.api.webhooks import create_webhook, get_webhook, list_webhooks
from twin import KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, Driver, Wire, bearer, ok

NUMBER = "+12223334444"
WEBHOOK = {"target": "https://example.com/h", "triggers": ["ALL"], "secret": "whsec-1"}


@pytest.fixture(params=["async", "sync"])
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    made = Driver(request.param)
    yield made
    made.finish()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry layer's waits, recorded instead of slept (both drivers)."""
    delays: list[float] = []

    async def asleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(retry_module, "_asyncio_sleep", asleep)
    monkeypatch.setattr(retry_module, "_blocking_sleep", delays.append)
    return delays


def answers(*responses: httpx.Response) -> Any:
    """An API handler answering ``responses`` in order, then ``ok``."""
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if queue else ok(request)

    return handle


# --- auth ------------------------------------------------------------------------------------------


def test_oauth2_token_is_fetched_once_and_reused(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire)
    driver.call(client, list_webhooks, PROJECT)
    driver.call(client, get_webhook, PROJECT, "w1")
    assert len(wire.token_requests) == 1
    assert [bearer(r) for r in wire.api_requests] == ["tok-1", "tok-1"]
    basic = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    assert wire.token_requests[0].headers["Authorization"] == f"Basic {basic}"


def test_oauth2_token_is_refreshed_when_stale(driver: Driver) -> None:
    wire = Wire(expires_in=600)
    client = driver.client(wire)
    now = [1000.0]
    client.auth.clock = lambda: now[0]
    driver.call(client, list_webhooks, PROJECT)
    now[0] += 600 - 60 + 1  # past expiry minus the refresh skew
    driver.call(client, list_webhooks, PROJECT)
    assert [bearer(r) for r in wire.api_requests] == ["tok-1", "tok-2"]


def test_a_401_refreshes_and_replays_once(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire)
    driver.call(client, list_webhooks, PROJECT)  # caches tok-1
    wire.api = answers(httpx.Response(401, json={"error": "expired"}))
    driver.call(client, list_webhooks, PROJECT)
    assert [bearer(r) for r in wire.api_requests] == ["tok-1", "tok-1", "tok-2"]


def test_a_second_401_is_final(driver: Driver) -> None:
    wire = Wire(api=lambda request: httpx.Response(401, json={"error": "no"}))
    client = driver.client(wire)
    with pytest.raises(AuthenticationError):
        driver.call(client, list_webhooks, PROJECT)  # a fresh token: no replay
    assert len(wire.api_requests) == 1


def test_basic_auth(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire, auth="basic")
    driver.call(client, list_webhooks, PROJECT)
    expected = "Basic " + base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    assert [r.headers["Authorization"] for r in wire.requests] == [expected]


def test_bearer_token(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire, auth=BearerToken("Bearer abc.DEF-123"))
    driver.call(client, list_webhooks, PROJECT)
    assert [r.headers["Authorization"] for r in wire.requests] == ["Bearer abc.DEF-123"]


def test_token_endpoint_refusal_is_an_authentication_error(driver: Driver) -> None:
    wire = Wire()
    wire.token_answers.append(httpx.Response(400, json={"error": "invalid_client", "key": KEY_SECRET}))
    client = driver.client(wire)
    with pytest.raises(AuthenticationError) as caught:
        driver.call(client, list_webhooks, PROJECT)
    assert KEY_SECRET not in str(caught.value)
    assert wire.api_requests == []
    driver.call(client, list_webhooks, PROJECT)  # the next call tries again
    assert len(wire.token_requests) == 2


# --- guards before any I/O -------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["12223334444", "+0123", "+1 222 333 4444", "+1222333444455555"])
def test_e164_is_checked_before_any_io(driver: Driver, number: str) -> None:
    wire = Wire()
    client = driver.client(wire)
    with pytest.raises(InvalidE164Error):
        driver.call(client, get_test_number_capabilities, PROJECT, "sender-1", number)
    assert wire.requests == []  # no token request either


@pytest.mark.parametrize("webhook_id", ["..", ".", "", None, 5])
def test_path_parameters_are_refused_before_any_io(driver: Driver, webhook_id: object) -> None:
    wire = Wire()
    client = driver.client(wire)
    with pytest.raises(InvalidPathParameterError):
        driver.call(client, get_webhook, PROJECT, webhook_id)
    assert wire.requests == []


def test_a_valid_number_reaches_the_wire_encoded(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire)
    driver.call(client, get_test_number_capabilities, PROJECT, "sender-1", NUMBER)
    assert wire.api_requests[0].url.raw_path.endswith(b"/testNumbers/%2B12223334444/capabilities")


# --- retries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses_are_retried_for_get(driver: Driver, sleeps: list[float], status: int) -> None:
    wire = Wire(api=answers(httpx.Response(status), httpx.Response(status)))
    client = driver.client(wire, auth="basic")
    driver.call(client, list_webhooks, PROJECT)
    assert len(wire.api_requests) == 3
    assert len(sleeps) == 2


def test_retry_after_is_honoured_and_capped(driver: Driver, sleeps: list[float]) -> None:
    wire = Wire(
        api=answers(
            httpx.Response(503, headers={"Retry-After": "7"}),
            httpx.Response(503, headers={"Retry-After": "100000"}),
        )
    )
    client = driver.client(wire, auth="basic")
    driver.call(client, list_webhooks, PROJECT)
    assert sleeps == [7.0, 60.0]


def test_budget_exhausted_gives_the_typed_error(driver: Driver, sleeps: list[float]) -> None:
    wire = Wire(api=lambda request: httpx.Response(503, json={"error": "busy"}))
    client = driver.client(wire, auth="basic", max_retries=1)
    with pytest.raises(InternalServerError):
        driver.call(client, list_webhooks, PROJECT)
    assert len(wire.api_requests) == 2


def test_with_options_sets_the_budget(driver: Driver, sleeps: list[float]) -> None:
    wire = Wire(api=lambda request: httpx.Response(503))
    client = driver.client(wire, auth="basic", max_retries=3)
    with pytest.raises(InternalServerError):
        driver.call(client.with_options(max_retries=0), list_webhooks, PROJECT)
    assert len(wire.api_requests) == 1


def test_post_is_not_retried_after_a_status(driver: Driver, sleeps: list[float]) -> None:
    wire = Wire(api=answers(httpx.Response(503)))
    client = driver.client(wire, auth="basic")
    with pytest.raises(InternalServerError):
        driver.call(client, create_webhook, PROJECT, body=WEBHOOK)
    assert len(wire.api_requests) == 1
    assert sleeps == []


def test_token_endpoint_is_retried(driver: Driver, sleeps: list[float]) -> None:
    wire = Wire()
    wire.token_answers.append(httpx.Response(503, headers={"Retry-After": "0"}))
    client = driver.client(wire)
    driver.call(client, list_webhooks, PROJECT)
    assert len(wire.token_requests) == 2
    assert [bearer(r) for r in wire.api_requests] == ["tok-1"]


def test_connection_failures_are_retried_then_typed(driver: Driver, sleeps: list[float]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    wire = Wire(api=refuse)
    client = driver.client(wire, auth="basic")
    with pytest.raises(APIConnectionError) as caught:
        driver.call(client, create_webhook, PROJECT, body=WEBHOOK)  # never sent: safe even for POST
    assert not isinstance(caught.value, APITimeoutError)
    assert len(wire.api_requests) == 3


def test_timeouts_are_typed(driver: Driver, sleeps: list[float]) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client = driver.client(Wire(api=slow), auth="basic", max_retries=0)
    with pytest.raises(APITimeoutError):
        driver.call(client, list_webhooks, PROJECT)


# --- typed errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_statuses_become_typed_errors(driver: Driver, status: int, error: type[Exception]) -> None:
    wire = Wire(api=lambda request: httpx.Response(status, json={"error": {"message": "nope"}}))
    client = driver.client(wire, auth="basic", max_retries=0)
    with pytest.raises(error) as caught:
        driver.call(client, get_webhook, PROJECT, "w1")
    assert type(caught.value) is error
    assert caught.value.status_code == status  # type: ignore[attr-defined]


def test_detailed_returns_the_status_instead(driver: Driver) -> None:
    wire = Wire(api=lambda request: httpx.Response(404, json={}))
    client = driver.client(wire, auth="basic")
    response = driver.call(client, get_webhook, PROJECT, "w1", detailed=True)
    assert response.status_code == 404


# --- hostile bodies --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000 + b"]" * 100_000, b'{"id": "\xff\xfe"}', b"not json", b'{"totalSize": 1e999999}'],
    ids=["deep", "bad-utf8", "not-json", "huge-number"],
)
def test_hostile_bodies_are_typed_errors(driver: Driver, content: bytes) -> None:
    wire = Wire(
        api=lambda r: httpx.Response(200, content=content, headers={"content-type": "application/json"})
    )
    client = driver.client(wire, auth="basic")
    with pytest.raises(ResponseValidationError):
        driver.call(client, list_webhooks, PROJECT)


@pytest.mark.parametrize("status", [400, 500])
def test_hostile_error_bodies_still_give_the_status_error(driver: Driver, status: int) -> None:
    content = b"[" * 100_000 + b"\xff"
    wire = Wire(
        api=lambda r: httpx.Response(status, content=content, headers={"content-type": "application/json"})
    )
    client = driver.client(wire, auth="basic", max_retries=0)
    with pytest.raises(APIStatusError) as caught:
        driver.call(client, get_webhook, PROJECT, "w1")
    assert caught.value.status_code == status


# --- logging and redaction -------------------------------------------------------------------------


def test_one_debug_line_per_request_without_secrets(driver: Driver, caplog: pytest.LogCaptureFixture) -> None:
    wire = Wire(api=lambda r: httpx.Response(200, json={**ok(r).json(), "echo": KEY_SECRET}))
    client = driver.client(wire, auth="basic")
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
        driver.call(client, list_webhooks, PROJECT)
    lines = [r.getMessage() for r in caplog.records if r.name == "sinch_provisioning"]
    assert len(lines) == 1
    assert lines[0].startswith(f"GET /v1/projects/{PROJECT}/webhooks -> 200 in ")
    assert lines[0].endswith("(retries: 0)")


def test_errors_and_reprs_never_show_secrets(driver: Driver) -> None:
    echo = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    wire = Wire(api=lambda r: httpx.Response(400, json={"error": {"message": f"{KEY_SECRET} {echo}"}}))
    client = driver.client(wire, auth="basic")
    with pytest.raises(BadRequestError) as caught:
        driver.call(client, get_webhook, PROJECT, "w1")
    for text in (str(caught.value), repr(caught.value), repr(client), repr(client.auth)):
        assert KEY_SECRET not in text
        assert echo not in text


# --- construction, options, lifecycle --------------------------------------------------------------


def test_settings_come_from_the_environment(driver: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROJECT_ID", "env-project")
    monkeypatch.setenv("SINCH_KEY_ID", KEY_ID)
    monkeypatch.setenv("SINCH_KEY_SECRET", KEY_SECRET)
    monkeypatch.setenv("SINCH_PROVISIONING_AUTH", "basic")
    monkeypatch.setenv("SINCH_PROVISIONING_SERVER", "https://api.example.test")
    wire = Wire()
    cls = SyncProvisioningClient if driver.is_sync else ProvisioningClient
    client = cls(transport=wire.transport)
    try:
        driver.call(client, list_webhooks, client.project_id)
    finally:
        driver.close(client)
    assert str(wire.requests[0].url) == "https://api.example.test/v1/projects/env-project/webhooks"
    assert wire.requests[0].headers["Authorization"].startswith("Basic ")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"auth": "digest"},
        {"max_retries": -1},
        {"auth": "basic", "token_url": TOKEN_URL},
        {"server": 42},
        {"timeout": -1},
        {"headers": {"X-Bad": "a\r\nb"}},
    ],
)
def test_bad_settings_fail_at_construction(driver: Driver, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        driver.client(**kwargs)


def test_a_project_id_that_would_leave_the_route_is_refused(driver: Driver) -> None:
    with pytest.raises(InvalidPathParameterError):
        driver.client(project_id="..")


def test_the_other_kind_of_transport_is_refused(driver: Driver) -> None:
    other: object = httpx.AsyncHTTPTransport() if driver.is_sync else httpx.HTTPTransport()
    with pytest.raises(ConfigurationError, match="transport must be"):
        driver.client(transport=other)
    other_client: object = httpx.AsyncClient() if driver.is_sync else httpx.Client()
    with pytest.raises(ConfigurationError, match="http_client must be"):
        driver.client(http_client=other_client)


def test_the_wrong_kind_of_call_points_to_the_other_client(driver: Driver) -> None:
    client = driver.client(Wire())
    if driver.is_sync:
        with pytest.raises(ProvisioningError, match="ProvisioningClient"):
            client.get_async_httpx_client()
    else:
        with pytest.raises(ProvisioningError, match="SyncProvisioningClient"):
            client.get_httpx_client()


def test_a_callers_http_client_is_used_and_left_open(driver: Driver) -> None:
    wire = Wire()
    http: Any = (
        httpx.Client(transport=wire.transport)
        if driver.is_sync
        else httpx.AsyncClient(transport=wire.transport)
    )
    client = driver.client(http_client=http, auth="basic")
    driver.call(client, list_webhooks, PROJECT)
    driver.close(client)
    assert len(wire.requests) == 1
    assert not http.is_closed
    if driver.is_sync:
        http.close()
    else:
        driver.run(http.aclose())


def test_with_options_copies_share_the_token_and_survive_their_own_close(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire, timeout=30)
    copy = client.with_options(timeout=5, max_retries=0)
    assert (copy.timeout.read, copy.max_retries, client.timeout.read) == (5, 0, 30)
    assert type(copy) is type(client)
    driver.call(client, list_webhooks, PROJECT)
    driver.call(copy, list_webhooks, PROJECT)
    assert len(wire.token_requests) == 1
    driver.close(copy)
    driver.call(client, list_webhooks, PROJECT)  # closing a copy leaves the pool open
    driver.close(client)
    with pytest.raises(ProvisioningError, match="closed"):
        driver.call(copy, list_webhooks, PROJECT)  # closing the owner closes it for every copy


def test_the_context_manager_closes(driver: Driver) -> None:
    wire = Wire()
    client = driver.client(wire, auth="basic")
    if driver.is_sync:
        with client as entered:
            assert entered is client
    else:

        async def use() -> None:
            async with client as entered:
                assert entered is client

        driver.run(use())
    with pytest.raises(ProvisioningError, match="closed"):
        driver.call(client, list_webhooks, PROJECT)


def test_repr_names_the_class_and_hides_the_secret(driver: Driver) -> None:
    client = driver.client(Wire())
    text = repr(client)
    assert text.startswith("SyncProvisioningClient(" if driver.is_sync else "ProvisioningClient(")
    assert KEY_SECRET not in text


# --- the shared policy -----------------------------------------------------------------------------


def test_both_retry_drivers_run_one_policy() -> None:
    from sinch_provisioning import RetryTransport, SyncRetryTransport
    from sinch_provisioning._retry import RetryPolicy

    for driver_class in (RetryTransport, SyncRetryTransport):
        assert issubclass(driver_class, RetryPolicy)
        assert "backoff" not in vars(driver_class)
        assert "start" not in vars(driver_class)


def test_an_oauth2_flow_without_a_sender_for_its_kind_says_which_client_to_use() -> None:
    from sinch_provisioning import OAuth2ClientCredentials

    auth = OAuth2ClientCredentials(KEY_ID, KEY_SECRET, TOKEN_URL)
    with httpx.Client(auth=auth, transport=httpx.MockTransport(ok)) as http:
        with pytest.raises(ProvisioningError, match="SyncProvisioningClient"):
            http.get("https://api.example.test/x")
    assert KEY_SECRET not in repr(auth)
