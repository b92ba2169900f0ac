from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    sender_id: str,
    test_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}".format(
            project_id=quote(str(project_id), safe=""),
            sender_id=quote(str(sender_id), safe=""),
            test_number=quote(str(test_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RcsPapiErrorDto | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = RcsPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RcsPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = RcsPapiErrorDto.from_dict(response.json())

        return response_404

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
) -> Response[Any | RcsPapiErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RcsPapiErrorDto]:
    """
    Args:
        project_id (str):
        sender_id (str):
        test_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RcsPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RcsPapiErrorDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):
        test_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RcsPapiErrorDto
    """

    return sync_detailed(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RcsPapiErrorDto]:
    """
    Args:
        project_id (str):
        sender_id (str):
        test_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RcsPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RcsPapiErrorDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):
        test_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RcsPapiErrorDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=client,
        )
    ).parsed
