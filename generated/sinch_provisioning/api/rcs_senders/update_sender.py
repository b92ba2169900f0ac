from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...models.rcs_sender_dto import RcsSenderDto
from ...models.rcs_update_sender_input_dto import RcsUpdateSenderInputDto
from ...models.rcs_us_questionnaire_versions_enum import RcsUsQuestionnaireVersionsEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    sender_id: str,
    *,
    body: RcsUpdateSenderInputDto,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_us_questionnaire_version: str | Unset = UNSET
    if not isinstance(us_questionnaire_version, Unset):
        json_us_questionnaire_version = us_questionnaire_version.value

    params["usQuestionnaireVersion"] = json_us_questionnaire_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/rcs/senders/{sender_id}".format(
            project_id=quote(str(project_id), safe=""),
            sender_id=quote(str(sender_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RcsPapiErrorDto | RcsSenderDto | None:
    if response.status_code == 200:
        response_200 = RcsSenderDto.from_dict(response.json())

        return response_200

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
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsUpdateSenderInputDto,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    """
    Args:
        project_id (str):
        sender_id (str):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):
        body (RcsUpdateSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        body=body,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsUpdateSenderInputDto,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> RcsPapiErrorDto | RcsSenderDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):
        body (RcsUpdateSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RcsPapiErrorDto | RcsSenderDto
    """

    return sync_detailed(
        project_id=project_id,
        sender_id=sender_id,
        client=client,
        body=body,
        us_questionnaire_version=us_questionnaire_version,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsUpdateSenderInputDto,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    """
    Args:
        project_id (str):
        sender_id (str):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):
        body (RcsUpdateSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        body=body,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsUpdateSenderInputDto,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> RcsPapiErrorDto | RcsSenderDto | None:
    """
    Args:
        project_id (str):
        sender_id (str):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):
        body (RcsUpdateSenderInputDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RcsPapiErrorDto | RcsSenderDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            sender_id=sender_id,
            client=client,
            body=body,
            us_questionnaire_version=us_questionnaire_version,
        )
    ).parsed
