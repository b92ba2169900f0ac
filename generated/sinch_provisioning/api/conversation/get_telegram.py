from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_papi_error_dto import ConversationPapiErrorDto
from ...models.conversation_telegram_bot_info_dto import ConversationTelegramBotInfoDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    conversation_app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/conversation/apps/{conversation_app_id}/telegram".format(
            project_id=quote(str(project_id), safe=""),
            conversation_app_id=quote(str(conversation_app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationPapiErrorDto | ConversationTelegramBotInfoDto | None:
    if response.status_code == 200:
        response_200 = ConversationTelegramBotInfoDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ConversationPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ConversationPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ConversationPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ConversationPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationPapiErrorDto | ConversationTelegramBotInfoDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    conversation_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConversationPapiErrorDto | ConversationTelegramBotInfoDto]:
    """
    Args:
        project_id (str):
        conversation_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationPapiErrorDto | ConversationTelegramBotInfoDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        conversation_app_id=conversation_app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    conversation_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConversationPapiErrorDto | ConversationTelegramBotInfoDto | None:
    """
    Args:
        project_id (str):
        conversation_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationPapiErrorDto | ConversationTelegramBotInfoDto
    """

    return sync_detailed(
        project_id=project_id,
        conversation_app_id=conversation_app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    conversation_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConversationPapiErrorDto | ConversationTelegramBotInfoDto]:
    """
    Args:
        project_id (str):
        conversation_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationPapiErrorDto | ConversationTelegramBotInfoDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        conversation_app_id=conversation_app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    conversation_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConversationPapiErrorDto | ConversationTelegramBotInfoDto | None:
    """
    Args:
        project_id (str):
        conversation_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationPapiErrorDto | ConversationTelegramBotInfoDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            conversation_app_id=conversation_app_id,
            client=client,
        )
    ).parsed
