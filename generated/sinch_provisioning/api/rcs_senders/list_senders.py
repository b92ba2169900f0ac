from typing import Any

import httpx

from ..._errors import ProvisioningError, status_error
from ..._parsing import (
    http_status,
    invalid_response,
    json_body,
    send,
    send_sync,
    undocumented_status,
)
from ..._paths import path_segment
from ...client import AuthenticatedClient, BaseClient, Client, SyncClient
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...models.rcs_sender_list_dto import RcsSenderListDto
from ...models.rcs_sender_sort_columns_enum import RcsSenderSortColumnsEnum
from ...models.rcs_sender_states_enum import RcsSenderStatesEnum
from ...models.rcs_sort_directions_enum import RcsSortDirectionsEnum
from ...types import UNSET, Response, Unset

_OPERATION = "rcs_senders.list_senders"
_METHOD = "GET"


def _get_kwargs(
    project_id: str,
    *,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conversation_api_app_id: str | Unset = UNSET,
    filter_sender_ids: str | Unset = UNSET,
    filter_sender_name: str | Unset = UNSET,
    filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
    sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    params["filterConversationApiAppId"] = filter_conversation_api_app_id

    params["filterSenderIds"] = filter_sender_ids

    params["filterSenderName"] = filter_sender_name

    json_filter_states: list[str] | Unset = UNSET
    if not isinstance(filter_states, Unset):
        json_filter_states = []
        for filter_states_item_data in filter_states:
            filter_states_item = filter_states_item_data.value
            json_filter_states.append(filter_states_item)

    params["filterStates"] = json_filter_states

    params["search"] = search

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sortColumn"] = json_sort_column

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/rcs/senders".format(
            project_id=path_segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_ok(*, response: httpx.Response) -> RcsSenderListDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = RcsSenderListDto.from_dict(json_body(response))

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> RcsPapiErrorDto | RcsSenderListDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 200 or client.raise_on_unexpected_status:
            return _parse_ok(response=response)
        return None
    try:
        if response.status_code == 400:
            response_400 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_400

        if response.status_code == 401:
            response_401 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_401

        if response.status_code == 403:
            response_403 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_403

        if response.status_code == 429:
            response_429 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_429

        if response.status_code == 500:
            response_500 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[RcsPapiErrorDto | RcsSenderListDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> RcsSenderListDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    *,
    client: SyncClient,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conversation_api_app_id: str | Unset = UNSET,
    filter_sender_ids: str | Unset = UNSET,
    filter_sender_name: str | Unset = UNSET,
    filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
    sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderListDto]:
    """``list_senders``

    ``GET /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-100.
        filter_conversation_api_app_id (str | Unset): optional.
        filter_sender_ids (str | Unset): optional.
        filter_sender_name (str | Unset): optional; deprecated.
        filter_states (list[RcsSenderStatesEnum] | Unset): optional; each item: one of: DRAFT,
            IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
        search (str | Unset): optional.
        sort_column (RcsSenderSortColumnsEnum | Unset): optional; one of: CREATED, MODIFIED, NAME,
            STATE.
        sort_direction (RcsSortDirectionsEnum | Unset): optional; one of: ASC, DESC.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderListDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 403, 429, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_conversation_api_app_id=filter_conversation_api_app_id,
        filter_sender_ids=filter_sender_ids,
        filter_sender_name=filter_sender_name,
        filter_states=filter_states,
        search=search,
        sort_column=sort_column,
        sort_direction=sort_direction,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: SyncClient,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conversation_api_app_id: str | Unset = UNSET,
    filter_sender_ids: str | Unset = UNSET,
    filter_sender_name: str | Unset = UNSET,
    filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
    sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
) -> RcsSenderListDto:
    """``list_senders``

    ``GET /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-100.
        filter_conversation_api_app_id (str | Unset): optional.
        filter_sender_ids (str | Unset): optional.
        filter_sender_name (str | Unset): optional; deprecated.
        filter_states (list[RcsSenderStatesEnum] | Unset): optional; each item: one of: DRAFT,
            IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
        search (str | Unset): optional.
        sort_column (RcsSenderSortColumnsEnum | Unset): optional; one of: CREATED, MODIFIED, NAME,
            STATE.
        sort_direction (RcsSortDirectionsEnum | Unset): optional; one of: ASC, DESC.

    Returns:
        RcsSenderListDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        PermissionDeniedError: HTTP 403.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_conversation_api_app_id=filter_conversation_api_app_id,
        filter_sender_ids=filter_sender_ids,
        filter_sender_name=filter_sender_name,
        filter_states=filter_states,
        search=search,
        sort_column=sort_column,
        sort_direction=sort_direction,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conversation_api_app_id: str | Unset = UNSET,
    filter_sender_ids: str | Unset = UNSET,
    filter_sender_name: str | Unset = UNSET,
    filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
    sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderListDto]:
    """``list_senders``

    ``GET /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-100.
        filter_conversation_api_app_id (str | Unset): optional.
        filter_sender_ids (str | Unset): optional.
        filter_sender_name (str | Unset): optional; deprecated.
        filter_states (list[RcsSenderStatesEnum] | Unset): optional; each item: one of: DRAFT,
            IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
        search (str | Unset): optional.
        sort_column (RcsSenderSortColumnsEnum | Unset): optional; one of: CREATED, MODIFIED, NAME,
            STATE.
        sort_direction (RcsSortDirectionsEnum | Unset): optional; one of: ASC, DESC.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderListDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 403, 429, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_conversation_api_app_id=filter_conversation_api_app_id,
        filter_sender_ids=filter_sender_ids,
        filter_sender_name=filter_sender_name,
        filter_states=filter_states,
        search=search,
        sort_column=sort_column,
        sort_direction=sort_direction,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    filter_conversation_api_app_id: str | Unset = UNSET,
    filter_sender_ids: str | Unset = UNSET,
    filter_sender_name: str | Unset = UNSET,
    filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
    sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
) -> RcsSenderListDto:
    """``list_senders``

    ``GET /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-100.
        filter_conversation_api_app_id (str | Unset): optional.
        filter_sender_ids (str | Unset): optional.
        filter_sender_name (str | Unset): optional; deprecated.
        filter_states (list[RcsSenderStatesEnum] | Unset): optional; each item: one of: DRAFT,
            IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
        search (str | Unset): optional.
        sort_column (RcsSenderSortColumnsEnum | Unset): optional; one of: CREATED, MODIFIED, NAME,
            STATE.
        sort_direction (RcsSortDirectionsEnum | Unset): optional; one of: ASC, DESC.

    Returns:
        RcsSenderListDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        PermissionDeniedError: HTTP 403.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_token=page_token,
        page_size=page_size,
        filter_conversation_api_app_id=filter_conversation_api_app_id,
        filter_sender_ids=filter_sender_ids,
        filter_sender_name=filter_sender_name,
        filter_states=filter_states,
        search=search,
        sort_column=sort_column,
        sort_direction=sort_direction,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
