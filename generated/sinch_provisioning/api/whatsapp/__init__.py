"""Endpoint functions for the ``whatsapp`` tag, and :class:`WhatsappResource`.

``client.whatsapp`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappResource`: the same operations as the modules in this package,
bound to the client's project. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Mapping
    from typing import Any

    from ...client import ProjectClient
    from ...models.whatsapp_long_lived_access_token_dto import (
        WhatsappLongLivedAccessTokenDto,
    )
    from ...models.whatsapp_long_lived_access_token_input_dto import (
        WhatsappLongLivedAccessTokenInputDto,
    )
    from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
    from ...models.whatsapp_waba_details_dto import WhatsappWabaDetailsDto
    from ...models.whatsapp_waba_details_list_dto import WhatsappWabaDetailsListDto
    from ...models.whatsapp_waba_details_list_input_dto import (
        WhatsappWabaDetailsListInputDto,
    )

__all__ = ["WhatsappResource"]


class WhatsappResource:
    """The ``whatsapp`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappResource project_id={self._client.project_id!r}>"

    async def enable_template_analytics(
        self,
    ) -> None:
        """``enable_template_analytics``.

        ``PUT /v1/projects/{project_id}/whatsapp/enableTemplateAnalytics``; see
        :mod:`.enable_template_analytics` for the arguments.
        """
        from .enable_template_analytics import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    async def create_long_lived_access_token(
        self,
        *,
        body: WhatsappLongLivedAccessTokenInputDto | Mapping[str, Any],
    ) -> WhatsappLongLivedAccessTokenDto:
        """``create_long_lived_access_token``.

        ``POST /v1/projects/{project_id}/whatsapp/longLivedAccessToken``; see
        :mod:`.create_long_lived_access_token` for the arguments.
        """
        from .create_long_lived_access_token import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def list_waba_details_for_token(
        self,
        *,
        body: WhatsappWabaDetailsListInputDto | Mapping[str, Any],
    ) -> WhatsappWabaDetailsListDto:
        """``list_waba_details_for_token``.

        ``POST /v1/projects/{project_id}/whatsapp/wabaDetails``; see
        :mod:`.list_waba_details_for_token` for the arguments.
        """
        from .list_waba_details_for_token import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )
