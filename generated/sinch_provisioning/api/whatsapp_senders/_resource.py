""":class:`WhatsappSendersResource` and :class:`SyncWhatsappSendersResource`: the ``whatsapp_senders`` operations bound to a client's project.

``client.whatsapp_senders`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappSendersResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappSendersResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.whatsapp_comment_dto import WhatsappCommentDto
from ...models.whatsapp_comment_input_dto import WhatsappCommentInputDto
from ...models.whatsapp_conversation_app_regions_enum import (
    WhatsappConversationAppRegionsEnum,
)
from ...models.whatsapp_input_sender_partner_initiated_dto import (
    WhatsappInputSenderPartnerInitiatedDto,
)
from ...models.whatsapp_input_sender_phone_provisioning_dto import (
    WhatsappInputSenderPhoneProvisioningDto,
)
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_sender_dto import WhatsappSenderDto
from ...models.whatsapp_sender_input_dto_deprecated import (
    WhatsappSenderInputDtoDeprecated,
)
from ...models.whatsapp_sender_input_es_dto import WhatsappSenderInputEsDto
from ...models.whatsapp_sender_input_register_dto import WhatsappSenderInputRegisterDto
from ...models.whatsapp_sender_input_verify_dto import WhatsappSenderInputVerifyDto
from ...models.whatsapp_sender_list_dto import WhatsappSenderListDto
from ...models.whatsapp_sender_notification_dto import WhatsappSenderNotificationDto
from ...models.whatsapp_sender_notification_list_dto import (
    WhatsappSenderNotificationListDto,
)
from ...models.whatsapp_sender_register_dto import WhatsappSenderRegisterDto
from ...models.whatsapp_sender_states_enum import WhatsappSenderStatesEnum
from ...models.whatsapp_sender_statuses_enum import WhatsappSenderStatusesEnum
from ...models.whatsapp_suggested_usernames_dto import WhatsappSuggestedUsernamesDto
from ...models.whatsapp_update_sender_input_dto import WhatsappUpdateSenderInputDto
from ...types import UNSET, Unset

__all__ = ["SyncWhatsappSendersResource", "WhatsappSendersResource"]


class WhatsappSendersResource:
    """The ``whatsapp_senders`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappSendersResource project_id={self._client.project_id!r}>"

    async def list_senders(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_states: list[WhatsappSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappSenderStatusesEnum] | Unset = UNSET,
    ) -> WhatsappSenderListDto:
        """``list_senders``

        ``GET /v1/projects/{project_id}/whatsapp/senders``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.
            filter_states (list[WhatsappSenderStatesEnum] | Unset): optional; each item: one of:
                ACTIVE, IN_PROGRESS, INACTIVE, PENDING_VERIFICATION, SUSPENDED, ERROR.
            filter_statuses (list[WhatsappSenderStatusesEnum] | Unset): optional; each item: one of:
                DRAFT, ERROR, IN_PROGRESS, MULTIPLE_WABA_ERROR, REJECTED.

        Returns:
            WhatsappSenderListDto

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
        filter_states: list[WhatsappSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappSenderStatusesEnum] | Unset = UNSET,
    ) -> AsyncIterator[WhatsappSenderDto]:
        """Every item of :meth:`list_senders`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> WhatsappSenderListDto:
            return await self.list_senders(
                page_token=page_token,
                page_size=page_size,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
            )

        def items(
            page: WhatsappSenderListDto,
        ) -> Iterable[WhatsappSenderDto] | Unset | None:
            return page.senders

        def next_token(page: WhatsappSenderListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_senders.list_senders"
        )

    async def create_sender(
        self,
        *,
        body: WhatsappInputSenderPartnerInitiatedDto
        | WhatsappInputSenderPhoneProvisioningDto
        | WhatsappSenderInputDtoDeprecated
        | WhatsappSenderInputEsDto
        | Mapping[str, Any],
    ) -> WhatsappSenderDto:
        """``create_sender``

        ``POST /v1/projects/{project_id}/whatsapp/senders``

        Args:
            body (WhatsappInputSenderPartnerInitiatedDto | WhatsappInputSenderPhoneProvisioningDto | WhatsappSenderInputDtoDeprecated | WhatsappSenderInputEsDto | Mapping[str, Any]):
                required; sent as application/json.

        Returns:
            WhatsappSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Active, Inactive, PendingVerification,
                Rejected, Error, DailyLimitChanged, QualityRatingChanged, Deleted, DisplayNameUpdated,
                UsernameUpdated.
        """
        from .create_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def get(
        self,
        *,
        sender_id: str,
    ) -> WhatsappSenderDto:
        """``get``

        ``GET /v1/projects/{project_id}/whatsapp/senders/{sender_id}``

        Args:
            sender_id (str): required.

        Returns:
            WhatsappSenderDto

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
            sender_id=sender_id,
            client=self._client,
        )

    async def delete(
        self,
        *,
        sender_id: str,
    ) -> None:
        """``delete``

        ``DELETE /v1/projects/{project_id}/whatsapp/senders/{sender_id}``

        Args:
            sender_id (str): required.

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
        from .delete import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    async def update(
        self,
        *,
        sender_id: str,
        body: WhatsappUpdateSenderInputDto | Mapping[str, Any],
    ) -> WhatsappSenderDto:
        """``update``

        ``PATCH /v1/projects/{project_id}/whatsapp/senders/{sender_id}``

        Args:
            sender_id (str): required.
            body (WhatsappUpdateSenderInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Active, Inactive, PendingVerification,
                Rejected, Error, DailyLimitChanged, QualityRatingChanged, Deleted, DisplayNameUpdated,
                UsernameUpdated.
        """
        from .update import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    async def list_activities(
        self,
        *,
        sender_id: str,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappSenderNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/whatsapp/senders/{sender_id}/activities``

        Args:
            sender_id (str): required.
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappSenderNotificationListDto

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
            sender_id=sender_id,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        sender_id: str,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[WhatsappSenderNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> WhatsappSenderNotificationListDto:
            return await self.list_activities(
                sender_id=sender_id,
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappSenderNotificationListDto,
        ) -> Iterable[WhatsappSenderNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: WhatsappSenderNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_senders.list_activities"
        )

    async def delete_changes(
        self,
        *,
        sender_id: str,
    ) -> None:
        """``delete_changes``

        ``DELETE /v1/projects/{project_id}/whatsapp/senders/{sender_id}/changes``

        Args:
            sender_id (str): required.

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
            sender_id=sender_id,
            client=self._client,
        )

    async def create_comment(
        self,
        *,
        sender_id: str,
        body: WhatsappCommentInputDto | Mapping[str, Any],
    ) -> WhatsappCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/comments``

        Args:
            sender_id (str): required.
            body (WhatsappCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappCommentDto

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
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    async def register(
        self,
        *,
        sender_id: str,
        body: WhatsappSenderInputRegisterDto | Mapping[str, Any],
    ) -> WhatsappSenderRegisterDto:
        """``register``

        ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/register``

        Args:
            sender_id (str): required.
            body (WhatsappSenderInputRegisterDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappSenderRegisterDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .register import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    async def get_suggested_usernames(
        self,
        *,
        sender_id: str,
    ) -> WhatsappSuggestedUsernamesDto:
        """``get_suggested_usernames``

        ``GET /v1/projects/{project_id}/whatsapp/senders/{sender_id}/suggestedUsernames``

        Args:
            sender_id (str): required.

        Returns:
            WhatsappSuggestedUsernamesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_suggested_usernames import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    async def verify(
        self,
        *,
        sender_id: str,
        body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
    ) -> None:
        """``verify``

        ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify``

        Args:
            sender_id (str): required.
            body (WhatsappSenderInputVerifyDto | Mapping[str, Any]): required; sent as
                application/json.

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
        from .verify import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )


class SyncWhatsappSendersResource:
    """The ``whatsapp_senders`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WhatsappSendersResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWhatsappSendersResource project_id={self._client.project_id!r}>"

    def list_senders(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_states: list[WhatsappSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappSenderStatusesEnum] | Unset = UNSET,
    ) -> WhatsappSenderListDto:
        """``list_senders``

        ``GET /v1/projects/{project_id}/whatsapp/senders``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.
            filter_states (list[WhatsappSenderStatesEnum] | Unset): optional; each item: one of:
                ACTIVE, IN_PROGRESS, INACTIVE, PENDING_VERIFICATION, SUSPENDED, ERROR.
            filter_statuses (list[WhatsappSenderStatusesEnum] | Unset): optional; each item: one of:
                DRAFT, ERROR, IN_PROGRESS, MULTIPLE_WABA_ERROR, REJECTED.

        Returns:
            WhatsappSenderListDto

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
        filter_states: list[WhatsappSenderStatesEnum] | Unset = UNSET,
        filter_statuses: list[WhatsappSenderStatusesEnum] | Unset = UNSET,
    ) -> Iterator[WhatsappSenderDto]:
        """Every item of :meth:`list_senders`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> WhatsappSenderListDto:
            return self.list_senders(
                page_token=page_token,
                page_size=page_size,
                filter_states=filter_states,
                filter_statuses=filter_statuses,
            )

        def items(
            page: WhatsappSenderListDto,
        ) -> Iterable[WhatsappSenderDto] | Unset | None:
            return page.senders

        def next_token(page: WhatsappSenderListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_senders.list_senders"
        )

    def create_sender(
        self,
        *,
        body: WhatsappInputSenderPartnerInitiatedDto
        | WhatsappInputSenderPhoneProvisioningDto
        | WhatsappSenderInputDtoDeprecated
        | WhatsappSenderInputEsDto
        | Mapping[str, Any],
    ) -> WhatsappSenderDto:
        """``create_sender``

        ``POST /v1/projects/{project_id}/whatsapp/senders``

        Args:
            body (WhatsappInputSenderPartnerInitiatedDto | WhatsappInputSenderPhoneProvisioningDto | WhatsappSenderInputDtoDeprecated | WhatsappSenderInputEsDto | Mapping[str, Any]):
                required; sent as application/json.

        Returns:
            WhatsappSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Active, Inactive, PendingVerification,
                Rejected, Error, DailyLimitChanged, QualityRatingChanged, Deleted, DisplayNameUpdated,
                UsernameUpdated.
        """
        from .create_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def get(
        self,
        *,
        sender_id: str,
    ) -> WhatsappSenderDto:
        """``get``

        ``GET /v1/projects/{project_id}/whatsapp/senders/{sender_id}``

        Args:
            sender_id (str): required.

        Returns:
            WhatsappSenderDto

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
            sender_id=sender_id,
            client=self._client,
        )

    def delete(
        self,
        *,
        sender_id: str,
    ) -> None:
        """``delete``

        ``DELETE /v1/projects/{project_id}/whatsapp/senders/{sender_id}``

        Args:
            sender_id (str): required.

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
        from .delete import sync as _call

        _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    def update(
        self,
        *,
        sender_id: str,
        body: WhatsappUpdateSenderInputDto | Mapping[str, Any],
    ) -> WhatsappSenderDto:
        """``update``

        ``PATCH /v1/projects/{project_id}/whatsapp/senders/{sender_id}``

        Args:
            sender_id (str): required.
            body (WhatsappUpdateSenderInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: Comment, Active, Inactive, PendingVerification,
                Rejected, Error, DailyLimitChanged, QualityRatingChanged, Deleted, DisplayNameUpdated,
                UsernameUpdated.
        """
        from .update import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    def list_activities(
        self,
        *,
        sender_id: str,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappSenderNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/whatsapp/senders/{sender_id}/activities``

        Args:
            sender_id (str): required.
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappSenderNotificationListDto

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
            sender_id=sender_id,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_activities(
        self,
        *,
        sender_id: str,
        page_size: float | Unset = UNSET,
    ) -> Iterator[WhatsappSenderNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> WhatsappSenderNotificationListDto:
            return self.list_activities(
                sender_id=sender_id,
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappSenderNotificationListDto,
        ) -> Iterable[WhatsappSenderNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: WhatsappSenderNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="whatsapp_senders.list_activities"
        )

    def delete_changes(
        self,
        *,
        sender_id: str,
    ) -> None:
        """``delete_changes``

        ``DELETE /v1/projects/{project_id}/whatsapp/senders/{sender_id}/changes``

        Args:
            sender_id (str): required.

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
            sender_id=sender_id,
            client=self._client,
        )

    def create_comment(
        self,
        *,
        sender_id: str,
        body: WhatsappCommentInputDto | Mapping[str, Any],
    ) -> WhatsappCommentDto:
        """``create_comment``

        ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/comments``

        Args:
            sender_id (str): required.
            body (WhatsappCommentInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappCommentDto

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
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    def register(
        self,
        *,
        sender_id: str,
        body: WhatsappSenderInputRegisterDto | Mapping[str, Any],
    ) -> WhatsappSenderRegisterDto:
        """``register``

        ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/register``

        Args:
            sender_id (str): required.
            body (WhatsappSenderInputRegisterDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappSenderRegisterDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .register import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    def get_suggested_usernames(
        self,
        *,
        sender_id: str,
    ) -> WhatsappSuggestedUsernamesDto:
        """``get_suggested_usernames``

        ``GET /v1/projects/{project_id}/whatsapp/senders/{sender_id}/suggestedUsernames``

        Args:
            sender_id (str): required.

        Returns:
            WhatsappSuggestedUsernamesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_suggested_usernames import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    def verify(
        self,
        *,
        sender_id: str,
        body: WhatsappSenderInputVerifyDto | Mapping[str, Any],
    ) -> None:
        """``verify``

        ``POST /v1/projects/{project_id}/whatsapp/senders/{sender_id}/verify``

        Args:
            sender_id (str): required.
            body (WhatsappSenderInputVerifyDto | Mapping[str, Any]): required; sent as
                application/json.

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
        from .verify import sync as _call

        _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WhatsappSendersResource.__module__ = SyncWhatsappSendersResource.__module__ = __name__.rpartition(".")[0]
