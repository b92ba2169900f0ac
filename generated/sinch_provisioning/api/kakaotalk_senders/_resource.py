""":class:`KakaotalkSendersResource` and :class:`SyncKakaotalkSendersResource`: the ``kakaotalk_senders`` operations bound to a client's project.

``client.kakaotalk_senders`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`KakaotalkSendersResource`, on a ``SyncProvisioningClient`` a :class:`SyncKakaotalkSendersResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.kakaotalk_comment_dto import KakaotalkCommentDto
from ...models.kakaotalk_comment_input_dto import KakaotalkCommentInputDto
from ...models.kakaotalk_input_sender_dto import KakaotalkInputSenderDto
from ...models.kakaotalk_input_update_sender_dto import KakaotalkInputUpdateSenderDto
from ...models.kakaotalk_input_verify_sender_dto import KakaotalkInputVerifySenderDto
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_sender_dto import KakaotalkSenderDto
from ...models.kakaotalk_sender_list_dto import KakaotalkSenderListDto
from ...models.kakaotalk_sender_notification_dto import KakaotalkSenderNotificationDto
from ...models.kakaotalk_sender_notification_list_dto import (
    KakaotalkSenderNotificationListDto,
)
from ...models.kakaotalk_sender_states_enum import KakaotalkSenderStatesEnum
from ...models.kakaotalk_sender_statuses_enum import KakaotalkSenderStatusesEnum
from ...types import UNSET, Unset

__all__ = ["KakaotalkSendersResource", "SyncKakaotalkSendersResource"]


class KakaotalkSendersResource:
    """The ``kakaotalk_senders`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<KakaotalkSendersResource project_id={self._client.project_id!r}>"

    async def list_senders(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
    ) -> KakaotalkSenderListDto:
        """``list_senders``

        ``GET /v1/projects/{project_id}/kakaotalk/senders``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.
            filter_states (list[KakaotalkSenderStatesEnum] | Unset): optional; each item: one of:
                ACTIVE, BLOCKED, INACTIVE, SUSPENDED, VERIFYING.
            filter_statuses (list[KakaotalkSenderStatusesEnum] | Unset): optional; each item: one of:
                DRAFT, IN_PROGRESS, REJECTED.

        Returns:
            KakaotalkSenderListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_senders import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            client=self._client,
        )

    def iter_list_senders(
        self,
        *,
        page_size: float | Unset = UNSET,
        filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
    ) -> AsyncIterator[KakaotalkSenderDto]:
        """Every item of :meth:`list_senders`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> KakaotalkSenderListDto:
            return await self.list_senders(
                page_token=page_token,
                page_size=page_size,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
            )

        def items(
            page: KakaotalkSenderListDto,
        ) -> Iterable[KakaotalkSenderDto] | Unset | None:
            return page.senders

        def next_token(page: KakaotalkSenderListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_senders.list_senders"
        )

    async def create_sender(
        self,
        *,
        body: KakaotalkInputSenderDto | Mapping[str, Any],
    ) -> KakaotalkSenderDto:
        """``create_sender``

        ``POST /v1/projects/{project_id}/kakaotalk/senders``

        Args:
            body (KakaotalkInputSenderDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            PreconditionFailedError: HTTP 412.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Active, Inactive, Rejected, Comment.
        """
        from .create_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def get_sender(
        self,
        *,
        plus_friend_id: str,
    ) -> KakaotalkSenderDto:
        """``get_sender``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}``

        Args:
            plus_friend_id (str): required.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    async def delete_sender(
        self,
        *,
        plus_friend_id: str,
    ) -> None:
        """``delete_sender``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}``

        Args:
            plus_friend_id (str): required.

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
        from .delete_sender import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    async def update_sender(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkInputUpdateSenderDto | Mapping[str, Any],
    ) -> KakaotalkSenderDto:
        """``update_sender``

        ``PATCH /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkInputUpdateSenderDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )

    async def list_activities(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> KakaotalkSenderNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/activities``

        Args:
            plus_friend_id (str): required.
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            KakaotalkSenderNotificationListDto

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
            plus_friend_id=plus_friend_id,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[KakaotalkSenderNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> KakaotalkSenderNotificationListDto:
            return await self.list_activities(
                plus_friend_id=plus_friend_id,
                page_size=page_size,
                page_token=page_token,
            )

        def items(
            page: KakaotalkSenderNotificationListDto,
        ) -> Iterable[KakaotalkSenderNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: KakaotalkSenderNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_senders.list_activities"
        )

    async def delete_changes(
        self,
        *,
        plus_friend_id: str,
    ) -> None:
        """``delete_changes``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/changes``

        Args:
            plus_friend_id (str): required.

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
        from .delete_changes import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    async def create_comment(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkCommentInputDto | Mapping[str, Any],
    ) -> KakaotalkCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/comments``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            KakaotalkCommentDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_comment import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )

    async def register_sender(
        self,
        *,
        plus_friend_id: str,
    ) -> KakaotalkSenderDto:
        """``register_sender``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/register``

        Args:
            plus_friend_id (str): required.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .register_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    async def verify_sender(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkInputVerifySenderDto | Mapping[str, Any],
    ) -> KakaotalkSenderDto:
        """``verify_sender``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/verify``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkInputVerifySenderDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .verify_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )


class SyncKakaotalkSendersResource:
    """The ``kakaotalk_senders`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`KakaotalkSendersResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncKakaotalkSendersResource project_id={self._client.project_id!r}>"

    def list_senders(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
    ) -> KakaotalkSenderListDto:
        """``list_senders``

        ``GET /v1/projects/{project_id}/kakaotalk/senders``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.
            filter_states (list[KakaotalkSenderStatesEnum] | Unset): optional; each item: one of:
                ACTIVE, BLOCKED, INACTIVE, SUSPENDED, VERIFYING.
            filter_statuses (list[KakaotalkSenderStatusesEnum] | Unset): optional; each item: one of:
                DRAFT, IN_PROGRESS, REJECTED.

        Returns:
            KakaotalkSenderListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_senders import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            client=self._client,
        )

    def iter_list_senders(
        self,
        *,
        page_size: float | Unset = UNSET,
        filter_states: list[KakaotalkSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkSenderStatusesEnum] | Unset = UNSET,
    ) -> Iterator[KakaotalkSenderDto]:
        """Every item of :meth:`list_senders`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> KakaotalkSenderListDto:
            return self.list_senders(
                page_token=page_token,
                page_size=page_size,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
            )

        def items(
            page: KakaotalkSenderListDto,
        ) -> Iterable[KakaotalkSenderDto] | Unset | None:
            return page.senders

        def next_token(page: KakaotalkSenderListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_senders.list_senders"
        )

    def create_sender(
        self,
        *,
        body: KakaotalkInputSenderDto | Mapping[str, Any],
    ) -> KakaotalkSenderDto:
        """``create_sender``

        ``POST /v1/projects/{project_id}/kakaotalk/senders``

        Args:
            body (KakaotalkInputSenderDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            PreconditionFailedError: HTTP 412.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Active, Inactive, Rejected, Comment.
        """
        from .create_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def get_sender(
        self,
        *,
        plus_friend_id: str,
    ) -> KakaotalkSenderDto:
        """``get_sender``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}``

        Args:
            plus_friend_id (str): required.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    def delete_sender(
        self,
        *,
        plus_friend_id: str,
    ) -> None:
        """``delete_sender``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}``

        Args:
            plus_friend_id (str): required.

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
        from .delete_sender import sync as _call

        _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    def update_sender(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkInputUpdateSenderDto | Mapping[str, Any],
    ) -> KakaotalkSenderDto:
        """``update_sender``

        ``PATCH /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkInputUpdateSenderDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )

    def list_activities(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> KakaotalkSenderNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/activities``

        Args:
            plus_friend_id (str): required.
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            KakaotalkSenderNotificationListDto

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
            plus_friend_id=plus_friend_id,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
    ) -> Iterator[KakaotalkSenderNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> KakaotalkSenderNotificationListDto:
            return self.list_activities(
                plus_friend_id=plus_friend_id,
                page_size=page_size,
                page_token=page_token,
            )

        def items(
            page: KakaotalkSenderNotificationListDto,
        ) -> Iterable[KakaotalkSenderNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: KakaotalkSenderNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_senders.list_activities"
        )

    def delete_changes(
        self,
        *,
        plus_friend_id: str,
    ) -> None:
        """``delete_changes``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/changes``

        Args:
            plus_friend_id (str): required.

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
        from .delete_changes import sync as _call

        _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    def create_comment(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkCommentInputDto | Mapping[str, Any],
    ) -> KakaotalkCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/comments``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            KakaotalkCommentDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_comment import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )

    def register_sender(
        self,
        *,
        plus_friend_id: str,
    ) -> KakaotalkSenderDto:
        """``register_sender``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/register``

        Args:
            plus_friend_id (str): required.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .register_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            client=self._client,
        )

    def verify_sender(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkInputVerifySenderDto | Mapping[str, Any],
    ) -> KakaotalkSenderDto:
        """``verify_sender``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/verify``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkInputVerifySenderDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            KakaotalkSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .verify_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
KakaotalkSendersResource.__module__ = SyncKakaotalkSendersResource.__module__ = __name__.rpartition(".")[0]
