from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whatsapp_account_dto import WhatsappAccountDto
from ...models.whatsapp_input_account_dto_deprecated import (
    WhatsappInputAccountDtoDeprecated,
)
from ...models.whatsapp_input_account_partner_initiated_dto import (
    WhatsappInputAccountPartnerInitiatedDto,
)
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/whatsapp".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if isinstance(body, WhatsappInputAccountPartnerInitiatedDto):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsappAccountDto | WhatsappPapiErrorDto | None:
    if response.status_code == 201:
        response_201 = WhatsappAccountDto.from_dict(response.json())

        return response_201

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

    if response.status_code == 500:
        response_500 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WhatsappAccountDto | WhatsappPapiErrorDto]:
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
    body: WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto,
) -> Response[WhatsappAccountDto | WhatsappPapiErrorDto]:
    """
    Args:
        project_id (str):
        body (WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappAccountDto | WhatsappPapiErrorDto]
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
    body: WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto,
) -> WhatsappAccountDto | WhatsappPapiErrorDto | None:
    """
    Args:
        project_id (str):
        body (WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappAccountDto | WhatsappPapiErrorDto
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
    body: WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto,
) -> Response[WhatsappAccountDto | WhatsappPapiErrorDto]:
    """
    Args:
        project_id (str):
        body (WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappAccountDto | WhatsappPapiErrorDto]
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
    body: WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto,
) -> WhatsappAccountDto | WhatsappPapiErrorDto | None:
    """
    Args:
        project_id (str):
        body (WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappAccountDto | WhatsappPapiErrorDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
