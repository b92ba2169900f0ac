from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_sender_dto import WhatsappSenderDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    sender_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/whatsapp/senders/{sender_id}".format(
            project_id=quote(str(project_id), safe=""),
            sender_id=quote(str(sender_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsappPapiErrorDto | WhatsappSenderDto | None:
    if response.status_code == 200:
        response_200 = WhatsappSenderDto.from_dict(response.json())

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
) -> Response[WhatsappPapiErrorDto | WhatsappSenderDto]:
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
) -> Response[WhatsappPapiErrorDto | WhatsappSenderDto]:
    """
    Args:
        project_id (str):
        sender_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
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
) -> WhatsappPapiErrorDto | WhatsappSenderDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappPapiErrorDto | WhatsappSenderDto
    """

    return sync_detailed(
        project_id=project_id,
        sender_id=sender_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WhatsappPapiErrorDto | WhatsappSenderDto]:
    """
    Args:
        project_id (str):
        sender_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WhatsappPapiErrorDto | WhatsappSenderDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappPapiErrorDto | WhatsappSenderDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            sender_id=sender_id,
            client=client,
        )
    ).parsed
