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
from ...models.rcs_test_number_state_dto import RcsTestNumberStateDto
from ...types import Response

_OPERATION = "rcs_senders.retry_test_number"
_METHOD = "GET"


def _get_kwargs(
    project_id: str,
    sender_id: str,
    test_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry".format(
            project_id=path_segment("project_id", project_id),
            sender_id=path_segment("sender_id", sender_id),
            test_number=path_segment("test_number", test_number),
        ),
    }

    return _kwargs


def _parse_ok(*, response: httpx.Response) -> RcsTestNumberStateDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = RcsTestNumberStateDto.from_dict(json_body(response))

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> RcsPapiErrorDto | RcsTestNumberStateDto | None:
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

        if response.status_code == 404:
            response_404 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_404

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
) -> Response[RcsPapiErrorDto | RcsTestNumberStateDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> RcsTestNumberStateDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: SyncClient,
) -> Response[RcsPapiErrorDto | RcsTestNumberStateDto]:
    """``retry_test_number``

    ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry``

    Args:
        project_id (str): required.
        sender_id (str): required.
        test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        Response[RcsPapiErrorDto | RcsTestNumberStateDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 429, 500.

    Raises:
        InvalidE164Error: not an E.164 number: test_number (checked before sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: SyncClient,
) -> RcsTestNumberStateDto:
    """``retry_test_number``

    ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry``

    Args:
        project_id (str): required.
        sender_id (str): required.
        test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        RcsTestNumberStateDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        InvalidE164Error: not an E.164 number: test_number (checked before sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RcsPapiErrorDto | RcsTestNumberStateDto]:
    """``retry_test_number``

    ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry``

    Args:
        project_id (str): required.
        sender_id (str): required.
        test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        Response[RcsPapiErrorDto | RcsTestNumberStateDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 429, 500.

    Raises:
        InvalidE164Error: not an E.164 number: test_number (checked before sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sender_id: str,
    test_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> RcsTestNumberStateDto:
    """``retry_test_number``

    ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry``

    Args:
        project_id (str): required.
        sender_id (str): required.
        test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
            before sending.

    Returns:
        RcsTestNumberStateDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        InvalidE164Error: not an E.164 number: test_number (checked before sending).
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        test_number=test_number,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
