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
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_template_category_list_dto import (
    KakaotalkTemplateCategoryListDto,
)
from ...types import UNSET, Response, Unset

_OPERATION = "kakaotalk_categories.get_template_categories"
_METHOD = "GET"


def _get_kwargs(
    project_id: str,
    plus_friend_id: str,
    *,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates".format(
            project_id=path_segment("project_id", project_id),
            plus_friend_id=path_segment("plus_friend_id", plus_friend_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_ok(*, response: httpx.Response) -> KakaotalkTemplateCategoryListDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = KakaotalkTemplateCategoryListDto.from_dict(
                json_body(response)
            )

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> KakaotalkPapiErrorDto | KakaotalkTemplateCategoryListDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 200 or client.raise_on_unexpected_status:
            return _parse_ok(response=response)
        return None
    try:
        if response.status_code == 400:
            response_400 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_400

        if response.status_code == 401:
            response_401 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_401

        if response.status_code == 404:
            response_404 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_404

        if response.status_code == 500:
            response_500 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateCategoryListDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> KakaotalkTemplateCategoryListDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: SyncClient,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateCategoryListDto]:
    """``get_template_categories``

    ``GET /v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        page_size (float | Unset): optional; value 1-100.
        page_token (str | Unset): optional.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateCategoryListDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    plus_friend_id: str,
    *,
    client: SyncClient,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> KakaotalkTemplateCategoryListDto:
    """``get_template_categories``

    ``GET /v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        page_size (float | Unset): optional; value 1-100.
        page_token (str | Unset): optional.

    Returns:
        KakaotalkTemplateCategoryListDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateCategoryListDto]:
    """``get_template_categories``

    ``GET /v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        page_size (float | Unset): optional; value 1-100.
        page_token (str | Unset): optional.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateCategoryListDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: float | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> KakaotalkTemplateCategoryListDto:
    """``get_template_categories``

    ``GET /v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        page_size (float | Unset): optional; value 1-100.
        page_token (str | Unset): optional.

    Returns:
        KakaotalkTemplateCategoryListDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
