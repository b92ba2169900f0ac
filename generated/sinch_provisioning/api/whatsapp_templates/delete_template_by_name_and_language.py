from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    delete_submitted: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deleteSubmitted"] = delete_submitted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}".format(
            project_id=quote(str(project_id), safe=""),
            template_name=quote(str(template_name), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
        "params": params,
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
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    delete_submitted: bool | Unset = False,
) -> Response[Any | WhatsappPapiErrorDto]:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        delete_submitted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WhatsappPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        delete_submitted=delete_submitted,
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
    delete_submitted: bool | Unset = False,
) -> Any | WhatsappPapiErrorDto | None:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        delete_submitted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WhatsappPapiErrorDto
    """

    return sync_detailed(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        client=client,
        delete_submitted=delete_submitted,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    delete_submitted: bool | Unset = False,
) -> Response[Any | WhatsappPapiErrorDto]:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        delete_submitted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WhatsappPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        delete_submitted=delete_submitted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    delete_submitted: bool | Unset = False,
) -> Any | WhatsappPapiErrorDto | None:
    """
    Args:
        project_id (str):
        template_name (str):
        language_code (WhatsappTemplateLanguagesEnum):
        delete_submitted (bool | Unset):  Default: False.

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
            language_code=language_code,
            client=client,
            delete_submitted=delete_submitted,
        )
    ).parsed
