"""The network environment (proxies, CA bundle) for both clients: one decision (``_config``), two senders.

Reuses the loopback recording proxy of ``test_environment``; each test runs
once per client.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import test_environment as environment
from sinch_provisioning import APIConnectionError, BearerToken, ConfigurationError
from test_environment import RecordingProxy
from twin import KEY_ID, KEY_SECRET, Driver

# The fixtures of test_environment: a clean environment, a recording proxy, a closed port.
clean_env = environment.clean_env
proxy = environment.proxy
closed_port = environment.closed_port


@pytest.fixture(params=["async", "sync"])
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    made = Driver(request.param)
    yield made
    made.finish()


def test_http_proxy_carries_plain_http_requests(
    driver: Driver, monkeypatch: pytest.MonkeyPatch, proxy: RecordingProxy, closed_port: int
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client = driver.client(server=f"http://localhost:{closed_port}", auth=BearerToken("tok"), max_retries=0)
    assert driver.get(client, "/v1/ping").status_code == 200
    assert proxy.lines == [f"GET http://localhost:{closed_port}/v1/ping HTTP/1.1"]


def test_the_token_endpoint_goes_through_the_proxy_too(
    driver: Driver, monkeypatch: pytest.MonkeyPatch, proxy: RecordingProxy, closed_port: int
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    client = driver.client(
        key_id=KEY_ID,
        key_secret=KEY_SECRET,
        server="https://api.example.test",
        token_url=f"https://localhost:{closed_port}/oauth2/token",
        max_retries=0,
    )
    with pytest.raises(APIConnectionError):
        driver.get(client, "/v1/ping")
    assert proxy.lines == [f"CONNECT localhost:{closed_port} HTTP/1.1"]  # the token request, first


@pytest.mark.parametrize(
    ("no_proxy", "trust_env"), [("localhost", True), ("", False)], ids=["NO_PROXY", "off"]
)
def test_no_proxy_or_trust_env_false_goes_direct(
    driver: Driver,
    monkeypatch: pytest.MonkeyPatch,
    proxy: RecordingProxy,
    closed_port: int,
    no_proxy: str,
    trust_env: bool,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    if no_proxy:
        monkeypatch.setenv("NO_PROXY", no_proxy)
    client = driver.client(
        server=f"https://localhost:{closed_port}", auth=BearerToken("tok"), max_retries=0, trust_env=trust_env
    )
    with pytest.raises(APIConnectionError, match=f"localhost:{closed_port}"):
        driver.get(client, "/v1/ping")
    assert proxy.lines == []


def test_a_bad_proxy_variable_fails_at_construction_without_echoing_it(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:pa55word@[::bad")
    with pytest.raises(ConfigurationError, match=r"HTTPS_PROXY.*trust_env=False") as raised:
        driver.client(auth=BearerToken("tok"))
    assert "pa55word" not in str(raised.value)


def test_a_missing_ca_bundle_fails_at_construction(
    driver: Driver, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigurationError, match=r"SSL_CERT_FILE.*trust_env=False"):
        driver.client(auth=BearerToken("tok"))
