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
from ..models.bundles_webhook_triggers_enum import BundlesWebhookTriggersEnum

T = TypeVar("T", bound="BundlesWebhookDto")


@_attrs_define
class BundlesWebhookDto:
    """
    Attributes:
        id (str): required; JSON key id.
        target (str): required; JSON key target.
        project_id (str): required; JSON key projectId.
        triggers (list[BundlesWebhookTriggersEnum]): required; JSON key triggers; unique items;
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
    triggers: list[BundlesWebhookTriggersEnum]
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id", MISSING)
            if not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            target = d.pop("target", MISSING)
            if not isinstance(target, str):
                raise mismatch("string", target)

        except FieldMismatch as exc:
            raise exc.at("target") from None

        try:
            project_id = d.pop("projectId", MISSING)
            if not isinstance(project_id, str):
                raise mismatch("string", project_id)

        except FieldMismatch as exc:
            raise exc.at("projectId") from None

        try:
            _triggers = d.pop("triggers", MISSING)
            if not isinstance(_triggers, list):
                raise mismatch("array", _triggers)
            triggers = []
            try:
                for triggers_item_data in _triggers:
                    triggers_item = parse_enum(
                        BundlesWebhookTriggersEnum, triggers_item_data
                    )

                    triggers.append(triggers_item)
            except FieldMismatch as exc:
                raise exc.at(len(triggers)) from None

        except FieldMismatch as exc:
            raise exc.at("triggers") from None

        bundles_webhook_dto = cls(
            id=id,
            target=target,
            project_id=project_id,
            triggers=triggers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_webhook_dto.additional_properties = d
        return bundles_webhook_dto

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
BundlesWebhookDto.__init__.__globals__.update(
    BundlesWebhookDto=BundlesWebhookDto,
)
