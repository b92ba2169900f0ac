from collections.abc import Mapping
from typing import Any, cast

import httpx

from ..._checks import (
    MISSING,
    coerce_body,
    mismatch,
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
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_sender_input_verify_dto import WhatsappSenderInputVerifyDto
from ...types import Response

_OPERATION = "whatsapp_senders.verify"
_METHOD = "POST"


def _get_kwargs(
    project_id: str,
    sender_id: str,
    *,
    body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
) -> dict[str, Any]:
    body = cast(
        WhatsappSenderInputVerifyDto, coerce_body((WhatsappSenderInputVerifyDto,), body)
    )

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify".format(
            project_id=path_segment("project_id", project_id),
            sender_id=path_segment("sender_id", sender_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_ok(*, response: httpx.Response) -> None:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 204:
            response_204 = None
            if response_204 is MISSING:
                raise mismatch("any value", response_204)

            return response_204

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> Any | WhatsappPapiErrorDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 204 or client.raise_on_unexpected_status:
            _parse_ok(response=response)
            return None
        return None
    try:
        if response.status_code == 400:
            response_400 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_400

        if response.status_code == 401:
            response_401 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_401

        if response.status_code == 404:
            response_404 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_404

        if response.status_code == 409:
            response_409 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_409

        if response.status_code == 500:
            response_500 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Any | WhatsappPapiErrorDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> None:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    sender_id: str,
    *,
    client: SyncClient,
    body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
) -> Response[Any | WhatsappPapiErrorDto]:
    """``verify``

    ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify``

    Args:
        project_id (str): required.
        sender_id (str): required.
        body (WhatsappSenderInputVerifyDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        Response[Any | WhatsappPapiErrorDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 204, 400, 401, 404, 409, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    sender_id: str,
    *,
    client: SyncClient,
    body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
) -> None:
    """``verify``

    ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify``

    Args:
        project_id (str): required.
        sender_id (str): required.
        body (WhatsappSenderInputVerifyDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        None

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
) -> Response[Any | WhatsappPapiErrorDto]:
    """``verify``

    ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify``

    Args:
        project_id (str): required.
        sender_id (str): required.
        body (WhatsappSenderInputVerifyDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        Response[Any | WhatsappPapiErrorDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 204, 400, 401, 404, 409, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
) -> None:
    """``verify``

    ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify``

    Args:
        project_id (str): required.
        sender_id (str): required.
        body (WhatsappSenderInputVerifyDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        None

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        sender_id=sender_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
