"""The webhook event base classes, apart from ``webhooks`` so the generated event classes can
subclass them (``_webhook_events`` imports this module; ``webhooks`` imports both)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from .models.webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum

__all__ = ["PayloadT", "UnknownWebhookEvent", "WebhookEvent"]

PayloadT = TypeVar("PayloadT")


@attrs.frozen
class WebhookEvent(Generic[PayloadT]):
    """A webhook whose ``type`` is a trigger the API description declares a callback for.

    ``parse_webhook_event`` returns the trigger's own subclass
    (``WhatsappSenderActiveEvent`` is a ``WebhookEvent[WhatsappSenderDto]``), so
    ``isinstance``/``match`` on it types ``payload``: the model that callback
    declares, or None for triggers without one (e.g. ``RCS_ACCOUNT_COMMENT_ADDED``).
    ``fields`` holds the other properties the callback declares (``comment``,
    ``newState``, ...) as received, keyed by their JSON names; ``body`` is the
    whole decoded body.
    """

    TRIGGER: ClassVar[str] = ""
    """The trigger value of a generated subclass."""

    trigger: WebhookWebhookTriggersEnum
    payload: PayloadT = attrs.field(repr=False)
    fields: Mapping[str, Any]
    body: Mapping[str, Any] = attrs.field(repr=False)

    @property
    def type(self) -> str:
        """The body's ``type``: the trigger's value."""
        return str(self.trigger.value)

    @property
    def comment(self) -> str | None:
        """The ``comment`` property, when the body has a text one."""
        value = self.fields.get("comment")
        return value if isinstance(value, str) else None


@attrs.frozen
class UnknownWebhookEvent:
    """A webhook whose ``type`` this SDK cannot type: acknowledge it too.

    Either newer API versions added the trigger, or its callbacks could not be
    mapped when the SDK was generated (``make generate`` reports those).
    ``payload`` is the raw decoded JSON (None when absent).
    """

    type: str
    payload: Any = attrs.field(repr=False)
    body: Mapping[str, Any] = attrs.field(repr=False)

    @property
    def trigger(self) -> str:
        """The body's ``type``, like ``WebhookEvent.trigger`` (a plain string here)."""
        return self.type
