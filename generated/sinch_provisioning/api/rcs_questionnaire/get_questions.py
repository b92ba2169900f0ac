from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
            project_id=quote(str(project_id), safe=""),
            use_case=quote(str(use_case), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto | None:
    if response.status_code == 200:
        response_200 = RcsSenderDetailsQuestionnaireBaseDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RcsPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RcsPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = RcsPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    client: AuthenticatedClient | Client,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]:
    """
    Args:
        project_id (str):
        use_case (RcsInputSenderUseCasesEnum):
        countries (list[RcsInputRcsCountryCodesEnum] | Unset):
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum |
            Unset):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        use_case=use_case,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    use_case: RcsInputSenderUseCasesEnum,
    *,
    client: AuthenticatedClient | Client,
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
    us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
    | Unset = UNSET,
    us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
) -> RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto | None:
    """
    Args:
        project_id (str):
        use_case (RcsInputSenderUseCasesEnum):
        countries (list[RcsInputRcsCountryCodesEnum] | Unset):
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum |
            Unset):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto
    """

    return sync_detailed(
        project_id=project_id,
        use_case=use_case,
        client=client,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    ).parsed


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
    """
    Args:
        project_id (str):
        use_case (RcsInputSenderUseCasesEnum):
        countries (list[RcsInputRcsCountryCodesEnum] | Unset):
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum |
            Unset):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        use_case=use_case,
        countries=countries,
        us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
        us_questionnaire_version=us_questionnaire_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

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
) -> RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto | None:
    """
    Args:
        project_id (str):
        use_case (RcsInputSenderUseCasesEnum):
        countries (list[RcsInputRcsCountryCodesEnum] | Unset):
        us_questionnaire_brand_campaign_version (RcsUsQuestionnaireBrandCampaignVersionsEnum |
            Unset):
        us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RcsPapiErrorDto | RcsSenderDetailsQuestionnaireBaseDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            use_case=use_case,
            client=client,
            countries=countries,
            us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
            us_questionnaire_version=us_questionnaire_version,
        )
    ).parsed
