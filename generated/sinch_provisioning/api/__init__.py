"""The API's operations, one package per tag, and :class:`ProjectResources`.

``ProjectResources`` gives a client one attribute per tag (``client.rcs_senders``,
``client.webhooks``, ...); each is the tag's resource class from
``api/<tag>/__init__.py``. The tag packages are imported on first access, so
importing this module stays cheap. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import ProjectClient
    from .bundles import BundlesResource
    from .conversation import ConversationResource
    from .kakaotalk_categories import KakaotalkCategoriesResource
    from .kakaotalk_senders import KakaotalkSendersResource
    from .kakaotalk_templates import KakaotalkTemplatesResource
    from .rcs_accounts import RcsAccountsResource
    from .rcs_questionnaire import RcsQuestionnaireResource
    from .rcs_senders import RcsSendersResource
    from .sms_apps import SmsAppsResource
    from .webhooks import WebhooksResource
    from .whatsapp import WhatsappResource
    from .whatsapp_accounts import WhatsappAccountsResource
    from .whatsapp_flows import WhatsappFlowsResource
    from .whatsapp_senders import WhatsappSendersResource
    from .whatsapp_solutions import WhatsappSolutionsResource
    from .whatsapp_templates import WhatsappTemplatesResource

__all__ = ["TAGS", "ProjectResources"]

#: The API's tags, as attribute names of :class:`ProjectResources`.
TAGS: tuple[str, ...] = (
    "bundles",
    "conversation",
    "kakaotalk_categories",
    "kakaotalk_senders",
    "kakaotalk_templates",
    "rcs_accounts",
    "rcs_questionnaire",
    "rcs_senders",
    "sms_apps",
    "webhooks",
    "whatsapp",
    "whatsapp_accounts",
    "whatsapp_flows",
    "whatsapp_senders",
    "whatsapp_solutions",
    "whatsapp_templates",
)


class ProjectResources:
    """Mixin: one property per tag, returning that tag's project-bound resource."""

    __slots__ = ()

    def _resource_client(self) -> ProjectClient:
        """The client the resources send with; the class mixing this in provides it."""
        raise NotImplementedError

    @property
    def bundles(self) -> BundlesResource:
        """The ``bundles`` operations."""
        from .bundles import BundlesResource

        return BundlesResource(self._resource_client())

    @property
    def conversation(self) -> ConversationResource:
        """The ``conversation`` operations."""
        from .conversation import ConversationResource

        return ConversationResource(self._resource_client())

    @property
    def kakaotalk_categories(self) -> KakaotalkCategoriesResource:
        """The ``kakaotalk_categories`` operations."""
        from .kakaotalk_categories import KakaotalkCategoriesResource

        return KakaotalkCategoriesResource(self._resource_client())

    @property
    def kakaotalk_senders(self) -> KakaotalkSendersResource:
        """The ``kakaotalk_senders`` operations."""
        from .kakaotalk_senders import KakaotalkSendersResource

        return KakaotalkSendersResource(self._resource_client())

    @property
    def kakaotalk_templates(self) -> KakaotalkTemplatesResource:
        """The ``kakaotalk_templates`` operations."""
        from .kakaotalk_templates import KakaotalkTemplatesResource

        return KakaotalkTemplatesResource(self._resource_client())

    @property
    def rcs_accounts(self) -> RcsAccountsResource:
        """The ``rcs_accounts`` operations."""
        from .rcs_accounts import RcsAccountsResource

        return RcsAccountsResource(self._resource_client())

    @property
    def rcs_questionnaire(self) -> RcsQuestionnaireResource:
        """The ``rcs_questionnaire`` operations."""
        from .rcs_questionnaire import RcsQuestionnaireResource

        return RcsQuestionnaireResource(self._resource_client())

    @property
    def rcs_senders(self) -> RcsSendersResource:
        """The ``rcs_senders`` operations."""
        from .rcs_senders import RcsSendersResource

        return RcsSendersResource(self._resource_client())

    @property
    def sms_apps(self) -> SmsAppsResource:
        """The ``sms_apps`` operations."""
        from .sms_apps import SmsAppsResource

        return SmsAppsResource(self._resource_client())

    @property
    def webhooks(self) -> WebhooksResource:
        """The ``webhooks`` operations."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self._resource_client())

    @property
    def whatsapp(self) -> WhatsappResource:
        """The ``whatsapp`` operations."""
        from .whatsapp import WhatsappResource

        return WhatsappResource(self._resource_client())

    @property
    def whatsapp_accounts(self) -> WhatsappAccountsResource:
        """The ``whatsapp_accounts`` operations."""
        from .whatsapp_accounts import WhatsappAccountsResource

        return WhatsappAccountsResource(self._resource_client())

    @property
    def whatsapp_flows(self) -> WhatsappFlowsResource:
        """The ``whatsapp_flows`` operations."""
        from .whatsapp_flows import WhatsappFlowsResource

        return WhatsappFlowsResource(self._resource_client())

    @property
    def whatsapp_senders(self) -> WhatsappSendersResource:
        """The ``whatsapp_senders`` operations."""
        from .whatsapp_senders import WhatsappSendersResource

        return WhatsappSendersResource(self._resource_client())

    @property
    def whatsapp_solutions(self) -> WhatsappSolutionsResource:
        """The ``whatsapp_solutions`` operations."""
        from .whatsapp_solutions import WhatsappSolutionsResource

        return WhatsappSolutionsResource(self._resource_client())

    @property
    def whatsapp_templates(self) -> WhatsappTemplatesResource:
        """The ``whatsapp_templates`` operations."""
        from .whatsapp_templates import WhatsappTemplatesResource

        return WhatsappTemplatesResource(self._resource_client())
