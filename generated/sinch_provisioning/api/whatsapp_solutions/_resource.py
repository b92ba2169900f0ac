""":class:`WhatsappSolutionsResource` and :class:`SyncWhatsappSolutionsResource`: the ``whatsapp_solutions`` operations bound to a client's project.

``client.whatsapp_solutions`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappSolutionsResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappSolutionsResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.whatsapp_create_solution_list_dto import WhatsappCreateSolutionListDto
from ...models.whatsapp_failed_solution_dto import WhatsappFailedSolutionDto
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_solution_dto import WhatsappSolutionDto
from ...models.whatsapp_solution_input_dto import WhatsappSolutionInputDto
from ...models.whatsapp_solution_list_dto import WhatsappSolutionListDto
from ...types import UNSET, Unset

__all__ = ["SyncWhatsappSolutionsResource", "WhatsappSolutionsResource"]


class WhatsappSolutionsResource:
    """The ``whatsapp_solutions`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappSolutionsResource project_id={self._client.project_id!r}>"

    async def list_solutions(
        self,
    ) -> WhatsappSolutionListDto:
        """``list_solutions``

        ``GET /v1/projects/{project_id}/whatsapp/solutions``

        Returns:
            WhatsappSolutionListDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_solutions import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    async def create_solution(
        self,
        *,
        body: WhatsappSolutionInputDto | Mapping[str, Any],
    ) -> WhatsappCreateSolutionListDto:
        """``create_solution``

        ``POST /v1/projects/{project_id}/whatsapp/solutions``

        Args:
            body (WhatsappSolutionInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappCreateSolutionListDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_solution import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def get_solution(
        self,
        *,
        solution_id: str,
    ) -> WhatsappSolutionDto:
        """``get_solution``

        ``GET /v1/projects/{project_id}/whatsapp/solutions/{solution_id}``

        Args:
            solution_id (str): required.

        Returns:
            WhatsappSolutionDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_solution import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            solution_id=solution_id,
            client=self._client,
        )

    async def assign_solution(
        self,
        *,
        solution_id: str,
    ) -> None:
        """``assign_solution``

        ``POST /v1/projects/{project_id}/whatsapp/solutions/{solution_id}/assign``

        Args:
            solution_id (str): required.

        Returns:
            None

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .assign_solution import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            solution_id=solution_id,
            client=self._client,
        )


class SyncWhatsappSolutionsResource:
    """The ``whatsapp_solutions`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WhatsappSolutionsResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWhatsappSolutionsResource project_id={self._client.project_id!r}>"

    def list_solutions(
        self,
    ) -> WhatsappSolutionListDto:
        """``list_solutions``

        ``GET /v1/projects/{project_id}/whatsapp/solutions``

        Returns:
            WhatsappSolutionListDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_solutions import sync as _call

        return _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    def create_solution(
        self,
        *,
        body: WhatsappSolutionInputDto | Mapping[str, Any],
    ) -> WhatsappCreateSolutionListDto:
        """``create_solution``

        ``POST /v1/projects/{project_id}/whatsapp/solutions``

        Args:
            body (WhatsappSolutionInputDto | Mapping[str, Any]): required; sent as application/json.

        Returns:
            WhatsappCreateSolutionListDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_solution import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def get_solution(
        self,
        *,
        solution_id: str,
    ) -> WhatsappSolutionDto:
        """``get_solution``

        ``GET /v1/projects/{project_id}/whatsapp/solutions/{solution_id}``

        Args:
            solution_id (str): required.

        Returns:
            WhatsappSolutionDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_solution import sync as _call

        return _call(
            project_id=self._client.project_id,
            solution_id=solution_id,
            client=self._client,
        )

    def assign_solution(
        self,
        *,
        solution_id: str,
    ) -> None:
        """``assign_solution``

        ``POST /v1/projects/{project_id}/whatsapp/solutions/{solution_id}/assign``

        Args:
            solution_id (str): required.

        Returns:
            None

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .assign_solution import sync as _call

        _call(
            project_id=self._client.project_id,
            solution_id=solution_id,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WhatsappSolutionsResource.__module__ = SyncWhatsappSolutionsResource.__module__ = __name__.rpartition(".")[0]
