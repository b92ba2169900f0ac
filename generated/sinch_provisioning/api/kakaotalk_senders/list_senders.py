from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_sender_list_dto import KakaotalkSenderListDto
from ...models.kakaotalk_sender_states_enum import KakaotalkSenderStatesEnum
from ...models.kakaotalk_sender_statuses_enum import KakaotalkSenderStatusesEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["pageSize"] = page_size

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/kakaotalk/senders".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KakaotalkPapiErrorDto | KakaotalkSenderListDto | None:
    if response.status_code == 200:
        response_200 = KakaotalkSenderListDto.from_dict(response.json())

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
) -> Response[KakaotalkPapiErrorDto | KakaotalkSenderListDto]:
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
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkSenderListDto]:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_states (list[KakaotalkSenderStatesEnum] | Unset):
        filter_statuses (list[KakaotalkSenderStatusesEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkSenderListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_states=filter_states,
        filter_statuses=filter_statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
) -> KakaotalkPapiErrorDto | KakaotalkSenderListDto | None:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_states (list[KakaotalkSenderStatesEnum] | Unset):
        filter_statuses (list[KakaotalkSenderStatusesEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkSenderListDto
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page_token=page_token,
        page_size=page_size,
        filter_states=filter_states,
        filter_statuses=filter_statuses,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkSenderListDto]:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_states (list[KakaotalkSenderStatesEnum] | Unset):
        filter_statuses (list[KakaotalkSenderStatusesEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkSenderListDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_states=filter_states,
        filter_statuses=filter_statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
    filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
) -> KakaotalkPapiErrorDto | KakaotalkSenderListDto | None:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_states (list[KakaotalkSenderStatesEnum] | Unset):
        filter_statuses (list[KakaotalkSenderStatusesEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KakaotalkPapiErrorDto | KakaotalkSenderListDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page_token=page_token,
            page_size=page_size,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
        )
    ).parsed
