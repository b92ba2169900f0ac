from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...models.rcs_sender_dto import RcsSenderDto
from ...models.rcs_sender_input_dto import RcsSenderInputDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: RcsSenderInputDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/rcs/senders".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RcsPapiErrorDto | RcsSenderDto | None:
    if response.status_code == 201:
        response_201 = RcsSenderDto.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RcsPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RcsPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RcsPapiErrorDto.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RcsPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RcsPapiErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = RcsPapiErrorDto.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RcsPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsSenderInputDto,
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    """
    Args:
        project_id (str):
        body (RcsSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsSenderInputDto,
) -> RcsPapiErrorDto | RcsSenderDto | None:
    """
    Args:
        project_id (str):
        body (RcsSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RcsPapiErrorDto | RcsSenderDto
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsSenderInputDto,
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    """
    Args:
        project_id (str):
        body (RcsSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsSenderInputDto,
) -> RcsPapiErrorDto | RcsSenderDto | None:
    """
    Args:
        project_id (str):
        body (RcsSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RcsPapiErrorDto | RcsSenderDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
