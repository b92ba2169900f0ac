from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_papi_error_dto import SmsPapiErrorDto
from ...models.sms_sms_app_dto import SmsSmsAppDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    sms_app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/sms/smsApps/{sms_app_id}".format(
            project_id=quote(str(project_id), safe=""),
            sms_app_id=quote(str(sms_app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsPapiErrorDto | SmsSmsAppDto | None:
    if response.status_code == 200:
        response_200 = SmsSmsAppDto.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = SmsPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = SmsPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = SmsPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmsPapiErrorDto | SmsSmsAppDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    sms_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SmsPapiErrorDto | SmsSmsAppDto]:
    """
    Args:
        project_id (str):
        sms_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsPapiErrorDto | SmsSmsAppDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sms_app_id=sms_app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    sms_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SmsPapiErrorDto | SmsSmsAppDto | None:
    """
    Args:
        project_id (str):
        sms_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsPapiErrorDto | SmsSmsAppDto
    """

    return sync_detailed(
        project_id=project_id,
        sms_app_id=sms_app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    sms_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SmsPapiErrorDto | SmsSmsAppDto]:
    """
    Args:
        project_id (str):
        sms_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsPapiErrorDto | SmsSmsAppDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sms_app_id=sms_app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sms_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SmsPapiErrorDto | SmsSmsAppDto | None:
    """
    Args:
        project_id (str):
        sms_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsPapiErrorDto | SmsSmsAppDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            sms_app_id=sms_app_id,
            client=client,
        )
    ).parsed
