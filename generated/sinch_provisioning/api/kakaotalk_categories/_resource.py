""":class:`KakaotalkCategoriesResource` and :class:`SyncKakaotalkCategoriesResource`: the ``kakaotalk_categories`` operations bound to a client's project.

``client.kakaotalk_categories`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`KakaotalkCategoriesResource`, on a ``SyncProvisioningClient`` a :class:`SyncKakaotalkCategoriesResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
from ...models.kakaotalk_sender_category_dto import KakaotalkSenderCategoryDto
from ...models.kakaotalk_sender_category_list_dto import KakaotalkSenderCategoryListDto
from ...models.kakaotalk_template_category_dto import KakaotalkTemplateCategoryDto
from ...models.kakaotalk_template_category_list_dto import (
    KakaotalkTemplateCategoryListDto,
)
from ...types import UNSET, Unset

__all__ = ["KakaotalkCategoriesResource", "SyncKakaotalkCategoriesResource"]


class KakaotalkCategoriesResource:
    """The ``kakaotalk_categories`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<KakaotalkCategoriesResource project_id={self._client.project_id!r}>"

    async def list_sender_categories(
        self,
    ) -> KakaotalkSenderCategoryListDto:
        """``list_sender_categories``

        ``GET /v1/projects/{project_id}/kakaotalk/categories/senders``

        Returns:
            KakaotalkSenderCategoryListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_sender_categories import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    async def get_template_categories(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> KakaotalkTemplateCategoryListDto:
        """``get_template_categories``

        ``GET /v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates``

        Args:
            plus_friend_id (str): required.
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            KakaotalkTemplateCategoryListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_template_categories import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_get_template_categories(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
    ) -> AsyncIterator[KakaotalkTemplateCategoryDto]:
        """Every item of :meth:`get_template_categories`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate

        async def fetch(page_token: str | Unset) -> KakaotalkTemplateCategoryListDto:
            return await self.get_template_categories(
                plus_friend_id=plus_friend_id,
                page_size=page_size,
                page_token=page_token,
            )

        def items(
            page: KakaotalkTemplateCategoryListDto,
        ) -> Iterable[KakaotalkTemplateCategoryDto] | Unset | None:
            return page.categories

        def next_token(page: KakaotalkTemplateCategoryListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch,
            items,
            next_token,
            operation="kakaotalk_categories.get_template_categories",
        )


class SyncKakaotalkCategoriesResource:
    """The ``kakaotalk_categories`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`KakaotalkCategoriesResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return (
            f"<SyncKakaotalkCategoriesResource project_id={self._client.project_id!r}>"
        )

    def list_sender_categories(
        self,
    ) -> KakaotalkSenderCategoryListDto:
        """``list_sender_categories``

        ``GET /v1/projects/{project_id}/kakaotalk/categories/senders``

        Returns:
            KakaotalkSenderCategoryListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_sender_categories import sync as _call

        return _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    def get_template_categories(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> KakaotalkTemplateCategoryListDto:
        """``get_template_categories``

        ``GET /v1/projects/{project_id}/kakaotalk/categories/senders/{plus_friend_id}/templates``

        Args:
            plus_friend_id (str): required.
            page_size (float | Unset): optional; value 1-100.
            page_token (str | Unset): optional.

        Returns:
            KakaotalkTemplateCategoryListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_template_categories import sync as _call

        return _call(
            project_id=self._client.project_id,
            plus_friend_id=plus_friend_id,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
        )

    def iter_get_template_categories(
        self,
        *,
        plus_friend_id: str,
        page_size: float | Unset = UNSET,
    ) -> Iterator[KakaotalkTemplateCategoryDto]:
        """Every item of :meth:`get_template_categories`, fetching pages as the iteration needs them.

        Follows ``nextPageToken`` until it is empty or absent; raises
        :class:`~sinch_provisioning.PaginationError` if the server repeats a token.
        """
        from ..._pagination import paginate_sync as paginate

        def fetch(page_token: str | Unset) -> KakaotalkTemplateCategoryListDto:
            return self.get_template_categories(
                plus_friend_id=plus_friend_id,
                page_size=page_size,
                page_token=page_token,
            )

        def items(
            page: KakaotalkTemplateCategoryListDto,
        ) -> Iterable[KakaotalkTemplateCategoryDto] | Unset | None:
            return page.categories

        def next_token(page: KakaotalkTemplateCategoryListDto) -> str | Unset | None:
            return page.next_page_token

        return paginate(
            fetch,
            items,
            next_token,
            operation="kakaotalk_categories.get_template_categories",
        )


# Their public home is the tag package, which imports this module on first use.
KakaotalkCategoriesResource.__module__ = SyncKakaotalkCategoriesResource.__module__ = __name__.rpartition(".")[0]
