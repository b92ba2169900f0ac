"""The API's operations, one package per tag, and the mixins giving a client its resources.

:class:`ProjectResources` gives the async client one attribute per tag
(``client.rcs_senders``, ``client.webhooks``, ...), each the tag's resource class;
:class:`SyncProjectResources` gives the blocking client the same attributes, each
the tag's ``Sync*Resource`` twin. The tag packages are imported on first access,
so importing this module stays cheap. Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import ProjectClient, SyncProjectClient
    from .bundles import BundlesResource, SyncBundlesResource
    from .conversation import ConversationResource, SyncConversationResource
    from .kakaotalk_categories import (
        KakaotalkCategoriesResource,
        SyncKakaotalkCategoriesResource,
    )
    from .kakaotalk_senders import (
        KakaotalkSendersResource,
        SyncKakaotalkSendersResource,
    )
    from .kakaotalk_templates import (
        KakaotalkTemplatesResource,
        SyncKakaotalkTemplatesResource,
    )
    from .rcs_accounts import RcsAccountsResource, SyncRcsAccountsResource
    from .rcs_questionnaire import (
        RcsQuestionnaireResource,
        SyncRcsQuestionnaireResource,
    )
    from .rcs_senders import RcsSendersResource, SyncRcsSendersResource
    from .sms_apps import SmsAppsResource, SyncSmsAppsResource
    from .webhooks import SyncWebhooksResource, WebhooksResource
    from .whatsapp import SyncWhatsappResource, WhatsappResource
    from .whatsapp_accounts import (
        SyncWhatsappAccountsResource,
        WhatsappAccountsResource,
    )
    from .whatsapp_flows import SyncWhatsappFlowsResource, WhatsappFlowsResource
    from .whatsapp_senders import SyncWhatsappSendersResource, WhatsappSendersResource
    from .whatsapp_solutions import (
        SyncWhatsappSolutionsResource,
        WhatsappSolutionsResource,
    )
    from .whatsapp_templates import (
        SyncWhatsappTemplatesResource,
        WhatsappTemplatesResource,
    )

__all__ = ["TAGS", "ProjectResources", "SyncProjectResources"]

#: The API's tags, as attribute names of :class:`ProjectResources` and :class:`SyncProjectResources`.
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


class SyncProjectResources:
    """Mixin: one property per tag, returning that tag's project-bound blocking resource."""

    __slots__ = ()

    def _resource_client(self) -> SyncProjectClient:
        """The client the resources send with; the class mixing this in provides it."""
        raise NotImplementedError

    @property
    def bundles(self) -> SyncBundlesResource:
        """The ``bundles`` operations."""
        from .bundles import SyncBundlesResource

        return SyncBundlesResource(self._resource_client())

    @property
    def conversation(self) -> SyncConversationResource:
        """The ``conversation`` operations."""
        from .conversation import SyncConversationResource

        return SyncConversationResource(self._resource_client())

    @property
    def kakaotalk_categories(self) -> SyncKakaotalkCategoriesResource:
        """The ``kakaotalk_categories`` operations."""
        from .kakaotalk_categories import SyncKakaotalkCategoriesResource

        return SyncKakaotalkCategoriesResource(self._resource_client())

    @property
    def kakaotalk_senders(self) -> SyncKakaotalkSendersResource:
        """The ``kakaotalk_senders`` operations."""
        from .kakaotalk_senders import SyncKakaotalkSendersResource

        return SyncKakaotalkSendersResource(self._resource_client())

    @property
    def kakaotalk_templates(self) -> SyncKakaotalkTemplatesResource:
        """The ``kakaotalk_templates`` operations."""
        from .kakaotalk_templates import SyncKakaotalkTemplatesResource

        return SyncKakaotalkTemplatesResource(self._resource_client())

    @property
    def rcs_accounts(self) -> SyncRcsAccountsResource:
        """The ``rcs_accounts`` operations."""
        from .rcs_accounts import SyncRcsAccountsResource

        return SyncRcsAccountsResource(self._resource_client())

    @property
    def rcs_questionnaire(self) -> SyncRcsQuestionnaireResource:
        """The ``rcs_questionnaire`` operations."""
        from .rcs_questionnaire import SyncRcsQuestionnaireResource

        return SyncRcsQuestionnaireResource(self._resource_client())

    @property
    def rcs_senders(self) -> SyncRcsSendersResource:
        """The ``rcs_senders`` operations."""
        from .rcs_senders import SyncRcsSendersResource

        return SyncRcsSendersResource(self._resource_client())

    @property
    def sms_apps(self) -> SyncSmsAppsResource:
        """The ``sms_apps`` operations."""
        from .sms_apps import SyncSmsAppsResource

        return SyncSmsAppsResource(self._resource_client())

    @property
    def webhooks(self) -> SyncWebhooksResource:
        """The ``webhooks`` operations."""
        from .webhooks import SyncWebhooksResource

        return SyncWebhooksResource(self._resource_client())

    @property
    def whatsapp(self) -> SyncWhatsappResource:
        """The ``whatsapp`` operations."""
        from .whatsapp import SyncWhatsappResource

        return SyncWhatsappResource(self._resource_client())

    @property
    def whatsapp_accounts(self) -> SyncWhatsappAccountsResource:
        """The ``whatsapp_accounts`` operations."""
        from .whatsapp_accounts import SyncWhatsappAccountsResource

        return SyncWhatsappAccountsResource(self._resource_client())

    @property
    def whatsapp_flows(self) -> SyncWhatsappFlowsResource:
        """The ``whatsapp_flows`` operations."""
        from .whatsapp_flows import SyncWhatsappFlowsResource

        return SyncWhatsappFlowsResource(self._resource_client())

    @property
    def whatsapp_senders(self) -> SyncWhatsappSendersResource:
        """The ``whatsapp_senders`` operations."""
        from .whatsapp_senders import SyncWhatsappSendersResource

        return SyncWhatsappSendersResource(self._resource_client())

    @property
    def whatsapp_solutions(self) -> SyncWhatsappSolutionsResource:
        """The ``whatsapp_solutions`` operations."""
        from .whatsapp_solutions import SyncWhatsappSolutionsResource

        return SyncWhatsappSolutionsResource(self._resource_client())

    @property
    def whatsapp_templates(self) -> SyncWhatsappTemplatesResource:
        """The ``whatsapp_templates`` operations."""
        from .whatsapp_templates import SyncWhatsappTemplatesResource

        return SyncWhatsappTemplatesResource(self._resource_client())
