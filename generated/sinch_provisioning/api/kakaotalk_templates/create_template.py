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
from ...models.kakaotalk_input_template_dto import KakaotalkInputTemplateDto
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_template_dto import KakaotalkTemplateDto
from ...types import Response

_OPERATION = "kakaotalk_templates.create_template"
_METHOD = "POST"


def _get_kwargs(
    project_id: str,
    plus_friend_id: str,
    *,
    body: KakaotalkInputTemplateDto | Mapping[str, Any],
) -> dict[str, Any]:
    body = cast(
        KakaotalkInputTemplateDto, coerce_body((KakaotalkInputTemplateDto,), body)
    )

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates".format(
            project_id=path_segment("project_id", project_id),
            plus_friend_id=path_segment("plus_friend_id", plus_friend_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_ok(*, response: httpx.Response) -> KakaotalkTemplateDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 201:
            response_201 = KakaotalkTemplateDto.from_dict(json_body(response))

            return response_201

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> KakaotalkPapiErrorDto | KakaotalkTemplateDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 201 or client.raise_on_unexpected_status:
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

        if response.status_code == 409:
            response_409 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_409

        if response.status_code == 424:
            response_424 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_424

        if response.status_code == 500:
            response_500 = KakaotalkPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> KakaotalkTemplateDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: SyncClient,
    body: KakaotalkInputTemplateDto | Mapping[str, Any],
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateDto]:
    """``create_template``

    ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        body (KakaotalkInputTemplateDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 201, 400, 401, 404, 409, 424, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    plus_friend_id: str,
    *,
    client: SyncClient,
    body: KakaotalkInputTemplateDto | Mapping[str, Any],
) -> KakaotalkTemplateDto:
    """``create_template``

    ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        body (KakaotalkInputTemplateDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        KakaotalkTemplateDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        FailedDependencyError: HTTP 424.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KakaotalkInputTemplateDto | Mapping[str, Any],
) -> Response[KakaotalkPapiErrorDto | KakaotalkTemplateDto]:
    """``create_template``

    ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        body (KakaotalkInputTemplateDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        Response[KakaotalkPapiErrorDto | KakaotalkTemplateDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 201, 400, 401, 404, 409, 424, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    plus_friend_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KakaotalkInputTemplateDto | Mapping[str, Any],
) -> KakaotalkTemplateDto:
    """``create_template``

    ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

    Args:
        project_id (str): required.
        plus_friend_id (str): required.
        body (KakaotalkInputTemplateDto | Mapping[str, Any]): required; sent as application/json.

    Returns:
        KakaotalkTemplateDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        FailedDependencyError: HTTP 424.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        plus_friend_id=plus_friend_id,
        body=body,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
