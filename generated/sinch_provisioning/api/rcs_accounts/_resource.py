""":class:`RcsAccountsResource` and :class:`SyncRcsAccountsResource`: the ``rcs_accounts`` operations bound to a client's project.

``client.rcs_accounts`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`RcsAccountsResource`, on a ``SyncProvisioningClient`` a :class:`SyncRcsAccountsResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.rcs_account_notification_dto import RcsAccountNotificationDto
from ...models.rcs_account_notification_list_dto import RcsAccountNotificationListDto
from ...models.rcs_comment_dto import RcsCommentDto
from ...models.rcs_comment_input_dto import RcsCommentInputDto
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...types import UNSET, Unset

__all__ = ["RcsAccountsResource", "SyncRcsAccountsResource"]


class RcsAccountsResource:
    """The ``rcs_accounts`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<RcsAccountsResource project_id={self._client.project_id!r}>"

    async def list_activities(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> RcsAccountNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/rcs/activities``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            RcsAccountNotificationListDto

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
    ) -> AsyncIterator[RcsAccountNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> RcsAccountNotificationListDto:
            return await self.list_activities(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: RcsAccountNotificationListDto,
        ) -> Iterable[RcsAccountNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: RcsAccountNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="rcs_accounts.list_activities"
        )

    async def create_comment(
        self,
        *,
        body: RcsCommentInputDto | Mapping[str, Any],
    ) -> RcsCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/rcs/comments``

        Args:
            body (RcsCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            RcsCommentDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment.
        """
        from .create_comment import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )


class SyncRcsAccountsResource:
    """The ``rcs_accounts`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`RcsAccountsResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncRcsAccountsResource project_id={self._client.project_id!r}>"

    def list_activities(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> RcsAccountNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/rcs/activities``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            RcsAccountNotificationListDto

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
    ) -> Iterator[RcsAccountNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> RcsAccountNotificationListDto:
            return self.list_activities(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: RcsAccountNotificationListDto,
        ) -> Iterable[RcsAccountNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: RcsAccountNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="rcs_accounts.list_activities"
        )

    def create_comment(
        self,
        *,
        body: RcsCommentInputDto | Mapping[str, Any],
    ) -> RcsCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/rcs/comments``

        Args:
            body (RcsCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            RcsCommentDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment.
        """
        from .create_comment import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
RcsAccountsResource.__module__ = SyncRcsAccountsResource.__module__ = __name__.rpartition(".")[0]
