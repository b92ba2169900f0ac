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
from ...models.rcs_input_rcs_country_codes_enum import RcsInputRcsCountryCodesEnum
from ...models.rcs_input_sender_use_cases_enum import RcsInputSenderUseCasesEnum
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...models.rcs_sender_details_questionnaire_base_dto import (
    RcsSenderDetailsQuestionnaireBaseDto,
)
from ...models.rcs_us_questionnaire_brand_campaign_versions_enum import (
    RcsUsQuestionnaireBrandCampaignVersionsEnum,
)
from ...models.rcs_us_questionnaire_versions_enum import RcsUsQuestionnaireVersionsEnum
from ...types import UNSET, Response, Unset

_OPERATION = "rcs_questionnaire.get_questions"
_METHOD = "GET"


def _get_kwargs(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_countries: list[str] | Unset = UNSET
    if not isinstance(countries, Unset):
        json_countries = []
        for countries_item_data in countries:
            countries_item = countries_item_data.value
            json_countries.append(countries_item)

    params["countries"] = json_countries

    json_us_questionnaire_brand_campaign_version: str | Unset = UNSET
    if not isinstance(us_questionnaire_brand_campaign_version, Unset):
        json_us_questionnaire_brand_campaign_version = (
            us_questionnaire_brand_campaign_version.value
        )

    params["usQuestionnaireBrandCampaignVersion"] = (
        json_us_questionnaire_brand_campaign_version
    )

    json_us_questionnaire_version: str | Unset = UNSET
    if not isinstance(us_questionnaire_version, Unset):
        json_us_questionnaire_version = us_questionnaire_version.value

    params["usQuestionnaireVersion"] = json_us_questionnaire_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/rcs/questionnaire/{use_case}".format(
            project_id=path_segment("project_id", project_id),
            use_case=path_segment("use_case", use_case),
        ),
        "params": params,
    }

    return _kwargs


def _parse_ok(*, response: httpx.Response) -> RcsSenderDetailsQuestionnaireBaseDto:
    """The documented 2xx body; ResponseValidationError when it does not match."""
    try:
        if response.status_code == 200:
            response_200 = RcsSenderDetailsQuestionnaireBaseDto.from_dict(
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
) -> RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto | None:
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

        if response.status_code == 500:
            response_500 = RcsPapiErrorDto.from_dict(json_body(response))

            return response_500

    except Exception:  # noqa: S110 - an error body off its schema: the status still tells what happened
        pass
    return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _result(
    response: httpx.Response, path: str
) -> RcsSenderDetailsQuestionnaireBaseDto:
    if not 200 <= response.status_code <= 299:
        raise status_error(response, method=_METHOD, path=path, operation=_OPERATION)
    return _parse_ok(response=response)


def sync_detailed(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    client: SyncClient,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]:
    """``get_questions``

    ``GET /v1/projects/{project_id}/rcs/questionnaire/{use_case}``

    Args:
        project_id (str): required.
        use_case (RcsInputSenderUseCasesEnum): required; one of: MULTIUSE, OTP, PROMOTIONAL,
            TRANSACTIONAL.
        countries (list[RcsInputRcsCountryCodesEnum] | Unset): optional; each item: one of: AT,
            BE, BR, CA, CZ, DK, FI, FR, DE, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SG, SK, ES, SE,
            US, GB.
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum | Unset):
            optional; one of: NON_US_PRIVATE, NON_US_PUBLIC, US_PRIVATE, US_PUBLIC.
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset): optional; one of: v1,
            v2.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        use_case=use_case,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = send_sync(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    client: SyncClient,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> RcsSenderDetailsQuestionnaireBaseDto:
    """``get_questions``

    ``GET /v1/projects/{project_id}/rcs/questionnaire/{use_case}``

    Args:
        project_id (str): required.
        use_case (RcsInputSenderUseCasesEnum): required; one of: MULTIUSE, OTP, PROMOTIONAL,
            TRANSACTIONAL.
        countries (list[RcsInputRcsCountryCodesEnum] | Unset): optional; each item: one of: AT,
            BE, BR, CA, CZ, DK, FI, FR, DE, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SG, SK, ES, SE,
            US, GB.
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum | Unset):
            optional; one of: NON_US_PRIVATE, NON_US_PUBLIC, US_PRIVATE, US_PUBLIC.
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset): optional; one of: v1,
            v2.

    Returns:
        RcsSenderDetailsQuestionnaireBaseDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        use_case=use_case,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = send_sync(client, kwargs)

    return _result(response, kwargs["url"])


async def asyncio_detailed(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    client: AuthenticatedClient | Client,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]:
    """``get_questions``

    ``GET /v1/projects/{project_id}/rcs/questionnaire/{use_case}``

    Args:
        project_id (str): required.
        use_case (RcsInputSenderUseCasesEnum): required; one of: MULTIUSE, OTP, PROMOTIONAL,
            TRANSACTIONAL.
        countries (list[RcsInputRcsCountryCodesEnum] | Unset): optional; each item: one of: AT,
            BE, BR, CA, CZ, DK, FI, FR, DE, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SG, SK, ES, SE,
            US, GB.
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum | Unset):
            optional; one of: NON_US_PRIVATE, NON_US_PUBLIC, US_PRIVATE, US_PUBLIC.
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset): optional; one of: v1,
            v2.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]: every status; ``parsed`` is None for an
        error body that does not match its schema or an undocumented error status. Documented
        statuses: 200, 400, 401, 500.

    Raises:
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        use_case=use_case,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = await send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    client: AuthenticatedClient | Client,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> RcsSenderDetailsQuestionnaireBaseDto:
    """``get_questions``

    ``GET /v1/projects/{project_id}/rcs/questionnaire/{use_case}``

    Args:
        project_id (str): required.
        use_case (RcsInputSenderUseCasesEnum): required; one of: MULTIUSE, OTP, PROMOTIONAL,
            TRANSACTIONAL.
        countries (list[RcsInputRcsCountryCodesEnum] | Unset): optional; each item: one of: AT,
            BE, BR, CA, CZ, DK, FI, FR, DE, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SG, SK, ES, SE,
            US, GB.
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum | Unset):
            optional; one of: NON_US_PRIVATE, NON_US_PUBLIC, US_PRIVATE, US_PUBLIC.
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset): optional; one of: v1,
            v2.

    Returns:
        RcsSenderDetailsQuestionnaireBaseDto

    Raises:
        BadRequestError: HTTP 400.
        AuthenticationError: HTTP 401.
        InternalServerError: HTTP 500.
        ResponseValidationError: the 2xx body (or status) does not match the API description.
        APIConnectionError: no answer (APITimeoutError when it timed out).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        use_case=use_case,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = await send(client, kwargs)

    return _result(response, kwargs["url"])
