""":class:`ConversationResource` and :class:`SyncConversationResource`: the ``conversation`` operations bound to a client's project.

``client.conversation`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`ConversationResource`, on a ``SyncProvisioningClient`` a :class:`SyncConversationResource`:
the same operations as the modules in this package, bound to the client's project.
Both classes come from one template. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ...client import ProjectClient, SyncProjectClient
from ...models.conversation_instagram_info_dto import ConversationInstagramInfoDto
from ...models.conversation_messenger_info_dto import ConversationMessengerInfoDto
from ...models.conversation_papi_error_dto import ConversationPapiErrorDto
from ...models.conversation_telegram_bot_info_dto import ConversationTelegramBotInfoDto
from ...models.conversation_viber_bot_info_dto import ConversationViberBotInfoDto
from ...types import UNSET, Unset

__all__ = ["ConversationResource", "SyncConversationResource"]


class ConversationResource:
    """The ``conversation`` operations, bound to one client and its project."""

    __slots__ = ("_client",)

    def __init__(self, client: ProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ConversationResource project_id={self._client.project_id!r}>"

    async def get_instagram(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationInstagramInfoDto:
        """``get_instagram``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/instagram``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationInstagramInfoDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_instagram import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )

    async def get_messenger(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationMessengerInfoDto:
        """``get_messenger``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationMessengerInfoDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_messenger import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )

    async def get_telegram(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationTelegramBotInfoDto:
        """``get_telegram``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/telegram``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationTelegramBotInfoDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_telegram import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )

    async def get_viber(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationViberBotInfoDto:
        """``get_viber``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/viber``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationViberBotInfoDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_viber import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )


class SyncConversationResource:
    """The ``conversation`` operations, bound to one blocking client and its project.

    The same methods, signatures and models as :class:`ConversationResource`, called
    without ``await``; ``iter_*`` methods return plain iterators.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncProjectClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SyncConversationResource project_id={self._client.project_id!r}>"

    def get_instagram(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationInstagramInfoDto:
        """``get_instagram``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/instagram``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationInstagramInfoDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_instagram import sync as _call

        return _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )

    def get_messenger(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationMessengerInfoDto:
        """``get_messenger``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationMessengerInfoDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_messenger import sync as _call

        return _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )

    def get_telegram(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationTelegramBotInfoDto:
        """``get_telegram``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/telegram``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationTelegramBotInfoDto

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_telegram import sync as _call

        return _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )

    def get_viber(
        self,
        *,
        conversation_app_id: str,
    ) -> ConversationViberBotInfoDto:
        """``get_viber``

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/viber``

        Args:
            conversation_app_id (str): required.

        Returns:
            ConversationViberBotInfoDto

        Raises:
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            InternalServerError: HTTP 500.
            ResponseValidationError: the 2xx body (or status) does not match the API description.
            APIConnectionError: no answer (APITimeoutError when it timed out).
        """
        from .get_viber import sync as _call

        return _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )


# Their public home is the tag package, which imports this module on first use.
ConversationResource.__module__ = SyncConversationResource.__module__ = __name__.rpartition(".")[0]
