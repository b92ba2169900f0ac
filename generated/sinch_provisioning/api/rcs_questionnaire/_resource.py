""":class:`RcsQuestionnaireResource` and :class:`SyncRcsQuestionnaireResource`: the ``rcs_questionnaire`` operations bound to a client's project.

``client.rcs_questionnaire`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`RcsQuestionnaireResource`, on a ``SyncProvisioningClient`` a :class:`SyncRcsQuestionnaireResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
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
from ...types import UNSET, Unset

__all__ = ["RcsQuestionnaireResource", "SyncRcsQuestionnaireResource"]


class RcsQuestionnaireResource:
    """The ``rcs_questionnaire`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<RcsQuestionnaireResource project_id={self._client.project_id!r}>"

    async def get_questions(
        self,
        *,
        use_case: RcsInputSenderUseCasesEnum,
        countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
        us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
        | Unset = UNSET,
        us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
    ) -> RcsSenderDetailsQuestionnaireBaseDto:
        """``get_questions``

        ``GET /v1/projects/{project_id}/rcs/questionnaire/{use_case}``

        Args:
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
        from .get_questions import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            use_case=use_case,
            countries=countries,
            us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
            us_questionnaire_version=us_questionnaire_version,
            client=self._client,
        )


class SyncRcsQuestionnaireResource:
    """The ``rcs_questionnaire`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`RcsQuestionnaireResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncRcsQuestionnaireResource project_id={self._client.project_id!r}>"

    def get_questions(
        self,
        *,
        use_case: RcsInputSenderUseCasesEnum,
        countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET,
        us_questionnaire_brand_campaign_version: RcsUsQuestionnaireBrandCampaignVersionsEnum
        | Unset = UNSET,
        us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
    ) -> RcsSenderDetailsQuestionnaireBaseDto:
        """``get_questions``

        ``GET /v1/projects/{project_id}/rcs/questionnaire/{use_case}``

        Args:
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
        from .get_questions import sync as _call

        return _call(
            project_id=self._client.project_id,
            use_case=use_case,
            countries=countries,
            us_questionnaire_brand_campaign_version=us_questionnaire_brand_campaign_version,
            us_questionnaire_version=us_questionnaire_version,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
RcsQuestionnaireResource.__module__ = SyncRcsQuestionnaireResource.__module__ = __name__.rpartition(".")[0]
