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
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_template_dto import WhatsappTemplateDto
from ...models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum
from ...models.whatsapp_update_template_input_dto import WhatsappUpdateTemplateInputDto
from ...types import Response

_OPERATION = "whatsapp_templates.update_template"
_METHOD = "PATCH"


def _get_kwargs(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
) -> dict[str, Any]:
    body = cast(
        WhatsappUpdateTemplateInputDto,
        coerce_body((WhatsappUpdateTemplateInputDto,), body),
    )

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}".format(
            project_id=path_segment("project_id", project_id),
            template_name=path_segment("template_name", template_name),
            language_code=path_segment("language_code", language_code),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_ok(*, response: httpx.Response) -> WhatsappTemplateDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = WhatsappTemplateDto.from_dict(json_body(response))

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> WhatsappPapiErrorDto | WhatsappTemplateDto | None:
    if 200 <= response.status_code <= 299:
        if response.status_code == 200 or client.raise_on_unexpected_status:
            return _parse_ok(response=response)
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

        if response.status_code == 424:
            response_424 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_424

        if response.status_code == 429:
            response_429 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_429

        if response.status_code == 500:
            response_500 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[WhatsappPapiErrorDto | WhatsappTemplateDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(response: httpx.Response, path: str) -> WhatsappTemplateDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: SyncClient,
    body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
) -> Response[WhatsappPapiErrorDto | WhatsappTemplateDto]:
    """``update_template``

    ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

    Args:
        project_id (str): required.
        template_name (str): required.
        language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
            CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
            GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
            NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
            UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        body (WhatsappUpdateTemplateInputDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappTemplateDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 409, 424, 429, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected, StatusUpdated, Deleted,
            QualityScoreUpdated, CategoryUpdated, FutureCategoryUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: SyncClient,
    body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
) -> WhatsappTemplateDto:
    """``update_template``

    ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

    Args:
        project_id (str): required.
        template_name (str): required.
        language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
            CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
            GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
            NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
            UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        body (WhatsappUpdateTemplateInputDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        WhatsappTemplateDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        FailedDependencyError: HTTP 424.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected, StatusUpdated, Deleted,
            QualityScoreUpdated, CategoryUpdated, FutureCategoryUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        body=body,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
) -> Response[WhatsappPapiErrorDto | WhatsappTemplateDto]:
    """``update_template``

    ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

    Args:
        project_id (str): required.
        template_name (str): required.
        language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
            CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
            GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
            NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
            UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        body (WhatsappUpdateTemplateInputDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappTemplateDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 409, 424, 429, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected, StatusUpdated, Deleted,
            QualityScoreUpdated, CategoryUpdated, FutureCategoryUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        body=body,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_name: str,
    language_code: WhatsappTemplateLanguagesEnum,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
) -> WhatsappTemplateDto:
    """``update_template``

    ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

    Args:
        project_id (str): required.
        template_name (str): required.
        language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
            CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
            GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
            NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
            UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        body (WhatsappUpdateTemplateInputDto | Mapping[str, Any]): required; sent as
            application/json.

    Returns:
        WhatsappTemplateDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        NotFoundError: HTTP 404.
        ConflictError: HTTP 409.
        FailedDependencyError: HTTP 424.
        RateLimitError: HTTP 429.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).

    Webhooks:
        Callbacks this operation may trigger: Comment, Approved, Rejected, StatusUpdated, Deleted,
            QualityScoreUpdated, CategoryUpdated, FutureCategoryUpdate.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        language_code=language_code,
        body=body,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
