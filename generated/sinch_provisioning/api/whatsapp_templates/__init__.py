"""Endpoint functions for the ``whatsapp_templates`` tag, and :class:`WhatsappTemplatesResource`.

``client.whatsapp_templates`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappTemplatesResource`: the same operations as the modules in this package,
bound to the client's project. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Mapping
    from typing import Any

    from ...client import ProjectClient
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
    from ...models.whatsapp_partial_template_list_dto import (
        WhatsappPartialTemplateListDto,
    )
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
    from ...models.whatsapp_template_notification_dto import (
        WhatsappTemplateNotificationDto,
    )
    from ...models.whatsapp_template_notification_list_dto import (
        WhatsappTemplateNotificationListDto,
    )
    from ...models.whatsapp_template_states_enum import WhatsappTemplateStatesEnum
    from ...models.whatsapp_template_statuses_enum import WhatsappTemplateStatusesEnum
    from ...models.whatsapp_update_template_input_dto import (
        WhatsappUpdateTemplateInputDto,
    )

__all__ = ["WhatsappTemplatesResource"]


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
        """``list_templates``.

        ``GET /v1/projects/{project_id}/whatsapp/templates``; see
        :mod:`.list_templates` for the arguments.
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
        """``create_template``.

        ``POST /v1/projects/{project_id}/whatsapp/templates``; see
        :mod:`.create_template` for the arguments.
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
        """``list_templates_by_name``.

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}``; see
        :mod:`.list_templates_by_name` for the arguments.
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
        """``delete_templates_by_name``.

        ``DELETE /v1/projects/{project_id}/whatsapp/templates/{template_name}``; see
        :mod:`.delete_templates_by_name` for the arguments.
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
        """``get_template``.

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``; see
        :mod:`.get_template` for the arguments.
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
        """``delete_template_by_name_and_language``.

        ``DELETE /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``; see
        :mod:`.delete_template_by_name_and_language` for the arguments.
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
        """``update_template``.

        ``PATCH /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}``; see
        :mod:`.update_template` for the arguments.
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
        """``list_activities``.

        ``GET /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/activities``; see
        :mod:`.list_activities` for the arguments.
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
        """``create_comment``.

        ``POST /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/comments``; see
        :mod:`.create_comment` for the arguments.
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
        """``compare_templates``.

        ``POST /v1/projects/{project_id}/whatsapp/templates/{template_name}/languages/{language_code}/compare``; see
        :mod:`.compare_templates` for the arguments.
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
        """``sync_templates``.

        ``POST /v1/projects/{project_id}/whatsapp/templates/sync``; see
        :mod:`.sync_templates` for the arguments.
        """
        from .sync_templates import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            client=self._client,
        )
