""":class:`RcsSendersResource` and :class:`SyncRcsSendersResource`: the ``rcs_senders`` operations bound to a client's project.

``client.rcs_senders`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`RcsSendersResource`, on a ``SyncProvisioningClient`` a :class:`SyncRcsSendersResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.rcs_comment_dto import RcsCommentDto
from ...models.rcs_comment_input_dto import RcsCommentInputDto
from ...models.rcs_country_status_dto import RcsCountryStatusDto
from ...models.rcs_papi_error_dto import RcsPapiErrorDto
from ...models.rcs_sender_dto import RcsSenderDto
from ...models.rcs_sender_input_dto import RcsSenderInputDto
from ...models.rcs_sender_list_dto import RcsSenderListDto
from ...models.rcs_sender_notification_dto import RcsSenderNotificationDto
from ...models.rcs_sender_notification_list_dto import RcsSenderNotificationListDto
from ...models.rcs_sender_sort_columns_enum import RcsSenderSortColumnsEnum
from ...models.rcs_sender_states_enum import RcsSenderStatesEnum
from ...models.rcs_sort_directions_enum import RcsSortDirectionsEnum
from ...models.rcs_test_number_capabilities_dto import RcsTestNumberCapabilitiesDto
from ...models.rcs_test_number_capabilities_features_enum import (
    RcsTestNumberCapabilitiesFeaturesEnum,
)
from ...models.rcs_test_number_state_dto import RcsTestNumberStateDto
from ...models.rcs_test_numbers_dto import RcsTestNumbersDto
from ...models.rcs_test_numbers_input_dto import RcsTestNumbersInputDto
from ...models.rcs_update_sender_input_dto import RcsUpdateSenderInputDto
from ...models.rcs_us_questionnaire_versions_enum import RcsUsQuestionnaireVersionsEnum
from ...types import UNSET, Unset

__all__ = ["RcsSendersResource", "SyncRcsSendersResource"]


class RcsSendersResource:
    """The ``rcs_senders`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<RcsSendersResource project_id={self._client.project_id!r}>"

    async def list_senders(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_conversation_api_app_id: str | Unset = UNSET,
        filter_sender_ids: str | Unset = UNSET,
        filter_sender_name: str | Unset = UNSET,
        filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
        sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
    ) -> RcsSenderListDto:
        """``list_senders``

        ``GET /v1/projects/{project_id}/rcs/senders``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.
            filter_conversation_api_app_id (str | Unset): optional.
            filter_sender_ids (str | Unset): optional.
            filter_sender_name (str | Unset): optional; deprecated.
            filter_states (list[RcsSenderStatesEnum] | Unset): optional; each item: one of: DRAFT,
                IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
            search (str | Unset): optional.
            sort_column (RcsSenderSortColumnsEnum | Unset): optional; one of: CREATED, MODIFIED, NAME,
                STATE.
            sort_direction (RcsSortDirectionsEnum | Unset): optional; one of: ASC, DESC.

        Returns:
            RcsSenderListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_senders import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            filter_conversation_api_app_id=filter_conversation_api_app_id,
            filter_sender_ids=filter_sender_ids,
            filter_sender_name=filter_sender_name,
            filter_states=filter_states,
            search=search,
            sort_column=sort_column,
            sort_direction=sort_direction,
            client=self._client,
        )

    def iter_list_senders(
        self,
        *,
        page_size: float | Unset = UNSET,
        filter_conversation_api_app_id: str | Unset = UNSET,
        filter_sender_ids: str | Unset = UNSET,
        filter_sender_name: str | Unset = UNSET,
        filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
        sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
    ) -> AsyncIterator[RcsSenderDto]:
        """Every item of :meth:`list_senders`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> RcsSenderListDto:
            return await self.list_senders(
                page_token=page_token,
                page_size=page_size,
                filter_conversation_api_app_id=filter_conversation_api_app_id,
                filter_sender_ids=filter_sender_ids,
                filter_sender_name=filter_sender_name,
                filter_states=filter_states,
                search=search,
                sort_column=sort_column,
                sort_direction=sort_direction,
            )

        def items(page: RcsSenderListDto) -> Iterable[RcsSenderDto] | Unset | None:
            return page.senders

        def next_token(page: RcsSenderListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="rcs_senders.list_senders")

    async def create_sender(
        self,
        *,
        body: RcsSenderInputDto | Mapping[str, Any],
    ) -> RcsSenderDto:
        """``create_sender``

        ``POST /v1/projects/{project_id}/rcs/senders``

        Args:
            body (RcsSenderInputDto | Mapping[str, Any]): required; sent as application/json;
                details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
                sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: StatusUpdate, OperatorStatusUpdate, Comment,
                BrandOrderStatusUpdate.
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
        sender_id: str,
    ) -> RcsSenderDto:
        """``get_sender``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}``

        Args:
            sender_id (str): required.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    async def update_sender(
        self,
        *,
        sender_id: str,
        body: RcsUpdateSenderInputDto | Mapping[str, Any],
        us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
    ) -> RcsSenderDto:
        """``update_sender``

        ``PATCH /v1/projects/{project_id}/rcs/senders/{sender_id}``

        Args:
            sender_id (str): required.
            us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset): optional; one of: v1,
                v2.
            body (RcsUpdateSenderInputDto | Mapping[str, Any]): required; sent as application/json;
                details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
                sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            us_questionnaire_version=us_questionnaire_version,
            body=body,
            client=self._client,
        )

    async def list_activities(
        self,
        *,
        sender_id: str,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> RcsSenderNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/activities``

        Args:
            sender_id (str): required.
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            RcsSenderNotificationListDto

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
    ) -> AsyncIterator[RcsSenderNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> RcsSenderNotificationListDto:
            return await self.list_activities(
                sender_id=sender_id,
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: RcsSenderNotificationListDto,
        ) -> Iterable[RcsSenderNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: RcsSenderNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="rcs_senders.list_activities"
        )

    async def create_sender_comment(
        self,
        *,
        sender_id: str,
        body: RcsCommentInputDto | Mapping[str, Any],
    ) -> RcsCommentDto:
        """``create_sender_comment``

        ``POST /v1/projects/{project_id}/rcs/senders/{sender_id}/comments``

        Args:
            sender_id (str): required.
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
        """
        from .create_sender_comment import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    async def launch_sender(
        self,
        *,
        sender_id: str,
    ) -> RcsSenderDto:
        """``launch_sender``

        ``POST /v1/projects/{project_id}/rcs/senders/{sender_id}/launch``

        Args:
            sender_id (str): required.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            PreconditionFailedError: HTTP 412.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .launch_sender import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    async def add_test_numbers(
        self,
        *,
        sender_id: str,
        body: RcsTestNumbersInputDto | Mapping[str, Any],
    ) -> RcsTestNumbersDto:
        """``add_test_numbers``

        ``POST /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers``

        Args:
            sender_id (str): required.
            body (RcsTestNumbersInputDto | Mapping[str, Any]): required; sent as application/json;
                testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked before
                sending.

        Returns:
            RcsTestNumbersDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: body testNumbers[*] (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .add_test_numbers import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    async def get_test_number_state(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> RcsTestNumberStateDto:
        """``get_test_number_state``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsTestNumberStateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_test_number_state import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )

    async def delete_test_number(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> None:
        """``delete_test_number``

        ``DELETE /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_test_number import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )

    async def get_test_number_capabilities(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> RcsTestNumberCapabilitiesDto:
        """``get_test_number_capabilities``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/capabilities``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsTestNumberCapabilitiesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_test_number_capabilities import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )

    async def retry_test_number(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> RcsTestNumberStateDto:
        """``retry_test_number``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsTestNumberStateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .retry_test_number import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )


class SyncRcsSendersResource:
    """The ``rcs_senders`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`RcsSendersResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncRcsSendersResource project_id={self._client.project_id!r}>"

    def list_senders(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
        filter_conversation_api_app_id: str | Unset = UNSET,
        filter_sender_ids: str | Unset = UNSET,
        filter_sender_name: str | Unset = UNSET,
        filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
        sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
    ) -> RcsSenderListDto:
        """``list_senders``

        ``GET /v1/projects/{project_id}/rcs/senders``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.
            filter_conversation_api_app_id (str | Unset): optional.
            filter_sender_ids (str | Unset): optional.
            filter_sender_name (str | Unset): optional; deprecated.
            filter_states (list[RcsSenderStatesEnum] | Unset): optional; each item: one of: DRAFT,
                IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
            search (str | Unset): optional.
            sort_column (RcsSenderSortColumnsEnum | Unset): optional; one of: CREATED, MODIFIED, NAME,
                STATE.
            sort_direction (RcsSortDirectionsEnum | Unset): optional; one of: ASC, DESC.

        Returns:
            RcsSenderListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_senders import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            filter_conversation_api_app_id=filter_conversation_api_app_id,
            filter_sender_ids=filter_sender_ids,
            filter_sender_name=filter_sender_name,
            filter_states=filter_states,
            search=search,
            sort_column=sort_column,
            sort_direction=sort_direction,
            client=self._client,
        )

    def iter_list_senders(
        self,
        *,
        page_size: float | Unset = UNSET,
        filter_conversation_api_app_id: str | Unset = UNSET,
        filter_sender_ids: str | Unset = UNSET,
        filter_sender_name: str | Unset = UNSET,
        filter_states: list[RcsSenderStatesEnum] | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_column: RcsSenderSortColumnsEnum | Unset = UNSET,
        sort_direction: RcsSortDirectionsEnum | Unset = UNSET,
    ) -> Iterator[RcsSenderDto]:
        """Every item of :meth:`list_senders`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> RcsSenderListDto:
            return self.list_senders(
                page_token=page_token,
                page_size=page_size,
                filter_conversation_api_app_id=filter_conversation_api_app_id,
                filter_sender_ids=filter_sender_ids,
                filter_sender_name=filter_sender_name,
                filter_states=filter_states,
                search=search,
                sort_column=sort_column,
                sort_direction=sort_direction,
            )

        def items(page: RcsSenderListDto) -> Iterable[RcsSenderDto] | Unset | None:
            return page.senders

        def next_token(page: RcsSenderListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="rcs_senders.list_senders")

    def create_sender(
        self,
        *,
        body: RcsSenderInputDto | Mapping[str, Any],
    ) -> RcsSenderDto:
        """``create_sender``

        ``POST /v1/projects/{project_id}/rcs/senders``

        Args:
            body (RcsSenderInputDto | Mapping[str, Any]): required; sent as application/json;
                details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
                sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).

        Webhooks:
            Callbacks this operation may trigger: StatusUpdate, OperatorStatusUpdate, Comment,
                BrandOrderStatusUpdate.
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
        sender_id: str,
    ) -> RcsSenderDto:
        """``get_sender``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}``

        Args:
            sender_id (str): required.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    def update_sender(
        self,
        *,
        sender_id: str,
        body: RcsUpdateSenderInputDto | Mapping[str, Any],
        us_questionnaire_version: RcsUsQuestionnaireVersionsEnum | Unset = UNSET,
    ) -> RcsSenderDto:
        """``update_sender``

        ``PATCH /v1/projects/{project_id}/rcs/senders/{sender_id}``

        Args:
            sender_id (str): required.
            us_questionnaire_version (RcsUsQuestionnaireVersionsEnum | Unset): optional; one of: v1,
                v2.
            body (RcsUpdateSenderInputDto | Mapping[str, Any]): required; sent as application/json;
                details.testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: body details.testNumbers[*] (checked before
                sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .update_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            us_questionnaire_version=us_questionnaire_version,
            body=body,
            client=self._client,
        )

    def list_activities(
        self,
        *,
        sender_id: str,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> RcsSenderNotificationListDto:
        """``list_activities``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/activities``

        Args:
            sender_id (str): required.
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            RcsSenderNotificationListDto

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
    ) -> Iterator[RcsSenderNotificationDto]:
        """Every item of :meth:`list_activities`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> RcsSenderNotificationListDto:
            return self.list_activities(
                sender_id=sender_id,
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: RcsSenderNotificationListDto,
        ) -> Iterable[RcsSenderNotificationDto] | Unset | None:
            return page.notifications

        def next_token(page: RcsSenderNotificationListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch, items, next_token, operation="rcs_senders.list_activities"
        )

    def create_sender_comment(
        self,
        *,
        sender_id: str,
        body: RcsCommentInputDto | Mapping[str, Any],
    ) -> RcsCommentDto:
        """``create_sender_comment``

        ``POST /v1/projects/{project_id}/rcs/senders/{sender_id}/comments``

        Args:
            sender_id (str): required.
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
        """
        from .create_sender_comment import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    def launch_sender(
        self,
        *,
        sender_id: str,
    ) -> RcsSenderDto:
        """``launch_sender``

        ``POST /v1/projects/{project_id}/rcs/senders/{sender_id}/launch``

        Args:
            sender_id (str): required.

        Returns:
            RcsSenderDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            PreconditionFailedError: HTTP 412.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .launch_sender import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            client=self._client,
        )

    def add_test_numbers(
        self,
        *,
        sender_id: str,
        body: RcsTestNumbersInputDto | Mapping[str, Any],
    ) -> RcsTestNumbersDto:
        """``add_test_numbers``

        ``POST /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers``

        Args:
            sender_id (str): required.
            body (RcsTestNumbersInputDto | Mapping[str, Any]): required; sent as application/json;
                testNumbers[*]: E.164 number ('+' then 2-15 digits, the first not 0), checked before
                sending.

        Returns:
            RcsTestNumbersDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: body testNumbers[*] (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .add_test_numbers import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            body=body,
            client=self._client,
        )

    def get_test_number_state(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> RcsTestNumberStateDto:
        """``get_test_number_state``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsTestNumberStateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_test_number_state import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )

    def delete_test_number(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> None:
        """``delete_test_number``

        ``DELETE /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .delete_test_number import sync as _call

        _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )

    def get_test_number_capabilities(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> RcsTestNumberCapabilitiesDto:
        """``get_test_number_capabilities``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/capabilities``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsTestNumberCapabilitiesDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_test_number_capabilities import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )

    def retry_test_number(
        self,
        *,
        sender_id: str,
        test_number: str,
    ) -> RcsTestNumberStateDto:
        """``retry_test_number``

        ``GET /v1/projects/{project_id}/rcs/senders/{sender_id}/testNumbers/{test_number}/retry``

        Args:
            sender_id (str): required.
            test_number (str): required; E.164 number ('+' then 2-15 digits, the first not 0), checked
                before sending.

        Returns:
            RcsTestNumberStateDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 500.
            InvalidE164Error: not an E.164 number: test_number (checked before sending).
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .retry_test_number import sync as _call

        return _call(
            project_id=self._client.project_id,
            sender_id=sender_id,
            test_number=test_number,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
RcsSendersResource.__module__ = SyncRcsSendersResource.__module__ = __name__.rpartition(".")[0]
