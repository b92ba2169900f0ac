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
from ...models.conversation_messenger_info_dto import ConversationMessengerInfoDto
from ...models.conversation_papi_error_dto import ConversationPapiErrorDto
from ...types import Response

_OPERATION = "conversation.get_messenger"
_METHOD = "GET"


def _get_kwargs(
    project_id: str,
    conversation_app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger".format(
            project_id=path_segment("project_id", project_id),
            conversation_app_id=path_segment(
                "conversation_app_id", conversation_app_id
            ),
        ),
    }

    return _kwargs


def _parse_ok(*, response: httpx.Response) -> ConversationMessengerInfoDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = ConversationMessengerInfoDto.from_dict(json_body(response))

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> ConversationMessengerInfoDto | ConversationPapiErrorDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 200 or client.raise_on_unexpected_status:
            return _parse_ok(response=response)
        return None
    try:
        if response.status_code == 400:
            response_400 = ConversationPapiErrorDto.from_dict(json_body(response))

            return response_400

        if response.status_code == 401:
            response_401 = ConversationPapiErrorDto.from_dict(json_body(response))

            return response_401

        if response.status_code == 404:
            response_404 = ConversationPapiErrorDto.from_dict(json_body(response))

            return response_404

        if response.status_code == 500:
            response_500 = ConversationPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[ConversationMessengerInfoDto | ConversationPapiErrorDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> ConversationMessengerInfoDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    conversation_app_id: str,
    *,
    client: SyncClient,
) -> Response[ConversationMessengerInfoDto | ConversationPapiErrorDto]:
    """``get_messenger``

    ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``

    Args:
        project_id (str): required.
        conversation_app_id (str): required.

    Returns:
        Response[ConversationMessengerInfoDto | ConversationPapiErrorDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        conversation_app_id=conversation_app_id,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    conversation_app_id: str,
    *,
    client: SyncClient,
) -> ConversationMessengerInfoDto:
    """``get_messenger``

    ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``

    Args:
        project_id (str): required.
        conversation_app_id (str): required.

    Returns:
        ConversationMessengerInfoDto

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
        conversation_app_id=conversation_app_id,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    conversation_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConversationMessengerInfoDto | ConversationPapiErrorDto]:
    """``get_messenger``

    ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``

    Args:
        project_id (str): required.
        conversation_app_id (str): required.

    Returns:
        Response[ConversationMessengerInfoDto | ConversationPapiErrorDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        conversation_app_id=conversation_app_id,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    conversation_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConversationMessengerInfoDto:
    """``get_messenger``

    ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``

    Args:
        project_id (str): required.
        conversation_app_id (str): required.

    Returns:
        ConversationMessengerInfoDto

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
        conversation_app_id=conversation_app_id,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
