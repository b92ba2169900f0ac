""":class:`WhatsappResource` and :class:`SyncWhatsappResource`: the ``whatsapp`` operations bound to a client's project.

``client.whatsapp`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.whatsapp_long_lived_access_token_dto import (
    WhatsappLongLivedAccessTokenDto,
)
from ...models.whatsapp_long_lived_access_token_input_dto import (
    WhatsappLongLivedAccessTokenInputDto,
)
from ...models.whatsapp_papi_error_dto import WhatsappPapiErrorDto
from ...models.whatsapp_waba_details_dto import WhatsappWabaDetailsDto
from ...models.whatsapp_waba_details_list_dto import WhatsappWabaDetailsListDto
from ...models.whatsapp_waba_details_list_input_dto import (
    WhatsappWabaDetailsListInputDto,
)
from ...types import UNSET, Unset

__all__ = ["SyncWhatsappResource", "WhatsappResource"]


class WhatsappResource:
    """The ``whatsapp`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<WhatsappResource project_id={self._client.project_id!r}>"

    async def enable_template_analytics(
        self,
    ) -> None:
        """``enable_template_analytics``

        ``PUT /v1/projects/{project_id}/whatsapp/enableTemplateAnalytics``

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .enable_template_analytics import asyncio as _call

        await _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    async def create_long_lived_access_token(
        self,
        *,
        body: WhatsappLongLivedAccessTokenInputDto | Mapping[str, Any],
    ) -> WhatsappLongLivedAccessTokenDto:
        """``create_long_lived_access_token``

        ``POST /v1/projects/{project_id}/whatsapp/longLivedAccessToken`` (deprecated)

        Args:
            body (WhatsappLongLivedAccessTokenInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappLongLivedAccessTokenDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_long_lived_access_token import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    async def list_waba_details_for_token(
        self,
        *,
        body: WhatsappWabaDetailsListInputDto | Mapping[str, Any],
    ) -> WhatsappWabaDetailsListDto:
        """``list_waba_details_for_token``

        ``POST /v1/projects/{project_id}/whatsapp/wabaDetails`` (deprecated)

        Args:
            body (WhatsappWabaDetailsListInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappWabaDetailsListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_waba_details_for_token import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )


class SyncWhatsappResource:
    """The ``whatsapp`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`WhatsappResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncWhatsappResource project_id={self._client.project_id!r}>"

    def enable_template_analytics(
        self,
    ) -> None:
        """``enable_template_analytics``

        ``PUT /v1/projects/{project_id}/whatsapp/enableTemplateAnalytics``

        Returns:
            None

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            FailedDependencyError: HTTP 424.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .enable_template_analytics import sync as _call

        _call(
            project_id=self._client.project_id,
            client=self._client,
        )

    def create_long_lived_access_token(
        self,
        *,
        body: WhatsappLongLivedAccessTokenInputDto | Mapping[str, Any],
    ) -> WhatsappLongLivedAccessTokenDto:
        """``create_long_lived_access_token``

        ``POST /v1/projects/{project_id}/whatsapp/longLivedAccessToken`` (deprecated)

        Args:
            body (WhatsappLongLivedAccessTokenInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappLongLivedAccessTokenDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .create_long_lived_access_token import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )

    def list_waba_details_for_token(
        self,
        *,
        body: WhatsappWabaDetailsListInputDto | Mapping[str, Any],
    ) -> WhatsappWabaDetailsListDto:
        """``list_waba_details_for_token``

        ``POST /v1/projects/{project_id}/whatsapp/wabaDetails`` (deprecated)

        Args:
            body (WhatsappWabaDetailsListInputDto | Mapping[str, Any]): required; sent as
                application/json.

        Returns:
            WhatsappWabaDetailsListDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .list_waba_details_for_token import sync as _call

        return _call(
            project_id=self._client.project_id,
            body=body,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
WhatsappResource.__module__ = SyncWhatsappResource.__module__ = __name__.rpartition(".")[0]
