"""ProvisioningClient: configuration, servers, http:// rule, pool ownership, with_options."""

from __future__ import annotations

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI
from sinch_provisioning import (
    DEFAULT_TOKEN_URL,
    ConfigurationError,
    OAuth2ClientCredentials,
    ProvisioningClient,
    ProvisioningError,
    Server,
)

SERVER_URLS = {
    "PRODUCTION": "https://provisioning.api.sinch.com",
    "STAGING": "https://provisioning-api.int.staging.sinch.com",
    "STAGING_DEV": "https://provisioning-api-dev.int.staging.sinch.com",
    "ADMIN_PRODUCTION": "https://provisioning-api.unauth.int.prod.sinch.com",
    "ADMIN_STAGING": "https://provisioning-api.unauth.int.staging.sinch.com",
    "ADMIN_STAGING_DEV": "https://provisioning-api-dev.unauth.int.staging.sinch.com",
}


SDK_ENV = (
    "SINCH_PROJECT_ID",
    "SINCH_KEY_ID",
    "SINCH_KEY_SECRET",
    "SINCH_PROVISIONING_SERVER",
    "SINCH_PROVISIONING_TOKEN_URL",
    "SINCH_PROVISIONING_AUTH",
)
PROXY_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*SDK_ENV, *PROXY_ENV):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


# --- servers -----------------------------------------------------------------------------------


def test_there_are_exactly_six_servers() -> None:
    assert {member.name for member in Server} == set(SERVER_URLS)


@pytest.mark.parametrize(("name", "url"), sorted(SERVER_URLS.items()))
async def test_each_server_maps_to_its_base_url(name: str, url: str) -> None:
    fake = FakeAPI()
    client = ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=Server[name], auth="basic", transport=fake.transport
    )
    assert client.base_url == url
    await client.get_async_httpx_client().get("/v1/ping")
    assert str(fake.requests[0].url) == f"{url}/v1/ping"


def test_production_is_the_default_with_the_published_token_url() -> None:
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    assert client.base_url == SERVER_URLS["PRODUCTION"]
    assert isinstance(client.auth, OAuth2ClientCredentials)
    assert client.auth.token_url == DEFAULT_TOKEN_URL == "https://auth.sinch.com/oauth2/token"


@pytest.mark.parametrize("name", [n for n in SERVER_URLS if n != "PRODUCTION"])
def test_servers_without_a_published_token_url_need_token_url(name: str) -> None:
    with pytest.raises(ConfigurationError, match="token_url"):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=Server[name])
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=Server[name], token_url=TOKEN_URL)
    assert isinstance(client.auth, OAuth2ClientCredentials)
    assert client.auth.token_url == TOKEN_URL
    ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=Server[name], auth="basic")


def test_a_url_string_is_accepted_and_needs_a_token_url_for_oauth2() -> None:
    assert (
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL + "/", auth="basic").base_url
        == BASE_URL
    )
    with pytest.raises(ConfigurationError, match="token_url"):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL)
    production = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=SERVER_URLS["PRODUCTION"])
    assert isinstance(production.auth, OAuth2ClientCredentials)


@pytest.mark.parametrize(
    "url",
    [
        "http://provisioning.api.sinch.com",
        "http://10.0.0.1:8080",
        "http://example.com",
        "http://localhost.example.com",
        "http://128.0.0.1",
        "ftp://127.0.0.1",
        "provisioning.api.sinch.com",
        "https://user:pass@example.com",
    ],
)
def test_credentials_are_never_sent_over_plain_http_except_to_loopback(url: str) -> None:
    with pytest.raises(ConfigurationError):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=url, auth="basic")
    with pytest.raises(ConfigurationError):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://127.1.2.3", "http://localhost:8080", "http://[::1]:4010"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, server=url, token_url=url + "/token")
    assert client.base_url == url


# --- configuration -----------------------------------------------------------------------------


def test_arguments_default_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROJECT_ID", "env-project")
    monkeypatch.setenv("SINCH_KEY_ID", "env-key")
    monkeypatch.setenv("SINCH_KEY_SECRET", "env-secret")
    client = ProvisioningClient()
    assert client.project_id == "env-project"
    assert isinstance(client.auth, OAuth2ClientCredentials)
    assert client.auth.key_id == "env-key"
    assert ProvisioningClient("explicit").project_id == "explicit"


@pytest.mark.parametrize(
    ("args", "missing"),
    [
        ((None, KEY_ID, KEY_SECRET), "project_id"),
        ((PROJECT, None, KEY_SECRET), "key_id"),
        ((PROJECT, KEY_ID, None), "key_secret"),
        ((PROJECT, "", KEY_SECRET), "key_id"),
    ],
)
def test_missing_values_fail_at_construction(args: tuple[str | None, ...], missing: str) -> None:
    with pytest.raises(ConfigurationError, match=missing):
        ProvisioningClient(*args)


def test_bearer_and_custom_auth_need_no_key() -> None:
    client = ProvisioningClient(PROJECT, auth=httpx.BasicAuth("u", "p"))
    assert client.project_id == PROJECT


@pytest.mark.parametrize(
    "kwargs",
    [
        {"auth": "digest"},
        {"max_retries": -1},
        {"auth": "basic", "token_url": TOKEN_URL},
        {"http_client": httpx.AsyncClient(), "transport": httpx.MockTransport(lambda r: httpx.Response(200))},
        {"server": 42},
    ],
)
def test_bad_settings_fail_at_construction(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, **kwargs)  # type: ignore[arg-type]


def test_sync_functions_are_refused_with_a_clear_error() -> None:
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    with pytest.raises(ProvisioningError, match="SyncProvisioningClient"):
        client.get_httpx_client()


# --- pool ownership ----------------------------------------------------------------------------


class RecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.closed = 0
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})

    async def aclose(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("trust_env", [True, False])
async def test_async_with_closes_the_pool_it_owns(monkeypatch: pytest.MonkeyPatch, trust_env: bool) -> None:
    created: list[RecordingTransport] = []

    def factory(*args: object, **kwargs: object) -> RecordingTransport:
        created.append(RecordingTransport())
        return created[-1]

    monkeypatch.setattr(httpx, "AsyncHTTPTransport", factory)
    monkeypatch.setattr(httpx._client, "AsyncHTTPTransport", factory)  # what httpx.AsyncClient builds
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", trust_env=trust_env
    ) as client:
        await client.get_async_httpx_client().get("/v1/ping")
    assert len(created) == 1
    assert created[0].closed == 1
    with pytest.raises(ProvisioningError, match="closed"):
        client.get_async_httpx_client()


async def test_a_transport_passed_in_is_not_closed() -> None:
    transport = RecordingTransport()
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=transport
    ) as client:
        await client.get_async_httpx_client().get("/v1/ping")
    assert transport.closed == 0
    assert len(transport.requests) == 1


async def test_an_http_client_passed_in_is_used_and_not_closed() -> None:
    fake = FakeAPI()
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    user_client = httpx.AsyncClient(transport=fake.transport, event_hooks={"request": [hook]})
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, http_client=user_client
    ) as client:
        response = await client.get_async_httpx_client().get("/v1/ping")
    assert response.status_code == 200
    assert seen == ["/oauth2/token", "/v1/ping"]  # the token request uses it too
    assert not user_client.is_closed
    assert (await user_client.get(BASE_URL + "/still-open")).status_code == 200
    await user_client.aclose()


# --- with_options ------------------------------------------------------------------------------


async def test_with_options_overrides_timeout_and_retries_per_call_and_shares_the_pool() -> None:
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        server=BASE_URL,
        token_url=TOKEN_URL,
        transport=fake.transport,
        max_retries=3,
        timeout=httpx.Timeout(30, connect=5),
    ) as client:
        await client.get_async_httpx_client().get("/v1/a")
        quick = client.with_options(timeout=2.5, max_retries=0)
        await quick.get_async_httpx_client().get("/v1/b")
        await quick.aclose()  # a copy does not close the shared pool
        await client.get_async_httpx_client().get("/v1/c")
        assert quick.project_id == client.project_id
        assert quick.auth is client.auth
    a, b, c = fake.api_requests
    assert a.extensions["sinch_max_retries"] == 3
    assert a.extensions["timeout"] == {"connect": 5, "read": 30, "write": 30, "pool": 30}
    assert b.extensions["sinch_max_retries"] == 0
    assert b.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert c.extensions["sinch_max_retries"] == 3
    assert len(fake.token_requests) == 1  # the copy shares the token cache
    [token_request] = fake.token_requests
    assert token_request.extensions["sinch_max_retries"] == 3
    assert token_request.extensions["timeout"] == a.extensions["timeout"]


def test_default_timeout_and_retries() -> None:
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    assert client.timeout == httpx.Timeout(30, connect=5)
    assert client.max_retries == 2
    assert client.with_options(max_retries=5).timeout == client.timeout


def test_repr_names_the_project_and_server() -> None:
    text = repr(ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET))
    assert PROJECT in text and SERVER_URLS["PRODUCTION"] in text and KEY_ID in text
