from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum

T = TypeVar("T", bound="WebhookWebhookDto")


@_attrs_define
class WebhookWebhookDto:
    """
    Attributes:
        id (str): required; JSON key id.
        target (str): required; JSON key target.
        project_id (str): required; JSON key projectId.
        triggers (list[WebhookWebhookTriggersEnum]): required; JSON key triggers; unique items;
            each item: one of: ALL, BUNDLE_DONE, KAKAOTALK_SENDER_ACTIVE,
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

    id: str
    target: str
    project_id: str
    triggers: list[WebhookWebhookTriggersEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = self.target

        project_id = self.project_id

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.value
            triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "projectId": project_id,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        id = d.pop("id")

        target = d.pop("target")

        project_id = d.pop("projectId")

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = WebhookWebhookTriggersEnum(triggers_item_data)

            triggers.append(triggers_item)

        webhook_webhook_dto = cls(
            id=id,
            target=target,
            project_id=project_id,
            triggers=triggers,
        )

        webhook_webhook_dto.additional_properties = d
        return webhook_webhook_dto

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
