from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_template_notification_list_dto import (
    KakaotalkTemplateNotificationListDto,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    plus_friend_id: str,
    template_code: str,
    *,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/activities".format(
            project_id=quote(str(project_id), safe=""),
            plus_friend_id=quote(str(plus_friend_id), safe=""),
            template_code=quote(str(template_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto | None:
    if response.status_code == 200:
        response_200 = KakaotalkTemplateNotificationListDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = KakaotalkPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = KakaotalkPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = KakaotalkPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = KakaotalkPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    plus_friend_id: str,
    template_code: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto]:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        template_code (str):
        page_size (float | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        template_code=template_code,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    plus_friend_id: str,
    template_code: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto | None:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        template_code (str):
        page_size (float | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto
    """

    return sync_detailed(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        template_code=template_code,
        client=client,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    plus_friend_id: str,
    template_code: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto]:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        template_code (str):
        page_size (float | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        template_code=template_code,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    plus_friend_id: str,
    template_code: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto | None:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        template_code (str):
        page_size (float | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkTemplateNotificationListDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=client,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
