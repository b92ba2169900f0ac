from typing import Any

import httpx

from ..._checks import (
    no_variant,
)
from ..._enums import parse_union
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
from ...models.whatsapp_partial_template_list_dto import WhatsappPartialTemplateListDto
from ...models.whatsapp_template_analytics_date_ranges_enum import (
    WhatsappTemplateAnalyticsDateRangesEnum,
)
from ...models.whatsapp_template_dto_field_mask_paths_enum import (
    WhatsappTemplateDtoFieldMaskPathsEnum,
)
from ...models.whatsapp_template_list_dto import WhatsappTemplateListDto
from ...types import UNSET, Response, Unset

_OPERATION = "whatsapp_templates.list_templates_by_name"
_METHOD = "GET"


def _get_kwargs(
    project_id: str,
    template_name: str,
    *,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
    template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_field_mask: list[str] | Unset = UNSET
    if not isinstance(field_mask, Unset):
        json_field_mask = []
        for field_mask_item_data in field_mask:
            field_mask_item = field_mask_item_data.value
            json_field_mask.append(field_mask_item)

    params["fieldMask"] = json_field_mask

    json_template_analytics_date_range: str | Unset = UNSET
    if not isinstance(template_analytics_date_range, Unset):
        json_template_analytics_date_range = template_analytics_date_range.value

    params["templateAnalyticsDateRange"] = json_template_analytics_date_range

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/whatsapp/templates/{template_name}".format(
            project_id=path_segment("project_id", project_id),
            template_name=path_segment("template_name", template_name),
        ),
        "params": params,
    }

    return _kwargs


def _parse_ok(
    *, response: httpx.Response
) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:

            def _parse_response_200(
                data: object,
            ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
                if isinstance(data, dict):
                    try:
                        response_200_type_0 = WhatsappTemplateListDto.from_dict(data)

                        return response_200_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        response_200_type_1 = WhatsappPartialTemplateListDto.from_dict(
                            data
                        )

                        return response_200_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            response_200 = parse_union(_parse_response_200, json_body(response))

            return response_200

    except ProvisioningError:
        raise
    # Whatever generated parsing raises for a body of the wrong shape (KeyError, TypeError...).
    except Exception as exc:
        raise invalid_response(_OPERATION, response, exc) from exc
    raise undocumented_status(_OPERATION, response)


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> (
    WhatsappPapiErrorDto
    | WhatsappPartialTemplateListDto
    | WhatsappTemplateListDto
    | None
):
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

        if response.status_code == 500:
            response_500 = WhatsappPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[
    WhatsappPapiErrorDto | WhatsappPartialTemplateListDto | WhatsappTemplateListDto
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(
    response: httpx.Response, path: str
) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    template_name: str,
    *,
    client: SyncClient,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
    template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
    | Unset = UNSET,
) -> Response[
    WhatsappPapiErrorDto | WhatsappPartialTemplateListDto | WhatsappTemplateListDto
]:
    """``list_templates_by_name``

    ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``

    Args:
        project_id (str): required.
        template_name (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-1000.
        field_mask (list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset): optional; each item: one
            of: whatsappId, state, name, language, category, rejectionCode, qualityScore, changes,
            changes.status, changes.allowCategoryChange, changes.details, changes.details.components,
            changes.details.components.0.type, changes.details.components.0.format,
            changes.details.components.0.text, changes.details.components.0.example,
            changes.details.components.0.example.url, changes.details.components.0.examples,
            changes.details.components.0.addSecurityRecommendation,
            changes.details.components.0.codeExpirationMinutes, changes.details.components.0.buttons,
            changes.details.components.0.buttons.0.type, changes.details.components.0.buttons.0.text,
            changes.details.components.0.buttons.0.phoneNumber,
            changes.details.components.0.buttons.0.url,
            changes.details.components.0.buttons.0.example,
            changes.details.components.0.buttons.0.otpType,
            changes.details.components.0.buttons.0.autofillText,
            changes.details.components.0.buttons.0.packageName,
            changes.details.components.0.buttons.0.signatureHash,
            changes.details.components.0.buttons.0.supportedApps,
            changes.details.components.0.buttons.0.supportedApps.0.packageName,
            changes.details.components.0.buttons.0.supportedApps.0.signatureHash,
            changes.details.components.0.buttons.0.zeroTapTermsAccepted,
            changes.details.components.0.buttons.0.flowId,
            changes.details.components.0.buttons.0.flowAction,
            changes.details.components.0.buttons.0.navigateScreen,
            changes.details.components.0.hasExpiration, changes.details.messageSendTtlSeconds,
            changes.details.optimization, details, details.components, details.components.0.type,
            details.components.0.format, details.components.0.text, details.components.0.example,
            details.components.0.example.url, details.components.0.examples,
            details.components.0.addSecurityRecommendation,
            details.components.0.codeExpirationMinutes, details.components.0.buttons,
            details.components.0.buttons.0.type, details.components.0.buttons.0.text,
            details.components.0.buttons.0.phoneNumber, details.components.0.buttons.0.url,
            details.components.0.buttons.0.example, details.components.0.buttons.0.otpType,
            details.components.0.buttons.0.autofillText, details.components.0.buttons.0.packageName,
            details.components.0.buttons.0.signatureHash,
            details.components.0.buttons.0.supportedApps,
            details.components.0.buttons.0.supportedApps.0.packageName,
            details.components.0.buttons.0.supportedApps.0.signatureHash,
            details.components.0.buttons.0.zeroTapTermsAccepted,
            details.components.0.buttons.0.flowId, details.components.0.buttons.0.flowAction,
            details.components.0.buttons.0.navigateScreen, details.components.0.hasExpiration,
            details.messageSendTtlSeconds, details.optimization, analytics, analytics.0.sent,
            analytics.0.delivered, analytics.0.read, analytics.0.start, analytics.0.end,
            analytics.0.buttons, analytics.0.buttons.0.type, analytics.0.buttons.0.content,
            analytics.0.buttons.0.clicks, isMetaGenerated.
        template_analytics_date_range (WhatsappTemplateAnalyticsDateRangesEnum | Unset): optional;
            one of: DAY, MONTH, QUARTER, WEEK.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappPartialTemplateListDto | WhatsappTemplateListDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        page_token=page_token,
        page_size=page_size,
        field_mask=field_mask,
        template_analytics_date_range=template_analytics_date_range,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    template_name: str,
    *,
    client: SyncClient,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
    template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
    | Unset = UNSET,
) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
    """``list_templates_by_name``

    ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``

    Args:
        project_id (str): required.
        template_name (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-1000.
        field_mask (list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset): optional; each item: one
            of: whatsappId, state, name, language, category, rejectionCode, qualityScore, changes,
            changes.status, changes.allowCategoryChange, changes.details, changes.details.components,
            changes.details.components.0.type, changes.details.components.0.format,
            changes.details.components.0.text, changes.details.components.0.example,
            changes.details.components.0.example.url, changes.details.components.0.examples,
            changes.details.components.0.addSecurityRecommendation,
            changes.details.components.0.codeExpirationMinutes, changes.details.components.0.buttons,
            changes.details.components.0.buttons.0.type, changes.details.components.0.buttons.0.text,
            changes.details.components.0.buttons.0.phoneNumber,
            changes.details.components.0.buttons.0.url,
            changes.details.components.0.buttons.0.example,
            changes.details.components.0.buttons.0.otpType,
            changes.details.components.0.buttons.0.autofillText,
            changes.details.components.0.buttons.0.packageName,
            changes.details.components.0.buttons.0.signatureHash,
            changes.details.components.0.buttons.0.supportedApps,
            changes.details.components.0.buttons.0.supportedApps.0.packageName,
            changes.details.components.0.buttons.0.supportedApps.0.signatureHash,
            changes.details.components.0.buttons.0.zeroTapTermsAccepted,
            changes.details.components.0.buttons.0.flowId,
            changes.details.components.0.buttons.0.flowAction,
            changes.details.components.0.buttons.0.navigateScreen,
            changes.details.components.0.hasExpiration, changes.details.messageSendTtlSeconds,
            changes.details.optimization, details, details.components, details.components.0.type,
            details.components.0.format, details.components.0.text, details.components.0.example,
            details.components.0.example.url, details.components.0.examples,
            details.components.0.addSecurityRecommendation,
            details.components.0.codeExpirationMinutes, details.components.0.buttons,
            details.components.0.buttons.0.type, details.components.0.buttons.0.text,
            details.components.0.buttons.0.phoneNumber, details.components.0.buttons.0.url,
            details.components.0.buttons.0.example, details.components.0.buttons.0.otpType,
            details.components.0.buttons.0.autofillText, details.components.0.buttons.0.packageName,
            details.components.0.buttons.0.signatureHash,
            details.components.0.buttons.0.supportedApps,
            details.components.0.buttons.0.supportedApps.0.packageName,
            details.components.0.buttons.0.supportedApps.0.signatureHash,
            details.components.0.buttons.0.zeroTapTermsAccepted,
            details.components.0.buttons.0.flowId, details.components.0.buttons.0.flowAction,
            details.components.0.buttons.0.navigateScreen, details.components.0.hasExpiration,
            details.messageSendTtlSeconds, details.optimization, analytics, analytics.0.sent,
            analytics.0.delivered, analytics.0.read, analytics.0.start, analytics.0.end,
            analytics.0.buttons, analytics.0.buttons.0.type, analytics.0.buttons.0.content,
            analytics.0.buttons.0.clicks, isMetaGenerated.
        template_analytics_date_range (WhatsappTemplateAnalyticsDateRangesEnum | Unset): optional;
            one of: DAY, MONTH, QUARTER, WEEK.

    Returns:
        WhatsappPartialTemplateListDto | WhatsappTemplateListDto

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
        template_name=template_name,
        page_token=page_token,
        page_size=page_size,
        field_mask=field_mask,
        template_analytics_date_range=template_analytics_date_range,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
    template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
    | Unset = UNSET,
) -> Response[
    WhatsappPapiErrorDto | WhatsappPartialTemplateListDto | WhatsappTemplateListDto
]:
    """``list_templates_by_name``

    ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``

    Args:
        project_id (str): required.
        template_name (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-1000.
        field_mask (list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset): optional; each item: one
            of: whatsappId, state, name, language, category, rejectionCode, qualityScore, changes,
            changes.status, changes.allowCategoryChange, changes.details, changes.details.components,
            changes.details.components.0.type, changes.details.components.0.format,
            changes.details.components.0.text, changes.details.components.0.example,
            changes.details.components.0.example.url, changes.details.components.0.examples,
            changes.details.components.0.addSecurityRecommendation,
            changes.details.components.0.codeExpirationMinutes, changes.details.components.0.buttons,
            changes.details.components.0.buttons.0.type, changes.details.components.0.buttons.0.text,
            changes.details.components.0.buttons.0.phoneNumber,
            changes.details.components.0.buttons.0.url,
            changes.details.components.0.buttons.0.example,
            changes.details.components.0.buttons.0.otpType,
            changes.details.components.0.buttons.0.autofillText,
            changes.details.components.0.buttons.0.packageName,
            changes.details.components.0.buttons.0.signatureHash,
            changes.details.components.0.buttons.0.supportedApps,
            changes.details.components.0.buttons.0.supportedApps.0.packageName,
            changes.details.components.0.buttons.0.supportedApps.0.signatureHash,
            changes.details.components.0.buttons.0.zeroTapTermsAccepted,
            changes.details.components.0.buttons.0.flowId,
            changes.details.components.0.buttons.0.flowAction,
            changes.details.components.0.buttons.0.navigateScreen,
            changes.details.components.0.hasExpiration, changes.details.messageSendTtlSeconds,
            changes.details.optimization, details, details.components, details.components.0.type,
            details.components.0.format, details.components.0.text, details.components.0.example,
            details.components.0.example.url, details.components.0.examples,
            details.components.0.addSecurityRecommendation,
            details.components.0.codeExpirationMinutes, details.components.0.buttons,
            details.components.0.buttons.0.type, details.components.0.buttons.0.text,
            details.components.0.buttons.0.phoneNumber, details.components.0.buttons.0.url,
            details.components.0.buttons.0.example, details.components.0.buttons.0.otpType,
            details.components.0.buttons.0.autofillText, details.components.0.buttons.0.packageName,
            details.components.0.buttons.0.signatureHash,
            details.components.0.buttons.0.supportedApps,
            details.components.0.buttons.0.supportedApps.0.packageName,
            details.components.0.buttons.0.supportedApps.0.signatureHash,
            details.components.0.buttons.0.zeroTapTermsAccepted,
            details.components.0.buttons.0.flowId, details.components.0.buttons.0.flowAction,
            details.components.0.buttons.0.navigateScreen, details.components.0.hasExpiration,
            details.messageSendTtlSeconds, details.optimization, analytics, analytics.0.sent,
            analytics.0.delivered, analytics.0.read, analytics.0.start, analytics.0.end,
            analytics.0.buttons, analytics.0.buttons.0.type, analytics.0.buttons.0.content,
            analytics.0.buttons.0.clicks, isMetaGenerated.
        template_analytics_date_range (WhatsappTemplateAnalyticsDateRangesEnum | Unset): optional;
            one of: DAY, MONTH, QUARTER, WEEK.

    Returns:
        Response[WhatsappPapiErrorDto | WhatsappPartialTemplateListDto | WhatsappTemplateListDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 404, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        template_name=template_name,
        page_token=page_token,
        page_size=page_size,
        field_mask=field_mask,
        template_analytics_date_range=template_analytics_date_range,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: float | Unset = UNSET,
    field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
    template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
    | Unset = UNSET,
) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
    """``list_templates_by_name``

    ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``

    Args:
        project_id (str): required.
        template_name (str): required.
        page_token (str | Unset): optional.
        page_size (float | Unset): optional; value 1-1000.
        field_mask (list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset): optional; each item: one
            of: whatsappId, state, name, language, category, rejectionCode, qualityScore, changes,
            changes.status, changes.allowCategoryChange, changes.details, changes.details.components,
            changes.details.components.0.type, changes.details.components.0.format,
            changes.details.components.0.text, changes.details.components.0.example,
            changes.details.components.0.example.url, changes.details.components.0.examples,
            changes.details.components.0.addSecurityRecommendation,
            changes.details.components.0.codeExpirationMinutes, changes.details.components.0.buttons,
            changes.details.components.0.buttons.0.type, changes.details.components.0.buttons.0.text,
            changes.details.components.0.buttons.0.phoneNumber,
            changes.details.components.0.buttons.0.url,
            changes.details.components.0.buttons.0.example,
            changes.details.components.0.buttons.0.otpType,
            changes.details.components.0.buttons.0.autofillText,
            changes.details.components.0.buttons.0.packageName,
            changes.details.components.0.buttons.0.signatureHash,
            changes.details.components.0.buttons.0.supportedApps,
            changes.details.components.0.buttons.0.supportedApps.0.packageName,
            changes.details.components.0.buttons.0.supportedApps.0.signatureHash,
            changes.details.components.0.buttons.0.zeroTapTermsAccepted,
            changes.details.components.0.buttons.0.flowId,
            changes.details.components.0.buttons.0.flowAction,
            changes.details.components.0.buttons.0.navigateScreen,
            changes.details.components.0.hasExpiration, changes.details.messageSendTtlSeconds,
            changes.details.optimization, details, details.components, details.components.0.type,
            details.components.0.format, details.components.0.text, details.components.0.example,
            details.components.0.example.url, details.components.0.examples,
            details.components.0.addSecurityRecommendation,
            details.components.0.codeExpirationMinutes, details.components.0.buttons,
            details.components.0.buttons.0.type, details.components.0.buttons.0.text,
            details.components.0.buttons.0.phoneNumber, details.components.0.buttons.0.url,
            details.components.0.buttons.0.example, details.components.0.buttons.0.otpType,
            details.components.0.buttons.0.autofillText, details.components.0.buttons.0.packageName,
            details.components.0.buttons.0.signatureHash,
            details.components.0.buttons.0.supportedApps,
            details.components.0.buttons.0.supportedApps.0.packageName,
            details.components.0.buttons.0.supportedApps.0.signatureHash,
            details.components.0.buttons.0.zeroTapTermsAccepted,
            details.components.0.buttons.0.flowId, details.components.0.buttons.0.flowAction,
            details.components.0.buttons.0.navigateScreen, details.components.0.hasExpiration,
            details.messageSendTtlSeconds, details.optimization, analytics, analytics.0.sent,
            analytics.0.delivered, analytics.0.read, analytics.0.start, analytics.0.end,
            analytics.0.buttons, analytics.0.buttons.0.type, analytics.0.buttons.0.content,
            analytics.0.buttons.0.clicks, isMetaGenerated.
        template_analytics_date_range (WhatsappTemplateAnalyticsDateRangesEnum | Unset): optional;
            one of: DAY, MONTH, QUARTER, WEEK.

    Returns:
        WhatsappPartialTemplateListDto | WhatsappTemplateListDto

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
        template_name=template_name,
        page_token=page_token,
        page_size=page_size,
        field_mask=field_mask,
        template_analytics_date_range=template_analytics_date_range,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
