from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    template_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}/whatsapp/templates/{template_name}".format(
            project_id=quote(str(project_id), safe=""),
            template_name=quote(str(template_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WhatsappPapiErrorDto | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WhatsappPapiErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | WhatsappPapiErrorDto]:
    """
    Args:
        project_id (str):
        template_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WhatsappPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | WhatsappPapiErrorDto | None:
    """
    Args:
        project_id (str):
        template_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WhatsappPapiErrorDto
    """

    return sync_detailed(
        project_id=project_id,
        template_name=template_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | WhatsappPapiErrorDto]:
    """
    Args:
        project_id (str):
        template_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WhatsappPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | WhatsappPapiErrorDto | None:
    """
    Args:
        project_id (str):
        template_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WhatsappPapiErrorDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            template_name=template_name,
            client=client,
        )
    ).parsed
