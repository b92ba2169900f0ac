""":class:`KakaotalkTemplatesResource` and :class:`SyncKakaotalkTemplatesResource`: the ``kakaotalk_templates`` operations bound to a client's project.

``client.kakaotalk_templates`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`KakaotalkTemplatesResource`, on a ``SyncProvisioningClient`` a :class:`SyncKakaotalkTemplatesResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.kakaotalk_comment_dto import KakaotalkCommentDto
from ...models.kakaotalk_comment_input_dto import KakaotalkCommentInputDto
from ...models.kakaotalk_input_template_dto import KakaotalkInputTemplateDto
from ...models.kakaotalk_input_update_template_dto import (
    KakaotalkInputUpdateTemplateDto,
)
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_template_dto import KakaotalkTemplateDto
from ...models.kakaotalk_template_list_dto import KakaotalkTemplateListDto
from ...models.kakaotalk_template_notification_dto import (
    KakaotalkTemplateNotificationDto,
)
from ...models.kakaotalk_template_notification_list_dto import (
    KakaotalkTemplateNotificationListDto,
)
from ...models.kakaotalk_template_states_enum import KakaotalkTemplateStatesEnum
from ...models.kakaotalk_template_statuses_enum import KakaotalkTemplateStatusesEnum
from ...types import UNSET, Unset

__all__ = ["KakaotalkTemplatesResource", "SyncKakaotalkTemplatesResource"]


class KakaotalkTemplatesResource:
    """The ``kakaotalk_templates`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<KakaotalkTemplatesResource project_id={self._client.project_id!r}>"

    async def list_templates(
        self,
        *,
        plus_friend_id: str,
        filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> KakaotalkTemplateListDto:
        """``list_templates``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

        Args:
            plus_friend_id (str): required.
            filter_states (list[KakaotalkTemplateStatesEnum] | Unset): optional; each item: one of:
                APPROVED, REJECTED.
            filter_statuses (list[KakaotalkTemplateStatusesEnum] | Unset): optional; each item: one
                of: DRAFT, IN_PROGRESS, REJECTED.
            page_size (float | Unset): optional; value 1-1000.
            page_token (str | Unset): optional.
            template_name (str | Unset): optional.

        Returns:
            KakaotalkTemplateListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_templates import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            page_size=page_size,
            page_token=page_token,
            template_name=template_name,
            client=self._client,
        )

    def iter_list_templates(
        self,
        *,
        plus_friend_id: str,
        filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
        page_size: float | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> AsyncIterator[KakaotalkTemplateDto]:
        """Every item of :meth:`list_templates`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> KakaotalkTemplateListDto:
            return await self.list_templates(
                plus_friend_id=plus_friend_id,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
                page_size=page_size,
                page_token=page_token,
                template_name=template_name,
            )

        def items(
            page: KakaotalkTemplateListDto,
        ) -> Iterable[KakaotalkTemplateDto] | Unset | None:
            return page.templates

        def next_token(page: KakaotalkTemplateListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_templates.list_templates"
        )

    async def create_template(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkInputTemplateDto | Mapping[str, Any],
    ) -> KakaotalkTemplateDto:
        """``create_template``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkInputTemplateDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            KakaotalkTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Approved, Rejected.
        """
        from .create_template import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )

    async def get(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
    ) -> KakaotalkTemplateDto:
        """``get``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.

        Returns:
            KakaotalkTemplateDto

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
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=self._client,
        )

    async def delete_template(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
    ) -> None:
        """``delete_template``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.

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
        from .delete_template import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=self._client,
        )

    async def update_template(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        body: KakaotalkInputUpdateTemplateDto | Mapping[str, Any],
    ) -> KakaotalkTemplateDto:
        """``update_template``

        ``PATCH /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.
            body (KakaotalkInputUpdateTemplateDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            KakaotalkTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_template import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            body=body,
            client=self._client,
        )

    async def list_activities(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> KakaotalkTemplateNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/activities``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            KakaotalkTemplateNotificationListDto

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
            template_code=template_code,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[KakaotalkTemplateNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(
            page_token: str | Unset,
        ) -> KakaotalkTemplateNotificationListDto:
            return await self.list_activities(
                plus_friend_id=plus_friend_id,
                template_code=template_code,
                page_size=page_size,
                page_token=page_token,
            )

        def items(
            page: KakaotalkTemplateNotificationListDto,
        ) -> Iterable[KakaotalkTemplateNotificationDto] | Unset | None:
            return page.notifications

        def next_token(
            page: KakaotalkTemplateNotificationListDto,
        ) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_templates.list_activities"
        )

    async def delete_template_draft(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
    ) -> None:
        """``delete_template_draft``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/changes``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.

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
        from .delete_template_draft import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=self._client,
        )

    async def create_comment(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        body: KakaotalkCommentInputDto | Mapping[str, Any],
    ) -> KakaotalkCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/comments``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.
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
            template_code=template_code,
            body=body,
            client=self._client,
        )


class SyncKakaotalkTemplatesResource:
    """The ``kakaotalk_templates`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`KakaotalkTemplatesResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return (
            f"<SyncKakaotalkTemplatesResource project_id={self._client.project_id!r}>"
        )

    def list_templates(
        self,
        *,
        plus_friend_id: str,
        filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> KakaotalkTemplateListDto:
        """``list_templates``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

        Args:
            plus_friend_id (str): required.
            filter_states (list[KakaotalkTemplateStatesEnum] | Unset): optional; each item: one of:
                APPROVED, REJECTED.
            filter_statuses (list[KakaotalkTemplateStatusesEnum] | Unset): optional; each item: one
                of: DRAFT, IN_PROGRESS, REJECTED.
            page_size (float | Unset): optional; value 1-1000.
            page_token (str | Unset): optional.
            template_name (str | Unset): optional.

        Returns:
            KakaotalkTemplateListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_templates import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            filter_states=filter_states,
            filter_statuses=filter_statuses,
            page_size=page_size,
            page_token=page_token,
            template_name=template_name,
            client=self._client,
        )

    def iter_list_templates(
        self,
        *,
        plus_friend_id: str,
        filter_states: list[KakaotalkTemplateStatesEnum] | Unset = UNSET,
        filter_statuses: list[KakaotalkTemplateStatusesEnum] | Unset = UNSET,
        page_size: float | Unset = UNSET,
        template_name: str | Unset = UNSET,
    ) -> Iterator[KakaotalkTemplateDto]:
        """Every item of :meth:`list_templates`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> KakaotalkTemplateListDto:
            return self.list_templates(
                plus_friend_id=plus_friend_id,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
                page_size=page_size,
                page_token=page_token,
                template_name=template_name,
            )

        def items(
            page: KakaotalkTemplateListDto,
        ) -> Iterable[KakaotalkTemplateDto] | Unset | None:
            return page.templates

        def next_token(page: KakaotalkTemplateListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_templates.list_templates"
        )

    def create_template(
        self,
        *,
        plus_friend_id: str,
        body: KakaotalkInputTemplateDto | Mapping[str, Any],
    ) -> KakaotalkTemplateDto:
        """``create_template``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates``

        Args:
            plus_friend_id (str): required.
            body (KakaotalkInputTemplateDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            KakaotalkTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Approved, Rejected.
        """
        from .create_template import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            body=body,
            client=self._client,
        )

    def get(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
    ) -> KakaotalkTemplateDto:
        """``get``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.

        Returns:
            KakaotalkTemplateDto

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
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=self._client,
        )

    def delete_template(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
    ) -> None:
        """``delete_template``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.

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
        from .delete_template import sync as _call

        _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=self._client,
        )

    def update_template(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        body: KakaotalkInputUpdateTemplateDto | Mapping[str, Any],
    ) -> KakaotalkTemplateDto:
        """``update_template``

        ``PATCH /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.
            body (KakaotalkInputUpdateTemplateDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            KakaotalkTemplateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_template import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            body=body,
            client=self._client,
        )

    def list_activities(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> KakaotalkTemplateNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/activities``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            KakaotalkTemplateNotificationListDto

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
            template_code=template_code,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        page_size: float | Unset = UNSET,
    ) -> Iterator[KakaotalkTemplateNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> KakaotalkTemplateNotificationListDto:
            return self.list_activities(
                plus_friend_id=plus_friend_id,
                template_code=template_code,
                page_size=page_size,
                page_token=page_token,
            )

        def items(
            page: KakaotalkTemplateNotificationListDto,
        ) -> Iterable[KakaotalkTemplateNotificationDto] | Unset | None:
            return page.notifications

        def next_token(
            page: KakaotalkTemplateNotificationListDto,
        ) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="kakaotalk_templates.list_activities"
        )

    def delete_template_draft(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
    ) -> None:
        """``delete_template_draft``

        ``DELETE /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/changes``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.

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
        from .delete_template_draft import sync as _call

        _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            template_code=template_code,
            client=self._client,
        )

    def create_comment(
        self,
        *,
        plus_friend_id: str,
        template_code: str,
        body: KakaotalkCommentInputDto | Mapping[str, Any],
    ) -> KakaotalkCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/kakaotalk/senders/{plus_friend_id}/templates/{template_code}/comments``

        Args:
            plus_friend_id (str): required.
            template_code (str): required.
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
            template_code=template_code,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
KakaotalkTemplatesResource.__module__ = SyncKakaotalkTemplatesResource.__module__ = __name__.rpartition(".")[0]
