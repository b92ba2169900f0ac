from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundles_bundle_services_state_enum import BundlesBundleServicesStateEnum
from ...models.bundles_list_bundles_dto import BundlesListBundlesDto
from ...models.bundles_papi_error_dto import BundlesPapiErrorDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conv_app_ids: list[str] | Unset = UNSET,
    filter_sms_app_ids: list[str] | Unset = UNSET,
    filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_filter_conv_app_ids: list[str] | Unset = UNSET
    if not isinstance(filter_conv_app_ids, Unset):
        json_filter_conv_app_ids = filter_conv_app_ids

    params["filterConvAppIds"] = json_filter_conv_app_ids

    json_filter_sms_app_ids: list[str] | Unset = UNSET
    if not isinstance(filter_sms_app_ids, Unset):
        json_filter_sms_app_ids = filter_sms_app_ids

    params["filterSmsAppIds"] = json_filter_sms_app_ids

    json_filter_states: list[str] | Unset = UNSET
    if not isinstance(filter_states, Unset):
        json_filter_states = []
        for filter_states_item_data in filter_states:
            filter_states_item = filter_states_item_data.value
            json_filter_states.append(filter_states_item)

    params["filterStates"] = json_filter_states

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/bundles".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundlesListBundlesDto | BundlesPapiErrorDto | None:
    if response.status_code == 200:
        response_200 = BundlesListBundlesDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BundlesPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BundlesPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = BundlesPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BundlesListBundlesDto | BundlesPapiErrorDto]:
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
    filter_conv_app_ids: list[str] | Unset = UNSET,
    filter_sms_app_ids: list[str] | Unset = UNSET,
    filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
) -> Response[BundlesListBundlesDto | BundlesPapiErrorDto]:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_conv_app_ids (list[str] | Unset):
        filter_sms_app_ids (list[str] | Unset):
        filter_states (list[BundlesBundleServicesStateEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundlesListBundlesDto | BundlesPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_conv_app_ids=filter_conv_app_ids,
        filter_sms_app_ids=filter_sms_app_ids,
        filter_states=filter_states,
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
    filter_conv_app_ids: list[str] | Unset = UNSET,
    filter_sms_app_ids: list[str] | Unset = UNSET,
    filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
) -> BundlesListBundlesDto | BundlesPapiErrorDto | None:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_conv_app_ids (list[str] | Unset):
        filter_sms_app_ids (list[str] | Unset):
        filter_states (list[BundlesBundleServicesStateEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundlesListBundlesDto | BundlesPapiErrorDto
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page_token=page_token,
        page_size=page_size,
        filter_conv_app_ids=filter_conv_app_ids,
        filter_sms_app_ids=filter_sms_app_ids,
        filter_states=filter_states,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conv_app_ids: list[str] | Unset = UNSET,
    filter_sms_app_ids: list[str] | Unset = UNSET,
    filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
) -> Response[BundlesListBundlesDto | BundlesPapiErrorDto]:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_conv_app_ids (list[str] | Unset):
        filter_sms_app_ids (list[str] | Unset):
        filter_states (list[BundlesBundleServicesStateEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundlesListBundlesDto | BundlesPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_conv_app_ids=filter_conv_app_ids,
        filter_sms_app_ids=filter_sms_app_ids,
        filter_states=filter_states,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conv_app_ids: list[str] | Unset = UNSET,
    filter_sms_app_ids: list[str] | Unset = UNSET,
    filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
) -> BundlesListBundlesDto | BundlesPapiErrorDto | None:
    """
    Args:
        project_id (str):
        page_token (str | Unset):
        page_size (float | Unset):
        filter_conv_app_ids (list[str] | Unset):
        filter_sms_app_ids (list[str] | Unset):
        filter_states (list[BundlesBundleServicesStateEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundlesListBundlesDto | BundlesPapiErrorDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page_token=page_token,
            page_size=page_size,
            filter_conv_app_ids=filter_conv_app_ids,
            filter_sms_app_ids=filter_sms_app_ids,
            filter_states=filter_states,
        )
    ).parsed
