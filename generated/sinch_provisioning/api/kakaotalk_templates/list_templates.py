from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_template_list_dto import KakaotalkTemplateListDto
from ...models.kakaotalk_template_states_enum import KakaotalkTemplateStatesEnum
from ...models.kakaotalk_template_statuses_enum import KakaotalkTemplateStatusesEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    plus_friend_id: str,
    *,
    filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_states: list[str] | Unset = UNSET
    if not isinstance(filter_states, Unset):
        json_filter_states = []
        for filter_states_item_data in filter_states:
            filter_states_item = filter_states_item_data.value
            json_filter_states.append(filter_states_item)

    params["filterStates"] = json_filter_states

    json_filter_statuses: list[str] | Unset = UNSET
    if not isinstance(filter_statuses, Unset):
        json_filter_statuses = []
        for filter_statuses_item_data in filter_statuses:
            filter_statuses_item = filter_statuses_item_data.value
            json_filter_statuses.append(filter_statuses_item)

    params["filterStatuses"] = json_filter_statuses

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params["templateName"] = template_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates".format(
            project_id=quote(str(project_id), safe=""),
            plus_friend_id=quote(str(plus_friend_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KakaotalkPapiErrorDto | KakaotalkTemplateListDto | None:
    if response.status_code == 200:
        response_200 = KakaotalkTemplateListDto.from_dict(response.json())

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
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateListDto]:
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
    filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateListDto]:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        filter_states (list[KakaotalkTemplateStatesEnum] | Unset):
        filter_statuses (list[KakaotalkTemplateStatusesEnum] | Unset):
        page_size (float | Unset):
        page_token (str | Unset):
        template_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        filter_states=filter_states,
        filter_statuses=filter_statuses,
        page_size=page_size,
        page_token=page_token,
        template_name=template_name,
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
    filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
) -> KakaotalkPapiErrorDto | KakaotalkTemplateListDto | None:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        filter_states (list[KakaotalkTemplateStatesEnum] | Unset):
        filter_statuses (list[KakaotalkTemplateStatusesEnum] | Unset):
        page_size (float | Unset):
        page_token (str | Unset):
        template_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkTemplateListDto
    """

    return sync_detailed(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        client=client,
        filter_states=filter_states,
        filter_statuses=filter_statuses,
        page_size=page_size,
        page_token=page_token,
        template_name=template_name,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateListDto]:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        filter_states (list[KakaotalkTemplateStatesEnum] | Unset):
        filter_statuses (list[KakaotalkTemplateStatusesEnum] | Unset):
        page_size (float | Unset):
        page_token (str | Unset):
        template_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        filter_states=filter_states,
        filter_statuses=filter_statuses,
        page_size=page_size,
        page_token=page_token,
        template_name=template_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
) -> KakaotalkPapiErrorDto | KakaotalkTemplateListDto | None:
    """
    Args:
        project_id (str):
        plus_friend_id (str):
        filter_states (list[KakaotalkTemplateStatesEnum] | Unset):
        filter_statuses (list[KakaotalkTemplateStatusesEnum] | Unset):
        page_size (float | Unset):
        page_token (str | Unset):
        template_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkTemplateListDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            plus_friend_id=plus_friend_id,
            client=client,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            page_size=page_size,
            page_token=page_token,
            template_name=template_name,
        )
    ).parsed
