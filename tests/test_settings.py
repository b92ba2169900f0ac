"""Settings are checked when the client (or a ``with_options`` copy, or an auth) is built.

Each mistake raises ``ConfigurationError`` with a message saying what to pass, instead of
failing at the first call; secrets are never quoted back.
"""

from __future__ import annotations

import math

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI
from sinch_provisioning import BasicAuth, BearerToken, ConfigurationError, ProvisioningClient, Server


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SINCH_PROVISIONING_SERVER", "SINCH_PROVISIONING_TOKEN_URL", "SINCH_PROVISIONING_AUTH"):
        monkeypatch.delenv(name, raising=False)


def build(**kwargs: object) -> ProvisioningClient:
    kwargs.setdefault("server", BASE_URL)
    kwargs.setdefault("auth", "basic")
    return ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET, **kwargs)  # type: ignore[arg-type]


# --- timeout -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, httpx.Timeout(5.0)),
        (2.5, httpx.Timeout(2.5)),
        (None, httpx.Timeout(None)),
        (httpx.Timeout(10.0, connect=1.0), httpx.Timeout(10.0, connect=1.0)),
    ],
)
def test_valid_timeouts_are_accepted(timeout: object, expected: httpx.Timeout) -> None:
    assert build(timeout=timeout).timeout == expected
    assert build().with_options(timeout=timeout).timeout == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("timeout", "match"),
    [
        ("5", r"number of seconds > 0 \(e\.g\. timeout=5\.0\).*not str '5'"),
        (True, "not bool"),
        (-1, "> 0"),
        (0, "> 0"),
        (math.nan, "finite"),
        (math.inf, "finite"),
        ([5], "not list"),
        (httpx.Timeout(5.0, connect=-1.0), r"timeout\.connect"),
    ],
)
def test_bad_timeouts_fail_at_construction_and_in_with_options(timeout: object, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        build(timeout=timeout)
    with pytest.raises(ConfigurationError, match=match):
        build().with_options(timeout=timeout)  # type: ignore[arg-type]


# --- max_retries, headers, other options -------------------------------------------------------


@pytest.mark.parametrize("value", [-1, True, 1.5, "2", None])
def test_bad_max_retries_fail(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"max_retries must be an int >= 0 \(0 disables retries\)"):
        build(max_retries=value)


@pytest.mark.parametrize("value", [-1, True, 1.5, "2"])
def test_bad_max_retries_fail_in_with_options(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"max_retries must be an int >= 0 \(0 disables retries\)"):
        build().with_options(max_retries=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("headers", "match"),
    [
        ([("X-A", "1")], "mapping of str to str"),
        ({"X-A": 1}, "str to str"),
        ({b"X-A": "1"}, "str to str"),
        ({"X-A": "1\r\nX-Injected: 1"}, "CR, LF or NUL"),
        ({"X-A\n": "1"}, "not a valid HTTP header name"),
        ({"": "1"}, "not a valid HTTP header name"),
    ],
)
def test_bad_headers_fail(headers: object, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        build(headers=headers)


def test_a_bad_header_value_is_not_quoted() -> None:
    with pytest.raises(ConfigurationError) as raised:
        build(headers={"X-Api-Key": "s3cret\nvalue"})
    assert "s3cret" not in str(raised.value)


async def test_headers_may_be_any_mapping() -> None:
    fake = FakeAPI()
    async with build(headers=httpx.Headers({"X-Source": "billing"}), transport=fake.transport) as client:
        await client.get_async_httpx_client().get("/v1/ping")
    assert fake.api_requests[0].headers["X-Source"] == "billing"


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"trust_env": "no"}, "trust_env must be True or False"),
        ({"raise_on_unexpected_status": 1}, "raise_on_unexpected_status"),
        ({"transport": httpx.AsyncClient()}, "transport must be an httpx.AsyncBaseTransport"),
        ({"auth": "oauth2", "token_refresh_skew": -1}, "token_refresh_skew"),
        ({"auth": "oauth2", "token_refresh_skew": "60"}, "token_refresh_skew"),
    ],
)
def test_other_bad_options_fail(kwargs: dict[str, object], match: str) -> None:
    kwargs.setdefault("token_url", "https://auth.example.test/oauth2/token")
    if kwargs.get("auth") != "oauth2":
        kwargs.pop("token_url")
    with pytest.raises(ConfigurationError, match=match):
        build(**kwargs)


# --- servers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "member"),
    [
        ("staging", Server.STAGING),
        ("STAGING", Server.STAGING),
        ("Staging_Dev", Server.STAGING_DEV),
        ("admin-staging", Server.ADMIN_STAGING),
        (" production ", Server.PRODUCTION),
    ],
)
def test_a_member_name_is_accepted_case_insensitively(name: str, member: Server) -> None:
    assert build(server=name).base_url == member.url


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("stagin", "Server.STAGING"), ("prod", "Server.PRODUCTION"), ("admin_stg", "Server.ADMIN_STAGING")],
)
def test_a_misspelt_server_name_suggests_the_member(text: str, suggestion: str) -> None:
    with pytest.raises(ConfigurationError, match=rf"did you mean {suggestion}\?"):
        build(server=text)


def test_a_url_without_scheme_is_told_to_add_one() -> None:
    with pytest.raises(ConfigurationError, match="needs its scheme"):
        build(server="provisioning.api.sinch.com")


def test_a_huge_server_string_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigurationError) as raised:
        build(server="x" * 100_000)
    assert len(str(raised.value)) < 1000


# --- BearerToken, BasicAuth --------------------------------------------------------------------


def header_of(auth: httpx.Auth) -> str:
    request = httpx.Request("GET", "https://api.example.test/")
    return next(auth.sync_auth_flow(request)).headers["Authorization"]


@pytest.mark.parametrize(
    "token",
    ["abc.DEF-123_~+/==", "Bearer abc.DEF-123_~+/==", "bearer   abc.DEF-123_~+/==", " abc.DEF-123_~+/==\n"],
)
def test_bearer_token_strips_one_scheme_and_whitespace(token: str) -> None:
    assert header_of(BearerToken(token)) == "Bearer abc.DEF-123_~+/=="


@pytest.mark.parametrize("token", ["", "   ", "Bearer", "Bearer  ", "\n"])
def test_an_empty_bearer_token_is_a_configuration_error(token: str) -> None:
    with pytest.raises(ConfigurationError, match="non-empty token"):
        BearerToken(token)


@pytest.mark.parametrize(
    "token",
    ["tok en-SECRET", "tok\r\nX-Injected: 1", 'tok"SECRET', "Bearer Bearer tokSECRET", "tök-SECRET", "=abc"],
)
def test_a_token_rfc6750_does_not_allow_is_refused_without_quoting_it(token: str) -> None:
    with pytest.raises(ConfigurationError, match="RFC 6750") as raised:
        BearerToken(token)
    assert "SECRET" not in str(raised.value)
    assert "tok" not in str(raised.value).replace("token", "")


def test_a_non_string_bearer_token_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="token string"):
        BearerToken(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key_id", "key_secret", "match"),
    [
        ("", "s3cret-SECRET", "non-empty key_id"),
        ("id", "", "non-empty key_secret"),
        ("id", "  ", "non-empty key_secret"),
        ("id:x", "s3cret-SECRET", "must not contain ':'"),
        ("id\n", "s3cret-SECRET", "key_id contains CR or LF"),
        ("id", "s3cret-SECRET\r\n", "key_secret contains CR or LF"),
        (None, "s3cret-SECRET", "non-empty key_id"),
    ],
)
def test_basic_auth_checks_its_key(key_id: object, key_secret: str, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match) as raised:
        BasicAuth(key_id, key_secret)  # type: ignore[arg-type]
    assert "SECRET" not in str(raised.value)


@pytest.mark.parametrize("auth", ["basic", "oauth2"])
def test_the_client_checks_the_key_at_construction(auth: str) -> None:
    with pytest.raises(ConfigurationError, match="must not contain ':'"):
        ProvisioningClient(PROJECT, "id:x", KEY_SECRET, server=BASE_URL, auth=auth, token_url=TOKEN_URL)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="key_secret contains CR or LF"):
        ProvisioningClient(PROJECT, KEY_ID, "secret\n", server=BASE_URL, auth=auth, token_url=TOKEN_URL)  # type: ignore[arg-type]
