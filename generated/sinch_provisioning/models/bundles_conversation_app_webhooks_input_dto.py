from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.bundles_input_webhook_target_types_enum import (
    BundlesInputWebhookTargetTypesEnum,
)
from ..models.bundles_webhooks_input_webhook_trigger_enum import (
    BundlesWebhooksInputWebhookTriggerEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesConversationAppWebhooksInputDto")


@_attrs_define
class BundlesConversationAppWebhooksInputDto:
    """
    Attributes:
        target (str): required; JSON key target; length <= 742.
        triggers (list[BundlesWebhooksInputWebhookTriggerEnum]): required; JSON key triggers;
            length <= 20; unique items; each item: one of: BATCH_DELIVERY_REPORT_FULL,
            BATCH_DELIVERY_REPORT_SUMMARY, BATCH_STATUS_UPDATE, BILLING_CREDIT_LIMIT_BREACHED,
            CAPABILITY, CHANNEL_EVENT, CONSENT_BATCH_COMPLETE, CONTACT_CREATE, CONTACT_DELETE,
            CONTACT_IDENTITIES_DUPLICATION, CONTACT_MERGE, CONTACT_UPDATE, CONVERSATION_DELETE,
            CONVERSATION_START, CONVERSATION_STOP, EVENT_DELIVERY, EVENT_INBOUND, MESSAGE_DELIVERY,
            MESSAGE_INBOUND, MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION, MESSAGE_SUBMIT, OPT_IN,
            OPT_OUT, RECORD_NOTIFICATION, SMART_CONVERSATION, UNSUPPORTED.
        secret (str | Unset): optional; JSON key secret.
        target_type (BundlesInputWebhookTargetTypesEnum | Unset): optional; JSON key targetType;
            one of: DISMISS, GRPC, HTTP; default "HTTP".
    """

    target: str
    triggers: list[BundlesWebhooksInputWebhookTriggerEnum]
    secret: str | Unset = UNSET
    target_type: BundlesInputWebhookTargetTypesEnum | Unset = (
        BundlesInputWebhookTargetTypesEnum.HTTP
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.value
            triggers.append(triggers_item)

        secret = self.secret

        target_type: str | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = self.target_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "triggers": triggers,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if target_type is not UNSET:
            field_dict["targetType"] = target_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            target = d.pop("target", MISSING)
            if not isinstance(target, str):
                raise mismatch("string", target)

        except FieldMismatch as exc:
            raise exc.at("target") from None

        try:
            _triggers = d.pop("triggers", MISSING)
            if not isinstance(_triggers, list):
                raise mismatch("array", _triggers)
            triggers = []
            try:
                for triggers_item_data in _triggers:
                    triggers_item = parse_enum(
                        BundlesWebhooksInputWebhookTriggerEnum, triggers_item_data
                    )

                    triggers.append(triggers_item)
            except FieldMismatch as exc:
                raise exc.at(len(triggers)) from None

        except FieldMismatch as exc:
            raise exc.at("triggers") from None

        try:
            secret = d.pop("secret", UNSET)
            if secret is not UNSET and not isinstance(secret, str):
                raise mismatch("string", secret)

        except FieldMismatch as exc:
            raise exc.at("secret") from None

        try:
            _target_type = d.pop("targetType", UNSET)
            target_type: BundlesInputWebhookTargetTypesEnum | Unset
            if isinstance(_target_type, Unset):
                target_type = UNSET
            else:
                target_type = parse_enum(
                    BundlesInputWebhookTargetTypesEnum, _target_type
                )

        except FieldMismatch as exc:
            raise exc.at("targetType") from None

        bundles_conversation_app_webhooks_input_dto = cls(
            target=target,
            triggers=triggers,
            secret=secret,
            target_type=target_type,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_conversation_app_webhooks_input_dto.additional_properties = d
        return bundles_conversation_app_webhooks_input_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesConversationAppWebhooksInputDto.__init__.__globals__.update(
    BundlesConversationAppWebhooksInputDto=BundlesConversationAppWebhooksInputDto,
)
