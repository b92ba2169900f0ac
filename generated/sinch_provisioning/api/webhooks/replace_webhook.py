from collections.abc import Mapping
from typing import Any, cast

import httpx

from ..._checks import (
    coerce_body,
)
from ..._errors import ProvisioningError, status_error
from ..._parsing import (
    http_status,
    invalid_response,
    json_body,
    send,
    send_sync,
    undocumented_status,
)
from ..._paths import path_segment
from ...client import AuthenticatedClient, BaseClient, Client, SyncClient
from ...models.webhook_papi_error_dto import WebhookPapiErrorDto
from ...models.webhook_webhook_dto import WebhookWebhookDto
from ...models.webhook_webhook_input_dto import WebhookWebhookInputDto
from ...types import Response

_OPERATION = "webhooks.replace_webhook"
_METHOD = "PUT"


def _get_kwargs(
    project_id: str,
    webhook_id: str,
    *,
    body: WebhookWebhookInputDto | Mapping[str, Any],
) -> dict[str, Any]:
    body = cast(WebhookWebhookInputDto, coerce_body((WebhookWebhookInputDto,), body))

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{project_id}/webhooks/{webhook_id}".format(
            project_id=path_segment("project_id", project_id),
            webhook_id=path_segment("webhook_id", webhook_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_ok(*, response: httpx.Response) -> WebhookWebhookDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = WebhookWebhookDto.from_dict(json_body(response))

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> WebhookPapiErrorDto | WebhookWebhookDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 200 or client.raise_on_unexpected_status:
            return _parse_ok(response=response)
        return None
    try:
        if response.status_code == 400:
            response_400 = WebhookPapiErrorDto.from_dict(json_body(response))

            return response_400

        if response.status_code == 401:
            response_401 = WebhookPapiErrorDto.from_dict(json_body(response))

            return response_401

        if response.status_code == 404:
            response_404 = WebhookPapiErrorDto.from_dict(json_body(response))

            return response_404

        if response.status_code == 409:
            response_409 = WebhookPapiErrorDto.from_dict(json_body(response))

            return response_409

        if response.status_code == 500:
            response_500 = WebhookPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[WebhookPapiErrorDto | WebhookWebhookDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> WebhookWebhookDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    webhook_id: str,
    *,
    client: SyncClient,
    body: WebhookWebhookInputDto | Mapping[str, Any],
) -> Response[WebhookPapiErrorDto | WebhookWebhookDto]:
    """``replace_webhook``

    ``PUT /v1/projects/{project_id}/webhooks/{webhook_id}``

    Args:
        project_id (str): required.
        webhook_id (str): required.
        body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        Response[WebhookPapiErrorDto | WebhookWebhookDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 409, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    webhook_id: str,
    *,
    client: SyncClient,
    body: WebhookWebhookInputDto | Mapping[str, Any],
) -> WebhookWebhookDto:
    """``replace_webhook``

    ``PUT /v1/projects/{project_id}/webhooks/{webhook_id}``

    Args:
        project_id (str): required.
        webhook_id (str): required.
        body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        WebhookWebhookDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookWebhookInputDto | Mapping[str, Any],
) -> Response[WebhookPapiErrorDto | WebhookWebhookDto]:
    """``replace_webhook``

    ``PUT /v1/projects/{project_id}/webhooks/{webhook_id}``

    Args:
        project_id (str): required.
        webhook_id (str): required.
        body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        Response[WebhookPapiErrorDto | WebhookWebhookDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 409, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookWebhookInputDto | Mapping[str, Any],
) -> WebhookWebhookDto:
    """``replace_webhook``

    ``PUT /v1/projects/{project_id}/webhooks/{webhook_id}``

    Args:
        project_id (str): required.
        webhook_id (str): required.
        body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        WebhookWebhookDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
