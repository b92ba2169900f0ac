"""Endpoint functions for the ``sms_apps`` tag, and :class:`SmsAppsResource`.

``client.sms_apps`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`SmsAppsResource`: the same operations as the modules in this package,
bound to the client's project. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Mapping
    from typing import Any

    from ...client import ProjectClient
    from ...models.sms_input_sms_app_dto import SmsInputSmsAppDto
    from ...models.sms_papi_error_dto import SmsPapiErrorDto
    from ...models.sms_sms_app_dto import SmsSmsAppDto
    from ...models.sms_sms_app_list_dto import SmsSmsAppListDto
    from ...models.sms_sms_app_regions_enum import SmsSmsAppRegionsEnum
    from ...models.sms_update_sms_app_dto import SmsUpdateSmsAppDto

__all__ = ["SmsAppsResource"]


class SmsAppsResource:
    """The ``sms_apps`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SmsAppsResource project_id={self._client.project_id!r}>"

    async def list_sms_apps(
        self,
        *,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> SmsSmsAppListDto:
        """``list_sms_apps``.

        ``GET /v1/projects/{project_id}/sms/smsApps``; see
        :mod:`.list_sms_apps` for the arguments.
        """
        from .list_sms_apps import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_list_sms_apps(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[SmsSmsAppDto]:
        """Every item of :meth:`list_sms_apps`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> SmsSmsAppListDto:
            return await self.list_sms_apps(
                page_size=page_size,
                page_token=page_token,
            )

        def items(page: SmsSmsAppListDto) -> Iterable[SmsSmsAppDto] | Unset | None:
            return page.sms_apps

        def next_token(page: SmsSmsAppListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="sms_apps.list_sms_apps")

    async def create_sms_app(
        self,
        *,
        body: SmsInputSmsAppDto | Mapping[str, Any],
    ) -> SmsSmsAppDto:
        """``create_sms_app``.

        ``POST /v1/projects/{project_id}/sms/smsApps``; see
        :mod:`.create_sms_app` for the arguments.
        """
        from .create_sms_app import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def get_sms_app(
        self,
        *,
        sms_app_id: str,
    ) -> SmsSmsAppDto:
        """``get_sms_app``.

        ``GET /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``; see
        :mod:`.get_sms_app` for the arguments.
        """
        from .get_sms_app import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            client=self._client,
        )

    async def delete_sms_app(
        self,
        *,
        sms_app_id: str,
    ) -> None:
        """``delete_sms_app``.

        ``DELETE /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``; see
        :mod:`.delete_sms_app` for the arguments.
        """
        from .delete_sms_app import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            client=self._client,
        )

    async def update_sms_app(
        self,
        *,
        sms_app_id: str,
        body: SmsUpdateSmsAppDto | Mapping[str, Any],
    ) -> SmsSmsAppDto:
        """``update_sms_app``.

        ``PATCH /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``; see
        :mod:`.update_sms_app` for the arguments.
        """
        from .update_sms_app import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            body=body,
            client=self._client,
        )
