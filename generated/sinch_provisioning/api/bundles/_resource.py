""":class:`BundlesResource` and :class:`SyncBundlesResource`: the ``bundles`` operations bound to a client's project.

``client.bundles`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`BundlesResource`, on a ``SyncProvisioningClient`` a :class:`SyncBundlesResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.bundles_bundle_services_state_enum import BundlesBundleServicesStateEnum
from ...models.bundles_bundles_dto import BundlesBundlesDto
from ...models.bundles_input_bundles_dto import BundlesInputBundlesDto
from ...models.bundles_list_bundles_dto import BundlesListBundlesDto
from ...models.bundles_papi_error_dto import BundlesPapiErrorDto
from ...models.bundles_webhook_delivery_status_dto import (
    BundlesWebhookDeliveryStatusDto,
)
from ...models.bundles_webhook_dto import BundlesWebhookDto
from ...types import UNSET, Unset

__all__ = ["BundlesResource", "SyncBundlesResource"]


class BundlesResource:
    """The ``bundles`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<BundlesResource project_id={self._client.project_id!r}>"

    async def list_(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_conv_app_ids: list[str] | Unset = UNSET,
        filter_sms_app_ids: list[str] | Unset = UNSET,
        filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
    ) -> BundlesListBundlesDto:
        """``list_``

        ``GET /v1/projects/{project_id}/bundles``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-25.
            filter_conv_app_ids (list[str] | Unset): optional.
            filter_sms_app_ids (list[str] | Unset): optional.
            filter_states (list[BundlesBundleServicesStateEnum] | Unset): optional; each item: one of:
                DONE, FAILED, IN_PROGRESS.

        Returns:
            BundlesListBundlesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_ import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            filter_conv_app_ids=filter_conv_app_ids,
            filter_sms_app_ids=filter_sms_app_ids,
            filter_states=filter_states,
            client=self._client,
        )

    def iter_list(
        self,
        *,
        page_size: float | Unset = UNSET,
        filter_conv_app_ids: list[str] | Unset = UNSET,
        filter_sms_app_ids: list[str] | Unset = UNSET,
        filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
    ) -> AsyncIterator[BundlesBundlesDto]:
        """Every item of :meth:`list_`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> BundlesListBundlesDto:
            return await self.list_(
                page_token=page_token,
                page_size=page_size,
                filter_conv_app_ids=filter_conv_app_ids,
                filter_sms_app_ids=filter_sms_app_ids,
                filter_states=filter_states,
            )

        def items(
            page: BundlesListBundlesDto,
        ) -> Iterable[BundlesBundlesDto] | Unset | None:
            return page.bundles

        def next_token(page: BundlesListBundlesDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="bundles.list_")

    async def create(
        self,
        *,
        body: BundlesInputBundlesDto | Mapping[str, Any],
    ) -> BundlesBundlesDto:
        """``create``

        ``POST /v1/projects/{project_id}/bundles``

        Args:
            body (BundlesInputBundlesDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            BundlesBundlesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: BundleDone.
        """
        from .create import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def get(
        self,
        *,
        bundle_id: str,
    ) -> BundlesBundlesDto:
        """``get``

        ``GET /v1/projects/{project_id}/bundles/{bundle_id}``

        Args:
            bundle_id (str): required.

        Returns:
            BundlesBundlesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            bundle_id=bundle_id,
            client=self._client,
        )


class SyncBundlesResource:
    """The ``bundles`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`BundlesResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncBundlesResource project_id={self._client.project_id!r}>"

    def list_(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_conv_app_ids: list[str] | Unset = UNSET,
        filter_sms_app_ids: list[str] | Unset = UNSET,
        filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
    ) -> BundlesListBundlesDto:
        """``list_``

        ``GET /v1/projects/{project_id}/bundles``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-25.
            filter_conv_app_ids (list[str] | Unset): optional.
            filter_sms_app_ids (list[str] | Unset): optional.
            filter_states (list[BundlesBundleServicesStateEnum] | Unset): optional; each item: one of:
                DONE, FAILED, IN_PROGRESS.

        Returns:
            BundlesListBundlesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_ import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            filter_conv_app_ids=filter_conv_app_ids,
            filter_sms_app_ids=filter_sms_app_ids,
            filter_states=filter_states,
            client=self._client,
        )

    def iter_list(
        self,
        *,
        page_size: float | Unset = UNSET,
        filter_conv_app_ids: list[str] | Unset = UNSET,
        filter_sms_app_ids: list[str] | Unset = UNSET,
        filter_states: list[BundlesBundleServicesStateEnum] | Unset = UNSET,
    ) -> Iterator[BundlesBundlesDto]:
        """Every item of :meth:`list_`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> BundlesListBundlesDto:
            return self.list_(
                page_token=page_token,
                page_size=page_size,
                filter_conv_app_ids=filter_conv_app_ids,
                filter_sms_app_ids=filter_sms_app_ids,
                filter_states=filter_states,
            )

        def items(
            page: BundlesListBundlesDto,
        ) -> Iterable[BundlesBundlesDto] | Unset | None:
            return page.bundles

        def next_token(page: BundlesListBundlesDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="bundles.list_")

    def create(
        self,
        *,
        body: BundlesInputBundlesDto | Mapping[str, Any],
    ) -> BundlesBundlesDto:
        """``create``

        ``POST /v1/projects/{project_id}/bundles``

        Args:
            body (BundlesInputBundlesDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            BundlesBundlesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: BundleDone.
        """
        from .create import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def get(
        self,
        *,
        bundle_id: str,
    ) -> BundlesBundlesDto:
        """``get``

        ``GET /v1/projects/{project_id}/bundles/{bundle_id}``

        Args:
            bundle_id (str): required.

        Returns:
            BundlesBundlesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get import sync as _call

        return _call(
            project_id=self._client.project_id,
            bundle_id=bundle_id,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
BundlesResource.__module__ = SyncBundlesResource.__module__ = __name__.rpartition(".")[0]
