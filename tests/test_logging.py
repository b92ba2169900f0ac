"""The ``sinch_provisioning`` logger: one DEBUG line per request, secrets never logged."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from sinch_provisioning import _logging
from sinch_provisioning._errors import APIConnectionError
from sinch_provisioning._logging import (
    BODY_LOG_ENV,
    REDACTED,
    enable_body_logging,
    redact_body,
    redact_headers,
)
from sinch_provisioning._retry import RetryTransport

SECRET = "sEcReT-0xDEADBEEF"
TOKEN = "eyJhbGciOi.tOkEn-VALUE.sig"
AUTH = f"Bearer {TOKEN}"


@pytest.fixture(autouse=True)
def default_body_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(BODY_LOG_ENV, raising=False)
    monkeypatch.setattr(_logging, "_body_logging", None)
    yield


def records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "sinch_provisioning"]


def logged_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in records(caplog))


async def exchange(*statuses: int, method: str = "POST", body: bytes = b"", content_type: str = "") -> None:
    answers = list(statuses)

    async def sleep(_: float) -> None:
        return None

    def handler(request: httpx.Request) -> httpx.Response:
        status = answers.pop(0) if len(answers) > 1 else answers[0]
        payload = {"access_token": TOKEN, "expires_in": 3600, "nested": {"clientSecret": SECRET}}
        return httpx.Response(status, json=payload, headers={"set-cookie": f"session={SECRET}"})

    retry = RetryTransport(httpx.MockTransport(handler), sleep=sleep)
    headers = {"Authorization": AUTH}
    if content_type:
        headers["Content-Type"] = content_type
    request = httpx.Request(
        method, "https://api.example.test/v1/projects/p/webhooks?pageToken=abc", content=body, headers=headers
    )
    response = await retry.handle_async_request(request)
    await response.aread()


async def test_one_debug_line_per_request(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
        await exchange(503, 503, 200, method="GET")
    debug = [r for r in records(caplog) if r.levelno == logging.DEBUG]
    assert len(debug) == 1
    line = debug[0].getMessage()
    assert line.startswith("GET /v1/projects/p/webhooks -> 200 in ")
    assert " ms " in line
    assert line.endswith("(retries: 2)")
    assert "pageToken" not in line  # the query string is not logged


async def test_a_failed_request_logs_its_outcome(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    async def sleep(_: float) -> None:
        return None

    retry = RetryTransport(httpx.MockTransport(handler), sleep=sleep, max_retries=1)
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"), pytest.raises(APIConnectionError):
        await retry.handle_async_request(httpx.Request("GET", "https://api.example.test/v1/x"))
    debug = [r.getMessage() for r in records(caplog) if r.levelno == logging.DEBUG]
    assert debug == [debug[0]]
    assert "GET /v1/x -> failed (ConnectError)" in debug[0]
    assert "(retries: 1)" in debug[0]


async def test_retries_are_announced_at_info(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="sinch_provisioning"):
        await exchange(429, 200, method="GET")
    info = [r.getMessage() for r in records(caplog) if r.levelno == logging.INFO]
    assert len(info) == 1
    assert "retrying GET /v1/projects/p/webhooks" in info[0]
    assert "after 429" in info[0]


async def test_bodies_are_not_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps({"name": "visible-only-with-body-logging"}).encode()
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
        await exchange(200, body=body, content_type="application/json")
    text = logged_text(caplog)
    assert "visible-only-with-body-logging" not in text
    assert TOKEN not in text and SECRET not in text


@pytest.mark.parametrize("switch", ["function", "env"])
async def test_body_logging_redacts_secrets(
    switch: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    if switch == "function":
        enable_body_logging()
    else:
        monkeypatch.setenv(BODY_LOG_ENV, "1")
    body = json.dumps({"name": "hook", "secret": SECRET, "auth": {"client_secret": SECRET}}).encode()
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
        await exchange(200, body=body, content_type="application/json")
    text = logged_text(caplog)
    assert '"name": "hook"' in text  # bodies are logged...
    assert '"expires_in": 3600' in text
    assert REDACTED in text
    assert SECRET not in text  # ...without their secrets
    assert TOKEN not in text
    assert "authorization" in text.lower()


async def test_token_form_body_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    enable_body_logging()
    form = f"grant_type=client_credentials&client_id=key-1&client_secret={SECRET}".encode()
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
        await exchange(200, body=form, content_type="application/x-www-form-urlencoded")
    text = logged_text(caplog)
    assert "grant_type=client_credentials" in text
    assert "client_id=key-1" in text
    assert SECRET not in text
    assert TOKEN not in text


async def test_body_logging_can_be_switched_off_again(caplog: pytest.LogCaptureFixture) -> None:
    enable_body_logging()
    enable_body_logging(False)
    with caplog.at_level(logging.DEBUG, logger="sinch_provisioning"):
        await exchange(200, body=b'{"name": "quiet"}', content_type="application/json")
    assert "quiet" not in logged_text(caplog)


# --- the redaction functions --------------------------------------------------------------------------


def test_redact_headers() -> None:
    headers = [
        ("Authorization", AUTH),
        ("Cookie", f"s={SECRET}"),
        ("X-Api-Key", SECRET),
        ("Content-Type", "application/json"),
    ]
    redacted = redact_headers(headers)
    assert redacted == {
        "Authorization": REDACTED,
        "Cookie": REDACTED,
        "X-Api-Key": REDACTED,
        "Content-Type": "application/json",
    }


@pytest.mark.parametrize(
    "key", ["client_secret", "clientSecret", "access_token", "accessToken", "token", "password", "secret"]
)
def test_redact_json_keys_at_any_depth(key: str) -> None:
    body = {"outer": [{"inner": {key: SECRET}}], key: SECRET, "keep": "me"}
    text = redact_body(json.dumps(body).encode(), "application/json")
    assert SECRET not in text
    assert json.loads(text)["keep"] == "me"
    assert json.loads(text)["outer"][0]["inner"][key] == REDACTED


@pytest.mark.parametrize(
    "text",
    [
        f'{{"client_secret": "{SECRET}", "truncated',  # broken JSON
        f"<html>token={SECRET}</html>",
        f"Authorization: Bearer {SECRET}",
        f"Basic {SECRET}",
        f"password: {SECRET}",
    ],
)
def test_redact_text_that_is_not_json(text: str) -> None:
    assert SECRET not in redact_body(text.encode(), "text/plain")


def test_redact_body_truncates() -> None:
    text = redact_body(b"a" * 10_000, "text/plain", limit=100)
    assert text == "a" * 100 + "..."
