from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_template_dto import WhatsappTemplateDto
from ...models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum
from ...models.whatsapp_update_template_input_dto import WhatsappUpdateTemplateInputDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    body: WhatsappUpdateTemplateInputDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}".format(
            project_id=quote(str(project_id), safe=""),
            template_name=quote(str(template_name), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsappPapiErrorDto | WhatsappTemplateDto | None:
    if response.status_code == 200:
        response_200 = WhatsappTemplateDto.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 424:
        response_424 = WhatsappPapiErrorDto.from_dict(response.json())

        return response_424

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
) -> Response[WhatsappPapiErrorDto | WhatsappTemplateDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappUpdateTemplateInputDto,
) -> Response[WhatsappPapiErrorDto | WhatsappTemplateDto]:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        body (WhatsappUpdateTemplateInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappTemplateDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappUpdateTemplateInputDto,
) -> WhatsappPapiErrorDto | WhatsappTemplateDto | None:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        body (WhatsappUpdateTemplateInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappPapiErrorDto | WhatsappTemplateDto
    """

    return sync_detailed(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappUpdateTemplateInputDto,
) -> Response[WhatsappPapiErrorDto | WhatsappTemplateDto]:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        body (WhatsappUpdateTemplateInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappTemplateDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappUpdateTemplateInputDto,
) -> WhatsappPapiErrorDto | WhatsappTemplateDto | None:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        body (WhatsappUpdateTemplateInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsappPapiErrorDto | WhatsappTemplateDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            template_name=template_name,
            language_code=language_code,
            client=client,
            body=body,
        )
    ).parsed
