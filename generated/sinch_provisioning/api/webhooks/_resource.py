""":class:`WebhooksResource` and :class:`SyncWebhooksResource`: the ``webhooks`` operations bound to a client's project.

``client.webhooks`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WebhooksResource`, on a ``SyncProvisioningClient`` a :class:`SyncWebhooksResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.webhook_papi_error_dto import WebhookPapiErrorDto
from ...models.webhook_update_webhook_input_dto import WebhookUpdateWebhookInputDto
from ...models.webhook_webhook_dto import WebhookWebhookDto
from ...models.webhook_webhook_input_dto import WebhookWebhookInputDto
from ...models.webhook_webhook_list_dto import WebhookWebhookListDto
from ...models.webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum
from ...types import UNSET, Unset

__all__ = ["SyncWebhooksResource", "WebhooksResource"]


class WebhooksResource:
    """The ``webhooks`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WebhooksResource project_id={self._client.project_id!r}>"

    async def list_webhooks(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WebhookWebhookListDto:
        """``list_webhooks``

        ``GET /v1/projects/{project_id}/webhooks``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-15.

        Returns:
            WebhookWebhookListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_webhooks import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_webhooks(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[WebhookWebhookDto]:
        """Every item of :meth:`list_webhooks`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> WebhookWebhookListDto:
            return await self.list_webhooks(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WebhookWebhookListDto,
        ) -> Iterable[WebhookWebhookDto] | Unset | None:
            return page.webhooks

        def next_token(page: WebhookWebhookListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="webhooks.list_webhooks")

    async def create_webhook(
        self,
        *,
        body: WebhookWebhookInputDto | Mapping[str, Any],
    ) -> WebhookWebhookDto:
        """``create_webhook``

        ``POST /v1/projects/{project_id}/webhooks``

        Args:
            body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_webhook import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def get_webhook(
        self,
        *,
        webhook_id: str,
    ) -> WebhookWebhookDto:
        """``get_webhook``

        ``GET /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_webhook import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            client=self._client,
        )

    async def replace_webhook(
        self,
        *,
        webhook_id: str,
        body: WebhookWebhookInputDto | Mapping[str, Any],
    ) -> WebhookWebhookDto:
        """``replace_webhook``

        ``PUT /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.
            body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .replace_webhook import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            body=body,
            client=self._client,
        )

    async def delete_webhook(
        self,
        *,
        webhook_id: str,
    ) -> None:
        """``delete_webhook``

        ``DELETE /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.

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
        from .delete_webhook import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            client=self._client,
        )

    async def update_webhook(
        self,
        *,
        webhook_id: str,
        body: WebhookUpdateWebhookInputDto | Mapping[str, Any],
    ) -> WebhookWebhookDto:
        """``update_webhook``

        ``PATCH /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.
            body (WebhookUpdateWebhookInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_webhook import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            body=body,
            client=self._client,
        )


class SyncWebhooksResource:
    """The ``webhooks`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WebhooksResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWebhooksResource project_id={self._client.project_id!r}>"

    def list_webhooks(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WebhookWebhookListDto:
        """``list_webhooks``

        ``GET /v1/projects/{project_id}/webhooks``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-15.

        Returns:
            WebhookWebhookListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_webhooks import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_webhooks(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> Iterator[WebhookWebhookDto]:
        """Every item of :meth:`list_webhooks`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> WebhookWebhookListDto:
            return self.list_webhooks(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WebhookWebhookListDto,
        ) -> Iterable[WebhookWebhookDto] | Unset | None:
            return page.webhooks

        def next_token(page: WebhookWebhookListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="webhooks.list_webhooks")

    def create_webhook(
        self,
        *,
        body: WebhookWebhookInputDto | Mapping[str, Any],
    ) -> WebhookWebhookDto:
        """``create_webhook``

        ``POST /v1/projects/{project_id}/webhooks``

        Args:
            body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_webhook import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def get_webhook(
        self,
        *,
        webhook_id: str,
    ) -> WebhookWebhookDto:
        """``get_webhook``

        ``GET /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_webhook import sync as _call

        return _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            client=self._client,
        )

    def replace_webhook(
        self,
        *,
        webhook_id: str,
        body: WebhookWebhookInputDto | Mapping[str, Any],
    ) -> WebhookWebhookDto:
        """``replace_webhook``

        ``PUT /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.
            body (WebhookWebhookInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .replace_webhook import sync as _call

        return _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            body=body,
            client=self._client,
        )

    def delete_webhook(
        self,
        *,
        webhook_id: str,
    ) -> None:
        """``delete_webhook``

        ``DELETE /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.

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
        from .delete_webhook import sync as _call

        _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            client=self._client,
        )

    def update_webhook(
        self,
        *,
        webhook_id: str,
        body: WebhookUpdateWebhookInputDto | Mapping[str, Any],
    ) -> WebhookWebhookDto:
        """``update_webhook``

        ``PATCH /v1/projects/{project_id}/webhooks/{webhook_id}``

        Args:
            webhook_id (str): required.
            body (WebhookUpdateWebhookInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WebhookWebhookDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_webhook import sync as _call

        return _call(
            project_id=self._client.project_id,
            webhook_id=webhook_id,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WebhooksResource.__module__ = SyncWebhooksResource.__module__ = __name__.rpartition(".")[0]
