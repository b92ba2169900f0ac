"""Typed status errors: the factory, what they carry, and what the generated functions raise."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sinch_provisioning import _errors
from sinch_provisioning._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FailedDependencyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    ProvisioningError,
    RateLimitError,
    status_error,
)
from sinch_provisioning.api.webhooks import create_webhook, delete_webhook, get_webhook, list_webhooks

EXPECTED: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    424: FailedDependencyError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    504: InternalServerError,
    599: InternalServerError,
    402: APIStatusError,
    418: APIStatusError,
    422: APIStatusError,
}

ERROR_BODY = {
    "errorCode": "WEBHOOK_NOT_FOUND",
    "message": "Webhook w-1 does not exist",
    "resolution": "Check the webhook id",
    "additionalInformation": {"webhookId": ["w-1"]},
}


def error_response(status: int, body: Any = ERROR_BODY, **kwargs: Any) -> httpx.Response:
    request = httpx.Request("GET", "https://api.example.test/v1/projects/p/webhooks/w-1")
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"content-type": "application/json", **kwargs.pop("headers", {})}
    return httpx.Response(status, content=content, headers=headers, request=request, **kwargs)


@pytest.mark.parametrize(("status", "cls"), sorted(EXPECTED.items()))
def test_status_error_picks_the_class_for_the_status(status: int, cls: type[APIStatusError]) -> None:
    error = status_error(error_response(status))
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert isinstance(error, ProvisioningError)
    assert error.status_code == status


def test_error_carries_the_body_fields_method_path_and_response() -> None:
    response = error_response(404)
    error = status_error(response, method="GET", path="/v1/projects/p/webhooks/w-1", operation="webhooks.get")
    assert error.error_code == "WEBHOOK_NOT_FOUND"
    assert error.message == "Webhook w-1 does not exist"
    assert error.resolution == "Check the webhook id"
    assert error.additional_information == {"webhookId": ["w-1"]}
    assert (error.method, error.path, error.operation) == (
        "GET",
        "/v1/projects/p/webhooks/w-1",
        "webhooks.get",
    )
    assert error.response is response
    text = str(error)
    for part in ("404", "WEBHOOK_NOT_FOUND", "Webhook w-1 does not exist", "Check the webhook id"):
        assert part in text


def test_method_and_path_default_to_the_request() -> None:
    error = status_error(error_response(409))
    assert (error.method, error.path) == ("GET", "/v1/projects/p/webhooks/w-1")


@pytest.mark.parametrize(
    "body",
    [b"", b"<html><body>Bad gateway</body></html>", b"not json", b"[1, 2]", b'{"errorCode": 7}', b"\xff\xfe"],
)
def test_error_bodies_that_are_not_the_error_schema_still_make_an_error(body: bytes) -> None:
    error = status_error(error_response(502, body, headers={"content-type": "text/html"}))
    assert isinstance(error, InternalServerError)
    assert error.error_code is None
    assert error.message is None
    assert "502" in str(error)


def test_long_bodies_are_truncated() -> None:
    error = status_error(error_response(500, b"x" * 100_000, headers={"content-type": "text/plain"}))
    assert len(error.body) <= _errors.BODY_LIMIT + 3
    assert len(str(error)) < 1_000


def test_secrets_in_an_error_body_do_not_reach_the_message() -> None:
    body = {"access_token": "tok-SECRET-1", "client_secret": "cs-SECRET-2"}
    assert "SECRET" not in str(status_error(error_response(400, body)))
    text_body = b"upstream said: client_secret=cs-SECRET-3 Authorization: Bearer tok-SECRET-4"
    error = status_error(error_response(500, text_body, headers={"content-type": "text/plain"}))
    assert "SECRET" not in str(error)


# --- generated functions -----------------------------------------------------------------------------


class Minimal:
    def __init__(self, handler: Any, *, raise_on_unexpected_status: bool = True) -> None:
        self.http = httpx.AsyncClient(
            base_url="https://api.example.test", transport=httpx.MockTransport(handler)
        )
        self.raise_on_unexpected_status = raise_on_unexpected_status

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.http


def answering(status: int, body: Any = ERROR_BODY, content_type: str = "application/json") -> Minimal:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return Minimal(handler)


@pytest.mark.parametrize(("status", "cls"), sorted(EXPECTED.items()))
async def test_asyncio_raises_the_typed_error(status: int, cls: type[APIStatusError]) -> None:
    with pytest.raises(cls) as raised:
        await get_webhook.asyncio("p", "w-1", client=answering(status))
    error = raised.value
    assert type(error) is cls
    assert error.method == "GET"
    assert error.path == "/v1/projects/p/webhooks/w-1"
    assert error.operation == "webhooks.get_webhook"
    assert error.error_code == "WEBHOOK_NOT_FOUND"


async def test_asyncio_raises_for_an_operation_without_a_body_too() -> None:
    with pytest.raises(ConflictError) as raised:
        await delete_webhook.asyncio("p", "w-1", client=answering(409))
    assert raised.value.method == "DELETE"


async def test_detailed_returns_the_response_for_a_documented_error() -> None:
    result = await get_webhook.asyncio_detailed("p", "w-1", client=answering(404))
    assert result.status_code == 404
    assert result.parsed is not None
    assert result.parsed.error_code == "WEBHOOK_NOT_FOUND"  # type: ignore[union-attr]


@pytest.mark.parametrize("status", [418, 502, 520])
async def test_detailed_returns_undocumented_error_statuses_unparsed(status: int) -> None:
    result = await get_webhook.asyncio_detailed("p", "w-1", client=answering(status))
    assert result.status_code == status
    assert result.parsed is None


async def test_detailed_returns_an_error_body_off_its_schema_unparsed() -> None:
    client = answering(404, b"<html>Not Found</html>", "text/html")
    result = await get_webhook.asyncio_detailed("p", "w-1", client=client)
    assert (result.status_code, result.parsed) == (404, None)
    assert result.content == b"<html>Not Found</html>"


async def test_success_returns_the_model() -> None:
    webhook = {"id": "w-1", "projectId": "p", "target": "https://example.test/h", "triggers": ["ALL"]}
    hook = await get_webhook.asyncio("p", "w-1", client=answering(200, webhook))
    assert hook.id == "w-1"


@pytest.mark.parametrize(
    ("error", "expected"),
    [(httpx.ConnectError("refused"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
)
async def test_transport_errors_without_the_retry_layer_are_sdk_errors(
    error: Exception, expected: type[Exception]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    for call in (
        list_webhooks.asyncio("p", client=Minimal(handler)),
        list_webhooks.asyncio_detailed("p", client=Minimal(handler)),
    ):
        with pytest.raises(expected) as raised:
            await call
        assert raised.value.__cause__ is error


async def test_post_error_names_the_operation() -> None:
    from sinch_provisioning.models import WebhookWebhookInputDto

    body = WebhookWebhookInputDto.from_dict(
        {"target": "https://e.test/h", "secret": "s", "triggers": ["ALL"]}
    )
    with pytest.raises(BadRequestError) as raised:
        await create_webhook.asyncio("p", body=body, client=answering(400))
    assert raised.value.operation == "webhooks.create_webhook"
    assert raised.value.method == "POST"
