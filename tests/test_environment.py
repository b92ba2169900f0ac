"""The environment, read like httpx reads it, plus the SDK's own variables.

Proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY) and the CA bundle (SSL_CERT_FILE)
apply unless ``trust_env=False``, for the API and the token endpoint alike. A recording
proxy on 127.0.0.1 shows where each request went. SINCH_PROVISIONING_SERVER,
SINCH_PROVISIONING_TOKEN_URL and SINCH_PROVISIONING_AUTH give defaults; arguments win.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import certifi
import httpx
import pytest
from fake_api import KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI
from sinch_provisioning import (
    DEFAULT_TOKEN_URL,
    APIConnectionError,
    BasicAuth,
    BearerToken,
    ConfigurationError,
    OAuth2ClientCredentials,
    ProvisioningClient,
    Server,
)

ENV = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "SINCH_PROJECT_ID",
    "SINCH_KEY_ID",
    "SINCH_KEY_SECRET",
    "SINCH_PROVISIONING_SERVER",
    "SINCH_PROVISIONING_TOKEN_URL",
    "SINCH_PROVISIONING_AUTH",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


class RecordingProxy:
    """A loopback 'proxy' that records each request line, then answers 200 ``{}`` or 502 to CONNECT."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                line = data.split(b"\r\n", 1)[0].decode("latin-1")
                self.lines.append(line)
                if line.startswith("CONNECT"):
                    conn.sendall(
                        b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    )
                else:
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                        b"Connection: close\r\n\r\n{}"
                    )

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(timeout=5)


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    recorder = RecordingProxy()
    yield recorder
    recorder.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: a direct connection is refused at once, no DNS involved."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bearer_client(server: str, **kwargs: object) -> ProvisioningClient:
    return ProvisioningClient(PROJECT, server=server, auth=BearerToken("tok"), max_retries=0, **kwargs)  # type: ignore[arg-type]


# --- proxies -----------------------------------------------------------------------------------


async def test_http_proxy_from_the_environment_carries_plain_http_requests(
    monkeypatch: pytest.MonkeyPatch, proxy: RecordingProxy, closed_port: int
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with bearer_client(f"http://localhost:{closed_port}") as client:
        response = await client.get_async_httpx_client().get("/v1/ping")
    assert response.status_code == 200
    assert proxy.lines == [f"GET http://localhost:{closed_port}/v1/ping HTTP/1.1"]


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "ALL_PROXY"])
async def test_https_proxy_from_the_environment_is_tunnelled_to(
    monkeypatch: pytest.MonkeyPatch, proxy: RecordingProxy, closed_port: int, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    async with bearer_client(f"https://localhost:{closed_port}") as client:
        with pytest.raises(APIConnectionError):
            await client.get_async_httpx_client().get("/v1/ping")
    assert proxy.lines == [f"CONNECT localhost:{closed_port} HTTP/1.1"]


async def test_the_token_endpoint_goes_through_the_proxy_too(
    monkeypatch: pytest.MonkeyPatch, proxy: RecordingProxy, closed_port: int
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    client = ProvisioningClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        server="https://api.example.test",
        token_url=f"https://localhost:{closed_port}/oauth2/token",
        max_retries=0,
    )
    async with client:
        with pytest.raises(APIConnectionError):
            await client.get_async_httpx_client().get("/v1/ping")
    assert proxy.lines == [f"CONNECT localhost:{closed_port} HTTP/1.1"]  # the token request, first


@pytest.mark.parametrize(
    ("no_proxy", "trust_env"),
    [("localhost", True), ("*", True), ("", False)],
    ids=["NO_PROXY", "*", "trust_env"],
)
async def test_no_proxy_or_trust_env_false_goes_direct(
    monkeypatch: pytest.MonkeyPatch, proxy: RecordingProxy, closed_port: int, no_proxy: str, trust_env: bool
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    if no_proxy:
        monkeypatch.setenv("NO_PROXY", no_proxy)
    async with bearer_client(f"https://localhost:{closed_port}", trust_env=trust_env) as client:
        with pytest.raises(APIConnectionError, match=f"localhost:{closed_port}"):
            await client.get_async_httpx_client().get("/v1/ping")
    assert proxy.lines == []


def test_a_bad_proxy_variable_fails_at_construction_without_echoing_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:pa55word@[::bad")
    with pytest.raises(ConfigurationError, match=r"HTTPS_PROXY.*trust_env=False") as raised:
        bearer_client("https://api.example.test")
    assert "pa55word" not in str(raised.value)
    bearer_client("https://api.example.test", trust_env=False)


# --- CA bundle ---------------------------------------------------------------------------------


def test_ssl_cert_file_is_trusted_unless_trust_env_is_false(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = tmp_path / "corporate-ca.pem"
    shutil.copyfile(certifi.where(), bundle)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    loaded: list[object] = []
    real = ssl.create_default_context

    def recording(*args: object, **kwargs: object) -> ssl.SSLContext:
        loaded.append(kwargs.get("cafile"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl, "create_default_context", recording)
    bearer_client("https://api.example.test")
    assert str(bundle) in loaded
    loaded.clear()
    bearer_client("https://api.example.test", trust_env=False)
    assert str(bundle) not in loaded


def test_a_missing_ca_bundle_fails_at_construction(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigurationError, match=r"SSL_CERT_FILE.*trust_env=False"):
        bearer_client("https://api.example.test")
    bearer_client("https://api.example.test", trust_env=False)


# --- connection errors name the host -----------------------------------------------------------


async def test_a_connection_error_names_the_host_but_not_the_query_or_credentials(closed_port: int) -> None:
    async with bearer_client(f"http://localhost:{closed_port}", trust_env=False) as client:
        with pytest.raises(APIConnectionError) as raised:
            await client.get_async_httpx_client().get("/v1/ping", params={"pageToken": "QUERY-SECRET"})
    message = str(raised.value)
    assert f"http://localhost:{closed_port}" in message
    assert "GET /v1/ping" in message
    assert "QUERY-SECRET" not in message and "pageToken" not in message


async def test_a_connection_error_never_shows_url_credentials() -> None:
    async def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = bearer_client("https://api.example.test", transport=httpx.MockTransport(refuse))
    async with client:
        with pytest.raises(APIConnectionError) as raised:
            await client.get_async_httpx_client().get("https://user:PA55@api.example.test:8443/v1/x?q=1")
    assert "to https://api.example.test:8443 failed on GET /v1/x" in str(raised.value)
    assert "PA55" not in str(raised.value) and "user" not in str(raised.value)


# --- the SDK's own variables -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("staging", Server.STAGING.url),
        ("ADMIN_STAGING_DEV", Server.ADMIN_STAGING_DEV.url),
        ("http://127.0.0.1:4010/", "http://127.0.0.1:4010"),
    ],
)
def test_sinch_provisioning_server_sets_the_default_server(
    monkeypatch: pytest.MonkeyPatch, value: str, url: str
) -> None:
    monkeypatch.setenv("SINCH_PROVISIONING_SERVER", value)
    assert ProvisioningClient(PROJECT, auth=BearerToken("t")).base_url == url
    # An explicit server= wins over the variable.
    assert ProvisioningClient(PROJECT, auth=BearerToken("t"), server=Server.PRODUCTION).base_url == (
        Server.PRODUCTION.url
    )


def test_a_bad_sinch_provisioning_server_fails_with_a_suggestion(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROVISIONING_SERVER", "stagign")
    with pytest.raises(ConfigurationError, match=r"did you mean Server\.STAGING"):
        ProvisioningClient(PROJECT, auth=BearerToken("t"))
    monkeypatch.setenv("SINCH_PROVISIONING_SERVER", "http://mock.example.test")
    with pytest.raises(ConfigurationError, match="plain http"):
        ProvisioningClient(PROJECT, auth=BearerToken("t"))


async def test_sinch_provisioning_token_url_serves_oauth2_on_a_url_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SINCH_PROVISIONING_SERVER", "https://api.example.test")
    monkeypatch.setenv("SINCH_PROVISIONING_TOKEN_URL", TOKEN_URL)
    fake = FakeAPI()
    async with ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, transport=fake.transport) as client:
        assert isinstance(client.auth, OAuth2ClientCredentials)
        assert client.auth.token_url == TOKEN_URL
        await client.get_async_httpx_client().get("/v1/ping")
    assert len(fake.token_requests) == 1
    # token_url= wins over the variable.
    other = "https://other.example.test/token"
    assert ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, token_url=other).auth.token_url == other  # type: ignore[attr-defined]


def test_without_a_token_url_the_error_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROVISIONING_SERVER", "https://api.example.test")
    with pytest.raises(ConfigurationError, match="SINCH_PROVISIONING_TOKEN_URL"):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)


def test_sinch_provisioning_token_url_applies_to_the_default_server_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET).auth.token_url == DEFAULT_TOKEN_URL  # type: ignore[attr-defined]
    monkeypatch.setenv("SINCH_PROVISIONING_TOKEN_URL", TOKEN_URL)
    assert ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET).auth.token_url == TOKEN_URL  # type: ignore[attr-defined]


def test_sinch_provisioning_auth_selects_basic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROVISIONING_AUTH", "basic")
    monkeypatch.setenv("SINCH_PROVISIONING_TOKEN_URL", TOKEN_URL)  # ignored by basic, not an error
    assert isinstance(ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET).auth, BasicAuth)
    explicit = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, auth="oauth2")
    assert isinstance(explicit.auth, OAuth2ClientCredentials)
    monkeypatch.setenv("SINCH_PROVISIONING_AUTH", "digest")
    with pytest.raises(ConfigurationError, match="SINCH_PROVISIONING_AUTH must be 'oauth2' or 'basic'"):
        ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
