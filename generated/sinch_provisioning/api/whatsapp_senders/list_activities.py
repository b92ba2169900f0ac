from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_sender_notification_list_dto import (
    WhatsappSenderNotificationListDto,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    sender_id: str,
    *,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/whatsapp/senders/{sender_id}/activities".format(
            project_id=quote(str(project_id), safe=""),
            sender_id=quote(str(sender_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsappPapiErrorDto | WhatsappSenderNotificationListDto | None:
    if response.status_code == 200:
        response_200 = WhatsappSenderNotificationListDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WhatsappPapiErrorDto | WhatsappSenderNotificationListDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
) -> Response[WhatsappPapiErrorDto | WhatsappSenderNotificationListDto]:
    """
    Args:
        project_id (str):
        sender_id (str):
        page_token (str | Unset):
        page_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappSenderNotificationListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        page_token=page_token,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
) -> WhatsappPapiErrorDto | WhatsappSenderNotificationListDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):
        page_token (str | Unset):
        page_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappPapiErrorDto | WhatsappSenderNotificationListDto
    """

    return sync_detailed(
        project_id=project_id,
        sender_id=sender_id,
        client=client,
        page_token=page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
) -> Response[WhatsappPapiErrorDto | WhatsappSenderNotificationListDto]:
    """
    Args:
        project_id (str):
        sender_id (str):
        page_token (str | Unset):
        page_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappSenderNotificationListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        page_token=page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
) -> WhatsappPapiErrorDto | WhatsappSenderNotificationListDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):
        page_token (str | Unset):
        page_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappPapiErrorDto | WhatsappSenderNotificationListDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            sender_id=sender_id,
            client=client,
            page_token=page_token,
            page_size=page_size,
        )
    ).parsed
