from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdateWebhookInputDto")


@_attrs_define
class WebhookUpdateWebhookInputDto:
    """
    Attributes:
        target (WebhookUpdateWebhookInputDtoTarget | Unset): optional; JSON key target; format
            url; length 1-742.
        secret (WebhookUpdateWebhookInputDtoSecret | Unset): optional; JSON key secret; length
            1-128.
        triggers (list[WebhookWebhookTriggersEnum] | Unset): optional; JSON key triggers; items >=
            1; unique items; each item: one of: ALL, BUNDLE_DONE, KAKAOTALK_SENDER_ACTIVE,
            KAKAOTALK_SENDER_COMMENT_ADDED, KAKAOTALK_SENDER_INACTIVE, KAKAOTALK_SENDER_REJECTED,
            KAKAOTALK_TEMPLATE_APPROVED, KAKAOTALK_TEMPLATE_COMMENT_ADDED,
            KAKAOTALK_TEMPLATE_REJECTED, RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED,
            RCS_SENDER_COMMENT_ADDED, RCS_SENDER_OPERATOR_STATUS_UPDATED, RCS_SENDER_STATUS_UPDATED,
            RCS_ACCOUNT_COMMENT_ADDED, WHATSAPP_ACCOUNT_COMMENT_ADDED,
            WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED, WHATSAPP_ACCOUNT_ONBOARDED,
            WHATSAPP_ACCOUNT_PENDING_VERIFICATION, WHATSAPP_ACCOUNT_REJECTED,
            WHATSAPP_WABA_ACCOUNT_CHANGED, WHATSAPP_SENDER_ACTIVE, WHATSAPP_SENDER_COMMENT_ADDED,
            WHATSAPP_SENDER_DAILY_LIMIT_CHANGED, WHATSAPP_SENDER_DELETED,
            WHATSAPP_SENDER_DISPLAY_NAME_UPDATED, WHATSAPP_SENDER_ERROR, WHATSAPP_SENDER_INACTIVE,
            WHATSAPP_SENDER_PENDING_VERIFICATION, WHATSAPP_SENDER_QUALITY_RATING_CHANGED,
            WHATSAPP_SENDER_REJECTED, WHATSAPP_SENDER_USERNAME_UPDATED, WHATSAPP_TEMPLATE_APPROVED,
            WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE, WHATSAPP_TEMPLATE_CATEGORY_UPDATED,
            WHATSAPP_TEMPLATE_COMMENT_ADDED, WHATSAPP_TEMPLATE_DELETED,
            WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED, WHATSAPP_TEMPLATE_REJECTED,
            WHATSAPP_TEMPLATE_STATUS_UPDATED.
    """

    target: WebhookUpdateWebhookInputDtoTarget | Unset = UNSET
    secret: WebhookUpdateWebhookInputDtoSecret | Unset = UNSET
    triggers: list[WebhookWebhookTriggersEnum] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret, Unset):
            secret = self.secret.to_dict()

        triggers: list[str] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.value
                triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if secret is not UNSET:
            field_dict["secret"] = secret
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.webhook_update_webhook_input_dto_secret import (
            WebhookUpdateWebhookInputDtoSecret,
        )
        from ..models.webhook_update_webhook_input_dto_target import (
            WebhookUpdateWebhookInputDtoTarget,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _target = d.pop("target", UNSET)
            target: WebhookUpdateWebhookInputDtoTarget | Unset
            if isinstance(_target, Unset):
                target = UNSET
            else:
                target = WebhookUpdateWebhookInputDtoTarget.from_dict(_target)

        except FieldMismatch as exc:
            raise exc.at("target") from None

        try:
            _secret = d.pop("secret", UNSET)
            secret: WebhookUpdateWebhookInputDtoSecret | Unset
            if isinstance(_secret, Unset):
                secret = UNSET
            else:
                secret = WebhookUpdateWebhookInputDtoSecret.from_dict(_secret)

        except FieldMismatch as exc:
            raise exc.at("secret") from None

        try:
            _triggers = d.pop("triggers", UNSET)
            triggers: list[WebhookWebhookTriggersEnum] | Unset = UNSET
            if _triggers is not UNSET:
                if not isinstance(_triggers, list):
                    raise mismatch("array", _triggers)
                triggers = []
                try:
                    for triggers_item_data in _triggers:
                        triggers_item = parse_enum(
                            WebhookWebhookTriggersEnum, triggers_item_data
                        )

                        triggers.append(triggers_item)
                except FieldMismatch as exc:
                    raise exc.at(len(triggers)) from None

        except FieldMismatch as exc:
            raise exc.at("triggers") from None

        webhook_update_webhook_input_dto = cls(
            target=target,
            secret=secret,
            triggers=triggers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        webhook_update_webhook_input_dto.additional_properties = d
        return webhook_update_webhook_input_dto

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


# After the class: models that refer to each other import without a cycle error.
from ..models.webhook_update_webhook_input_dto_secret import (
    WebhookUpdateWebhookInputDtoSecret,
)
from ..models.webhook_update_webhook_input_dto_target import (
    WebhookUpdateWebhookInputDtoTarget,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WebhookUpdateWebhookInputDto.__init__.__globals__.update(
    WebhookUpdateWebhookInputDto=WebhookUpdateWebhookInputDto,
    WebhookUpdateWebhookInputDtoSecret=WebhookUpdateWebhookInputDtoSecret,
    WebhookUpdateWebhookInputDtoTarget=WebhookUpdateWebhookInputDtoTarget,
)
