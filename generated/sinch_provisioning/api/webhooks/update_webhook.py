from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook_papi_error_dto import WebhookPapiErrorDto
from ...models.webhook_update_webhook_input_dto import WebhookUpdateWebhookInputDto
from ...models.webhook_webhook_dto import WebhookWebhookDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    webhook_id: str,
    *,
    body: WebhookUpdateWebhookInputDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/webhooks/{webhook_id}".format(
            project_id=quote(str(project_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookPapiErrorDto | WebhookWebhookDto | None:
    if response.status_code == 200:
        response_200 = WebhookWebhookDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WebhookPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WebhookPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = WebhookPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WebhookPapiErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = WebhookPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookPapiErrorDto | WebhookWebhookDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateWebhookInputDto,
) -> Response[WebhookPapiErrorDto | WebhookWebhookDto]:
    """
    Args:
        project_id (str):
        webhook_id (str):
        body (WebhookUpdateWebhookInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookPapiErrorDto | WebhookWebhookDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateWebhookInputDto,
) -> WebhookPapiErrorDto | WebhookWebhookDto | None:
    """
    Args:
        project_id (str):
        webhook_id (str):
        body (WebhookUpdateWebhookInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookPapiErrorDto | WebhookWebhookDto
    """

    return sync_detailed(
        project_id=project_id,
        webhook_id=webhook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateWebhookInputDto,
) -> Response[WebhookPapiErrorDto | WebhookWebhookDto]:
    """
    Args:
        project_id (str):
        webhook_id (str):
        body (WebhookUpdateWebhookInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookPapiErrorDto | WebhookWebhookDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdateWebhookInputDto,
) -> WebhookPapiErrorDto | WebhookWebhookDto | None:
    """
    Args:
        project_id (str):
        webhook_id (str):
        body (WebhookUpdateWebhookInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookPapiErrorDto | WebhookWebhookDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    ).parsed
