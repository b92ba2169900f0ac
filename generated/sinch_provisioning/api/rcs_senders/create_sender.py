from collections.abc import Mapping
from typing import Any, cast

import httpx

from ..._checks import (
    coerce_body,
)
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
from ...models.rcs_sender_dto import RcsSenderDto
from ...models.rcs_sender_input_dto import RcsSenderInputDto
from ...types import Response

_OPERATION = "rcs_senders.create_sender"
_METHOD = "POST"


def _get_kwargs(
    project_id: str,
    *,
    body: RcsSenderInputDto | Mapping[str, Any],
) -> dict[str, Any]:
    body = cast(RcsSenderInputDto, coerce_body((RcsSenderInputDto,), body))

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/rcs/senders".format(
            project_id=path_segment("project_id", project_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_ok(*, response: httpx.Response) -> RcsSenderDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 201:
            response_201 = RcsSenderDto.from_dict(json_body(response))

            return response_201

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> RcsPapiErrorDto | RcsSenderDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 201 or client.raise_on_unexpected_status:
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

        if response.status_code == 404:
            response_404 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_404

        if response.status_code == 409:
            response_409 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_409

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
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> RcsSenderDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    *,
    client: SyncClient,
    body: RcsSenderInputDto | Mapping[str, Any],
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    """``create_sender``

    ``POST /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        body (RcsSenderInputDto | Mapping[str, Any]): required; sent as application/json;
            details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 201, 400, 401, 403, 404, 409, 429, 500.

    Raises:
        InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
            sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: StatusUpdate, OperatorStatusUpdate, Comment,
            BrandOrderStatusUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: SyncClient,
    body: RcsSenderInputDto | Mapping[str, Any],
) -> RcsSenderDto:
    """``create_sender``

    ``POST /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        body (RcsSenderInputDto | Mapping[str, Any]): required; sent as application/json;
            details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        RcsSenderDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        PermissionDeniedError: HTTP 403.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
            sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: StatusUpdate, OperatorStatusUpdate, Comment,
            BrandOrderStatusUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsSenderInputDto | Mapping[str, Any],
) -> Response[RcsPapiErrorDto | RcsSenderDto]:
    """``create_sender``

    ``POST /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        body (RcsSenderInputDto | Mapping[str, Any]): required; sent as application/json;
            details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 201, 400, 401, 403, 404, 409, 429, 500.

    Raises:
        InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
            sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: StatusUpdate, OperatorStatusUpdate, Comment,
            BrandOrderStatusUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RcsSenderInputDto | Mapping[str, Any],
) -> RcsSenderDto:
    """``create_sender``

    ``POST /v1/projects/{project_id}/rcs/senders``

    Args:
        project_id (str): required.
        body (RcsSenderInputDto | Mapping[str, Any]): required; sent as application/json;
            details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        RcsSenderDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        PermissionDeniedError: HTTP 403.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
            sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: StatusUpdate, OperatorStatusUpdate, Comment,
            BrandOrderStatusUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
