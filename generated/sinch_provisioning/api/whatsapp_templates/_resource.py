""":class:`WhatsappTemplatesResource` and :class:`SyncWhatsappTemplatesResource`: the ``whatsapp_templates`` operations bound to a client's project.

``client.whatsapp_templates`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappTemplatesResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappTemplatesResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.whatsapp_comment_dto import WhatsappCommentDto
from ...models.whatsapp_comment_input_dto import WhatsappCommentInputDto
from ...models.whatsapp_input_template_compare_dto import (
    WhatsappInputTemplateCompareDto,
)
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_partial_template_analytics_dto import (
    WhatsappPartialTemplateAnalyticsDto,
)
from ...models.whatsapp_partial_template_dto import WhatsappPartialTemplateDto
from ...models.whatsapp_partial_template_list_dto import WhatsappPartialTemplateListDto
from ...models.whatsapp_template_analytics_date_ranges_enum import (
    WhatsappTemplateAnalyticsDateRangesEnum,
)
from ...models.whatsapp_template_analytics_dto import WhatsappTemplateAnalyticsDto
from ...models.whatsapp_template_compare_dto import WhatsappTemplateCompareDto
from ...models.whatsapp_template_compare_identifier_dto import (
    WhatsappTemplateCompareIdentifierDto,
)
from ...models.whatsapp_template_dto import WhatsappTemplateDto
from ...models.whatsapp_template_dto_field_mask_paths_enum import (
    WhatsappTemplateDtoFieldMaskPathsEnum,
)
from ...models.whatsapp_template_input_dto import WhatsappTemplateInputDto
from ...models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum
from ...models.whatsapp_template_list_dto import WhatsappTemplateListDto
from ...models.whatsapp_template_notification_dto import WhatsappTemplateNotificationDto
from ...models.whatsapp_template_notification_list_dto import (
    WhatsappTemplateNotificationListDto,
)
from ...models.whatsapp_template_states_enum import WhatsappTemplateStatesEnum
from ...models.whatsapp_template_statuses_enum import WhatsappTemplateStatusesEnum
from ...models.whatsapp_update_template_input_dto import WhatsappUpdateTemplateInputDto
from ...types import UNSET, Unset

__all__ = ["SyncWhatsappTemplatesResource", "WhatsappTemplatesResource"]


class WhatsappTemplatesResource:
    """The ``whatsapp_templates`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappTemplatesResource project_id={self._client.project_id!r}>"

    async def list_templates(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        filter_states: list[WhatsappTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappTemplateStatusesEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
        """``list_templates``

        ``GET /v1/projects/{project_id}/whatsapp/templates``

        Args:
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
            filter_states (list[WhatsappTemplateStatesEnum] | Unset): optional; each item: one of:
                APPROVED, DISABLED, PAUSED, PENDING, REJECTED.
            filter_statuses (list[WhatsappTemplateStatusesEnum] | Unset): optional; each item: one of:
                DRAFT, IN_PROGRESS, REJECTED.
            template_analytics_date_range (WhatsappTemplateAnalyticsDateRangesEnum | Unset): optional;
                one of: DAY, MONTH, QUARTER, WEEK.
            template_name (str | Unset): optional.

        Returns:
            WhatsappPartialTemplateListDto | WhatsappTemplateListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_templates import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            field_mask=field_mask,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            template_analytics_date_range=template_analytics_date_range,
            template_name=template_name,
            client=self._client,
        )

    def iter_list_templates(
        self,
        *,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        filter_states: list[WhatsappTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappTemplateStatusesEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> AsyncIterator[WhatsappTemplateDto | WhatsappPartialTemplateDto]:
        """Every item of :meth:`list_templates`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(
            page_token: str | Unset,
        ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
            return await self.list_templates(
                page_token=page_token,
                page_size=page_size,
                field_mask=field_mask,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
                template_analytics_date_range=template_analytics_date_range,
                template_name=template_name,
            )

        def items(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> Iterable[WhatsappTemplateDto | WhatsappPartialTemplateDto] | Unset | None:
            return page.templates

        def next_token(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_templates.list_templates"
        )

    async def create_template(
        self,
        *,
        body: WhatsappTemplateInputDto | Mapping[str, Any],
    ) -> WhatsappTemplateDto:
        """``create_template``

        ``POST /v1/projects/{project_id}/whatsapp/templates``

        Args:
            body (WhatsappTemplateInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
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
        from .create_template import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def list_templates_by_name(
        self,
        *,
        template_name: str,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
    ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
        """``list_templates_by_name``

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``

        Args:
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
        from .list_templates_by_name import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            page_token=page_token,
            page_size=page_size,
            field_mask=field_mask,
            template_analytics_date_range=template_analytics_date_range,
            client=self._client,
        )

    def iter_list_templates_by_name(
        self,
        *,
        template_name: str,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
    ) -> AsyncIterator[WhatsappTemplateDto | WhatsappPartialTemplateDto]:
        """Every item of :meth:`list_templates_by_name`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(
            page_token: str | Unset,
        ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
            return await self.list_templates_by_name(
                template_name=template_name,
                page_token=page_token,
                page_size=page_size,
                field_mask=field_mask,
                template_analytics_date_range=template_analytics_date_range,
            )

        def items(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> Iterable[WhatsappTemplateDto | WhatsappPartialTemplateDto] | Unset | None:
            return page.templates

        def next_token(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch,
            items,
            next_token,
            operation="whatsapp_templates.list_templates_by_name",
        )

    async def delete_templates_by_name(
        self,
        *,
        template_name: str,
    ) -> None:
        """``delete_templates_by_name``

        ``DELETE /v1/projects/{project_id}/whatsapp/templates/{template_name}``

        Args:
            template_name (str): required.

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_templates_by_name import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            client=self._client,
        )

    async def get_template(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
    ) -> WhatsappPartialTemplateDto | WhatsappTemplateDto:
        """``get_template``

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
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
            WhatsappPartialTemplateDto | WhatsappTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_template import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            field_mask=field_mask,
            template_analytics_date_range=template_analytics_date_range,
            client=self._client,
        )

    async def delete_template_by_name_and_language(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        delete_submitted: bool | Unset = UNSET,
    ) -> None:
        """``delete_template_by_name_and_language``

        ``DELETE /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            delete_submitted (bool | Unset): optional; default false.

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
        from .delete_template_by_name_and_language import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            delete_submitted=delete_submitted,
            client=self._client,
        )

    async def update_template(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
    ) -> WhatsappTemplateDto:
        """``update_template``

        ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

        Args:
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
        from .update_template import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            body=body,
            client=self._client,
        )

    async def list_activities(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappTemplateNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/activities``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappTemplateNotificationListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_activities import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[WhatsappTemplateNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> WhatsappTemplateNotificationListDto:
            return await self.list_activities(
                template_name=template_name,
                language_code=language_code,
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappTemplateNotificationListDto,
        ) -> Iterable[WhatsappTemplateNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: WhatsappTemplateNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_templates.list_activities"
        )

    async def create_comment(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        body: WhatsappCommentInputDto | Mapping[str, Any],
    ) -> WhatsappCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/comments``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            body (WhatsappCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappCommentDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_comment import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            body=body,
            client=self._client,
        )

    async def compare_templates(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        body: WhatsappInputTemplateCompareDto | Mapping[str, Any],
    ) -> WhatsappTemplateCompareDto:
        """``compare_templates``

        ``POST /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/compare``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            body (WhatsappInputTemplateCompareDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappTemplateCompareDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .compare_templates import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            body=body,
            client=self._client,
        )

    async def sync_templates(
        self,
    ) -> None:
        """``sync_templates``

        ``POST /v1/projects/{project_id}/whatsapp/templates/sync``

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .sync_templates import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            client=self._client,
        )


class SyncWhatsappTemplatesResource:
    """The ``whatsapp_templates`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WhatsappTemplatesResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWhatsappTemplatesResource project_id={self._client.project_id!r}>"

    def list_templates(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        filter_states: list[WhatsappTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappTemplateStatusesEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
        """``list_templates``

        ``GET /v1/projects/{project_id}/whatsapp/templates``

        Args:
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
            filter_states (list[WhatsappTemplateStatesEnum] | Unset): optional; each item: one of:
                APPROVED, DISABLED, PAUSED, PENDING, REJECTED.
            filter_statuses (list[WhatsappTemplateStatusesEnum] | Unset): optional; each item: one of:
                DRAFT, IN_PROGRESS, REJECTED.
            template_analytics_date_range (WhatsappTemplateAnalyticsDateRangesEnum | Unset): optional;
                one of: DAY, MONTH, QUARTER, WEEK.
            template_name (str | Unset): optional.

        Returns:
            WhatsappPartialTemplateListDto | WhatsappTemplateListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_templates import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            field_mask=field_mask,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            template_analytics_date_range=template_analytics_date_range,
            template_name=template_name,
            client=self._client,
        )

    def iter_list_templates(
        self,
        *,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        filter_states: list[WhatsappTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappTemplateStatusesEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> Iterator[WhatsappTemplateDto | WhatsappPartialTemplateDto]:
        """Every item of :meth:`list_templates`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(
            page_token: str | Unset,
        ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
            return self.list_templates(
                page_token=page_token,
                page_size=page_size,
                field_mask=field_mask,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
                template_analytics_date_range=template_analytics_date_range,
                template_name=template_name,
            )

        def items(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> Iterable[WhatsappTemplateDto | WhatsappPartialTemplateDto] | Unset | None:
            return page.templates

        def next_token(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_templates.list_templates"
        )

    def create_template(
        self,
        *,
        body: WhatsappTemplateInputDto | Mapping[str, Any],
    ) -> WhatsappTemplateDto:
        """``create_template``

        ``POST /v1/projects/{project_id}/whatsapp/templates``

        Args:
            body (WhatsappTemplateInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
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
        from .create_template import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def list_templates_by_name(
        self,
        *,
        template_name: str,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
    ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
        """``list_templates_by_name``

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``

        Args:
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
        from .list_templates_by_name import sync as _call

        return _call(
            project_id=self._client.project_id,
            template_name=template_name,
            page_token=page_token,
            page_size=page_size,
            field_mask=field_mask,
            template_analytics_date_range=template_analytics_date_range,
            client=self._client,
        )

    def iter_list_templates_by_name(
        self,
        *,
        template_name: str,
        page_size: float | Unset = UNSET,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
    ) -> Iterator[WhatsappTemplateDto | WhatsappPartialTemplateDto]:
        """Every item of :meth:`list_templates_by_name`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(
            page_token: str | Unset,
        ) -> WhatsappPartialTemplateListDto | WhatsappTemplateListDto:
            return self.list_templates_by_name(
                template_name=template_name,
                page_token=page_token,
                page_size=page_size,
                field_mask=field_mask,
                template_analytics_date_range=template_analytics_date_range,
            )

        def items(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> Iterable[WhatsappTemplateDto | WhatsappPartialTemplateDto] | Unset | None:
            return page.templates

        def next_token(
            page: WhatsappPartialTemplateListDto | WhatsappTemplateListDto,
        ) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch,
            items,
            next_token,
            operation="whatsapp_templates.list_templates_by_name",
        )

    def delete_templates_by_name(
        self,
        *,
        template_name: str,
    ) -> None:
        """``delete_templates_by_name``

        ``DELETE /v1/projects/{project_id}/whatsapp/templates/{template_name}``

        Args:
            template_name (str): required.

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_templates_by_name import sync as _call

        _call(
            project_id=self._client.project_id,
            template_name=template_name,
            client=self._client,
        )

    def get_template(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        field_mask: list[WhatsappTemplateDtoFieldMaskPathsEnum] | Unset = UNSET,
        template_analytics_date_range: WhatsappTemplateAnalyticsDateRangesEnum
        | Unset = UNSET,
    ) -> WhatsappPartialTemplateDto | WhatsappTemplateDto:
        """``get_template``

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
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
            WhatsappPartialTemplateDto | WhatsappTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_template import sync as _call

        return _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            field_mask=field_mask,
            template_analytics_date_range=template_analytics_date_range,
            client=self._client,
        )

    def delete_template_by_name_and_language(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        delete_submitted: bool | Unset = UNSET,
    ) -> None:
        """``delete_template_by_name_and_language``

        ``DELETE /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            delete_submitted (bool | Unset): optional; default false.

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
        from .delete_template_by_name_and_language import sync as _call

        _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            delete_submitted=delete_submitted,
            client=self._client,
        )

    def update_template(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        body: WhatsappUpdateTemplateInputDto | Mapping[str, Any],
    ) -> WhatsappTemplateDto:
        """``update_template``

        ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``

        Args:
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
        from .update_template import sync as _call

        return _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            body=body,
            client=self._client,
        )

    def list_activities(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappTemplateNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/activities``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappTemplateNotificationListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_activities import sync as _call

        return _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        page_size: float | Unset = UNSET,
    ) -> Iterator[WhatsappTemplateNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> WhatsappTemplateNotificationListDto:
            return self.list_activities(
                template_name=template_name,
                language_code=language_code,
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappTemplateNotificationListDto,
        ) -> Iterable[WhatsappTemplateNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: WhatsappTemplateNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_templates.list_activities"
        )

    def create_comment(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        body: WhatsappCommentInputDto | Mapping[str, Any],
    ) -> WhatsappCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/comments``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            body (WhatsappCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappCommentDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_comment import sync as _call

        return _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            body=body,
            client=self._client,
        )

    def compare_templates(
        self,
        *,
        template_name: str,
        language_code: WhatsappTemplateLanguagesEnum,
        body: WhatsappInputTemplateCompareDto | Mapping[str, Any],
    ) -> WhatsappTemplateCompareDto:
        """``compare_templates``

        ``POST /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/compare``

        Args:
            template_name (str): required.
            language_code (WhatsappTemplateLanguagesEnum): required; one of: AF, AR, AZ, BG, BN, CA,
                CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI, FIL, FR, GA,
                GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK, ML, MR, MS, NB,
                NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE, TH, TR, UK, UR,
                UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
            body (WhatsappInputTemplateCompareDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappTemplateCompareDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .compare_templates import sync as _call

        return _call(
            project_id=self._client.project_id,
            template_name=template_name,
            language_code=language_code,
            body=body,
            client=self._client,
        )

    def sync_templates(
        self,
    ) -> None:
        """``sync_templates``

        ``POST /v1/projects/{project_id}/whatsapp/templates/sync``

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .sync_templates import sync as _call

        _call(
            project_id=self._client.project_id,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WhatsappTemplatesResource.__module__ = SyncWhatsappTemplatesResource.__module__ = __name__.rpartition(".")[0]
