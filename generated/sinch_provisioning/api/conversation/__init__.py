"""Endpoint functions for the ``conversation`` tag, and :class:`ConversationResource`.

``client.conversation`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`ConversationResource`: the same operations as the modules in this package,
bound to the client's project. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Mapping
    from typing import Any

    from ...client import ProjectClient
    from ...models.conversation_instagram_info_dto import ConversationInstagramInfoDto
    from ...models.conversation_messenger_info_dto import ConversationMessengerInfoDto
    from ...models.conversation_papi_error_dto import ConversationPapiErrorDto
    from ...models.conversation_telegram_bot_info_dto import (
        ConversationTelegramBotInfoDto,
    )
    from ...models.conversation_viber_bot_info_dto import ConversationViberBotInfoDto

__all__ = ["ConversationResource"]


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
        """``get_instagram``.

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/instagram``; see
        :mod:`.get_instagram` for the arguments.
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
        """``get_messenger``.

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/messenger``; see
        :mod:`.get_messenger` for the arguments.
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
        """``get_telegram``.

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/telegram``; see
        :mod:`.get_telegram` for the arguments.
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
        """``get_viber``.

        ``GET /v1/projects/{project_id}/conversation/apps/{conversation_app_id}/viber``; see
        :mod:`.get_viber` for the arguments.
        """
        from .get_viber import asyncio as _call

        return await _call(
            project_id=self._client.project_id,
            conversation_app_id=conversation_app_id,
            client=self._client,
        )
