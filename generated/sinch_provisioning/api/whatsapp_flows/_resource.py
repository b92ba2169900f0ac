""":class:`WhatsappFlowsResource` and :class:`SyncWhatsappFlowsResource`: the ``whatsapp_flows`` operations bound to a client's project.

``client.whatsapp_flows`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappFlowsResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappFlowsResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.whatsapp_flow_dto import WhatsappFlowDto
from ...models.whatsapp_flow_list_dto import WhatsappFlowListDto
from ...models.whatsapp_flow_screen_dto import WhatsappFlowScreenDto
from ...models.whatsapp_flow_screen_list_dto import WhatsappFlowScreenListDto
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...types import UNSET, Unset

__all__ = ["SyncWhatsappFlowsResource", "WhatsappFlowsResource"]


class WhatsappFlowsResource:
    """The ``whatsapp_flows`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappFlowsResource project_id={self._client.project_id!r}>"

    async def list_flows(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappFlowListDto:
        """``list_flows``

        ``GET /v1/projects/{project_id}/whatsapp/flows``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappFlowListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_flows import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_flows(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[WhatsappFlowDto]:
        """Every item of :meth:`list_flows`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> WhatsappFlowListDto:
            return await self.list_flows(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappFlowListDto,
        ) -> Iterable[WhatsappFlowDto] | Unset | None:
            return page.flows

        def next_token(page: WhatsappFlowListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="whatsapp_flows.list_flows")

    async def list_flow_screens(
        self,
        *,
        flow_id: str,
    ) -> WhatsappFlowScreenListDto:
        """``list_flow_screens``

        ``GET /v1/projects/{project_id}/whatsapp/flows/{flow_id}/screens``

        Args:
            flow_id (str): required.

        Returns:
            WhatsappFlowScreenListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_flow_screens import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            flow_id=flow_id,
            client=self._client,
        )


class SyncWhatsappFlowsResource:
    """The ``whatsapp_flows`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WhatsappFlowsResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWhatsappFlowsResource project_id={self._client.project_id!r}>"

    def list_flows(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: float | Unset = UNSET,
    ) -> WhatsappFlowListDto:
        """``list_flows``

        ``GET /v1/projects/{project_id}/whatsapp/flows``

        Args:
            page_token (str | Unset): optional.
            page_size (float | Unset): optional; value 1-100.

        Returns:
            WhatsappFlowListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_flows import sync as _call

        return _call(
            project_id=self._client.project_id,
            page_token=page_token,
            page_size=page_size,
            client=self._client,
        )

    def iter_list_flows(
        self,
        *,
        page_size: float | Unset = UNSET,
    ) -> Iterator[WhatsappFlowDto]:
        """Every item of :meth:`list_flows`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> WhatsappFlowListDto:
            return self.list_flows(
                page_token=page_token,
                page_size=page_size,
            )

        def items(
            page: WhatsappFlowListDto,
        ) -> Iterable[WhatsappFlowDto] | Unset | None:
            return page.flows

        def next_token(page: WhatsappFlowListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(fetch, items, next_token, operation="whatsapp_flows.list_flows")

    def list_flow_screens(
        self,
        *,
        flow_id: str,
    ) -> WhatsappFlowScreenListDto:
        """``list_flow_screens``

        ``GET /v1/projects/{project_id}/whatsapp/flows/{flow_id}/screens``

        Args:
            flow_id (str): required.

        Returns:
            WhatsappFlowScreenListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_flow_screens import sync as _call

        return _call(
            project_id=self._client.project_id,
            flow_id=flow_id,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WhatsappFlowsResource.__module__ = SyncWhatsappFlowsResource.__module__ = __name__.rpartition(".")[0]
