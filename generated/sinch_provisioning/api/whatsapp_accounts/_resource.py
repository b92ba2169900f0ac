""":class:`WhatsappAccountsResource` and :class:`SyncWhatsappAccountsResource`: the ``whatsapp_accounts`` operations bound to a client's project.

``client.whatsapp_accounts`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappAccountsResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappAccountsResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.whatsapp_account_dto import WhatsappAccountDto
from ...models.whatsapp_account_notification_dto import WhatsappAccountNotificationDto
from ...models.whatsapp_account_notification_list_dto import (
    WhatsappAccountNotificationListDto,
)
from ...models.whatsapp_comment_dto import WhatsappCommentDto
from ...models.whatsapp_comment_input_dto import WhatsappCommentInputDto
from ...models.whatsapp_conversation_app_regions_enum import (
    WhatsappConversationAppRegionsEnum,
)
from ...models.whatsapp_input_account_dto_deprecated import (
    WhatsappInputAccountDtoDeprecated,
)
from ...models.whatsapp_input_account_partner_initiated_dto import (
    WhatsappInputAccountPartnerInitiatedDto,
)
from ...models.whatsapp_input_update_account_dto import WhatsappInputUpdateAccountDto
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...types import UNSET, Unset

__all__ = ["SyncWhatsappAccountsResource", "WhatsappAccountsResource"]


class WhatsappAccountsResource:
    """The ``whatsapp_accounts`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappAccountsResource project_id={self._client.project_id!r}>"

    async def get_account(
        self,
    ) -> WhatsappAccountDto:
        """``get_account``

        ``GET /v1/projects/{project_id}/whatsapp``

        Returns:
            WhatsappAccountDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_account import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    async def create_account(
        self,
        *,
        body: WhatsappInputAccountDtoDeprecated
        | WhatsappInputAccountPartnerInitiatedDto
        | Mapping[str, Any],
    ) -> WhatsappAccountDto:
        """``create_account``

        ``POST /v1/projects/{project_id}/whatsapp``

        Args:
            body (WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto | Mapping[str, Any]):
                required; sent as application/json.

        Returns:
            WhatsappAccountDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Onboard, Rejected, PendingVerification,
                BusinessDailyLimitChanged, WabaInformationChanged.
        """
        from .create_account import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def delete_account(
        self,
    ) -> None:
        """``delete_account``

        ``DELETE /v1/projects/{project_id}/whatsapp``

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_account import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    async def update_account(
        self,
        *,
        body: WhatsappInputUpdateAccountDto | Mapping[str, Any],
    ) -> WhatsappAccountDto:
        """``update_account``

        ``PATCH /v1/projects/{project_id}/whatsapp``

        Args:
            body (WhatsappInputUpdateAccountDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappAccountDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_account import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def list_activities(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappAccountNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/whatsapp/activities``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappAccountNotificationListDto

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
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[WhatsappAccountNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> WhatsappAccountNotificationListDto:
            return await self.list_activities(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappAccountNotificationListDto,
        ) -> Iterable[WhatsappAccountNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: WhatsappAccountNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_accounts.list_activities"
        )

    async def create_comment(
        self,
        *,
        body: WhatsappCommentInputDto | Mapping[str, Any],
    ) -> WhatsappCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/whatsapp/comments``

        Args:
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
            body=body,
            client=self._client,
        )


class SyncWhatsappAccountsResource:
    """The ``whatsapp_accounts`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WhatsappAccountsResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWhatsappAccountsResource project_id={self._client.project_id!r}>"

    def get_account(
        self,
    ) -> WhatsappAccountDto:
        """``get_account``

        ``GET /v1/projects/{project_id}/whatsapp``

        Returns:
            WhatsappAccountDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_account import sync as _call

        return _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    def create_account(
        self,
        *,
        body: WhatsappInputAccountDtoDeprecated
        | WhatsappInputAccountPartnerInitiatedDto
        | Mapping[str, Any],
    ) -> WhatsappAccountDto:
        """``create_account``

        ``POST /v1/projects/{project_id}/whatsapp``

        Args:
            body (WhatsappInputAccountDtoDeprecated | WhatsappInputAccountPartnerInitiatedDto | Mapping[str, Any]):
                required; sent as application/json.

        Returns:
            WhatsappAccountDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Onboard, Rejected, PendingVerification,
                BusinessDailyLimitChanged, WabaInformationChanged.
        """
        from .create_account import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def delete_account(
        self,
    ) -> None:
        """``delete_account``

        ``DELETE /v1/projects/{project_id}/whatsapp``

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_account import sync as _call

        _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    def update_account(
        self,
        *,
        body: WhatsappInputUpdateAccountDto | Mapping[str, Any],
    ) -> WhatsappAccountDto:
        """``update_account``

        ``PATCH /v1/projects/{project_id}/whatsapp``

        Args:
            body (WhatsappInputUpdateAccountDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappAccountDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_account import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def list_activities(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappAccountNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/whatsapp/activities``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappAccountNotificationListDto

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
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> Iterator[WhatsappAccountNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> WhatsappAccountNotificationListDto:
            return self.list_activities(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappAccountNotificationListDto,
        ) -> Iterable[WhatsappAccountNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: WhatsappAccountNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_accounts.list_activities"
        )

    def create_comment(
        self,
        *,
        body: WhatsappCommentInputDto | Mapping[str, Any],
    ) -> WhatsappCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/whatsapp/comments``

        Args:
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
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WhatsappAccountsResource.__module__ = SyncWhatsappAccountsResource.__module__ = __name__.rpartition(".")[0]
