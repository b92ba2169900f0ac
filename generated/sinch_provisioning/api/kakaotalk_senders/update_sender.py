from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kakaotalk_input_update_sender_dto import KakaotalkInputUpdateSenderDto
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_sender_dto import KakaotalkSenderDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    plus_friend_id: str,
    *,
    body: KakaotalkInputUpdateSenderDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}".format(
            project_id=quote(str(project_id), safe=""),
            plus_friend_id=quote(str(plus_friend_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KakaotalkPapiErrorDto | KakaotalkSenderDto | None:
    if response.status_code == 200:
        response_200 = KakaotalkSenderDto.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = KakaotalkPapiErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = KakaotalkPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KakaotalkPapiErrorDto | KakaotalkSenderDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KakaotalkInputUpdateSenderDto,
) -> Response[KakaotalkPapiErrorDto | KakaotalkSenderDto]:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        body (KakaotalkInputUpdateSenderDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KakaotalkInputUpdateSenderDto,
) -> KakaotalkPapiErrorDto | KakaotalkSenderDto | None:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        body (KakaotalkInputUpdateSenderDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkSenderDto
    """

    return sync_detailed(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KakaotalkInputUpdateSenderDto,
) -> Response[KakaotalkPapiErrorDto | KakaotalkSenderDto]:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        body (KakaotalkInputUpdateSenderDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KakaotalkInputUpdateSenderDto,
) -> KakaotalkPapiErrorDto | KakaotalkSenderDto | None:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        body (KakaotalkInputUpdateSenderDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkSenderDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            plus_friend_id=plus_friend_id,
            client=client,
            body=body,
        )
    ).parsed
