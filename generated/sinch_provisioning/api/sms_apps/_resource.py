""":class:`SmsAppsResource` and :class:`SyncSmsAppsResource`: the ``sms_apps`` operations bound to a client's project.

``client.sms_apps`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`SmsAppsResource`, on a ``SyncProvisioningClient`` a :class:`SyncSmsAppsResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.sms_input_sms_app_dto import SmsInputSmsAppDto
from ...models.sms_papi_error_dto import SmsPapiErrorDto
from ...models.sms_sms_app_dto import SmsSmsAppDto
from ...models.sms_sms_app_list_dto import SmsSmsAppListDto
from ...models.sms_sms_app_regions_enum import SmsSmsAppRegionsEnum
from ...models.sms_update_sms_app_dto import SmsUpdateSmsAppDto
from ...types import UNSET, Unset

__all__ = ["SmsAppsResource", "SyncSmsAppsResource"]


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
        """``list_sms_apps``

        ``GET /v1/projects/{project_id}/sms/smsApps``

        Args:
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            SmsSmsAppListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
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
        """``create_sms_app``

        ``POST /v1/projects/{project_id}/sms/smsApps``

        Args:
            body (SmsInputSmsAppDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            SmsSmsAppDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
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
        """``get_sms_app``

        ``GET /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``

        Args:
            sms_app_id (str): required.

        Returns:
            SmsSmsAppDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
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
        """``delete_sms_app``

        ``DELETE /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``

        Args:
            sms_app_id (str): required.

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
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
        """``update_sms_app``

        ``PATCH /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``

        Args:
            sms_app_id (str): required.
            body (SmsUpdateSmsAppDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            SmsSmsAppDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_sms_app import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            body=body,
            client=self._client,
        )


class SyncSmsAppsResource:
    """The ``sms_apps`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`SmsAppsResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncSmsAppsResource project_id={self._client.project_id!r}>"

    def list_sms_apps(
        self,
        *,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> SmsSmsAppListDto:
        """``list_sms_apps``

        ``GET /v1/projects/{project_id}/sms/smsApps``

        Args:
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            SmsSmsAppListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_sms_apps import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_list_sms_apps(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> Iterator[SmsSmsAppDto]:
        """Every item of :meth:`list_sms_apps`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> SmsSmsAppListDto:
            return self.list_sms_apps(
                page_size=page_size,
                page_token=page_token,
            )

        def items(page: SmsSmsAppListDto) -> Iterable[SmsSmsAppDto] | Unset | None:
            return page.sms_apps

        def next_token(page: SmsSmsAppListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="sms_apps.list_sms_apps")

    def create_sms_app(
        self,
        *,
        body: SmsInputSmsAppDto | Mapping[str, Any],
    ) -> SmsSmsAppDto:
        """``create_sms_app``

        ``POST /v1/projects/{project_id}/sms/smsApps``

        Args:
            body (SmsInputSmsAppDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            SmsSmsAppDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_sms_app import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def get_sms_app(
        self,
        *,
        sms_app_id: str,
    ) -> SmsSmsAppDto:
        """``get_sms_app``

        ``GET /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``

        Args:
            sms_app_id (str): required.

        Returns:
            SmsSmsAppDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_sms_app import sync as _call

        return _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            client=self._client,
        )

    def delete_sms_app(
        self,
        *,
        sms_app_id: str,
    ) -> None:
        """``delete_sms_app``

        ``DELETE /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``

        Args:
            sms_app_id (str): required.

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_sms_app import sync as _call

        _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            client=self._client,
        )

    def update_sms_app(
        self,
        *,
        sms_app_id: str,
        body: SmsUpdateSmsAppDto | Mapping[str, Any],
    ) -> SmsSmsAppDto:
        """``update_sms_app``

        ``PATCH /v1/projects/{project_id}/sms/smsApps/{sms_app_id}``

        Args:
            sms_app_id (str): required.
            body (SmsUpdateSmsAppDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            SmsSmsAppDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_sms_app import sync as _call

        return _call(
            project_id=self._client.project_id,
            sms_app_id=sms_app_id,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
SmsAppsResource.__module__ = SyncSmsAppsResource.__module__ = __name__.rpartition(".")[0]
