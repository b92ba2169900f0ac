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
from ..models.bundles_conversation_app_channel_integration_status_enum import (
    BundlesConversationAppChannelIntegrationStatusEnum,
)
from ..models.bundles_conversation_app_processing_modes_enum import (
    BundlesConversationAppProcessingModesEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesConversationAppDto")


@_attrs_define
class BundlesConversationAppDto:
    """
    Attributes:
        id (str): required; JSON key id.
        name (str): required; JSON key name; length <= 255.
        processing_mode (BundlesConversationAppProcessingModesEnum): required; JSON key
            processingMode; one of: CONVERSATION, DISPATCH, UNRECOGNIZED, UNSPECIFIED.
        webhooks (list[BundlesConversationAppWebhooksDto] | Unset): optional; JSON key webhooks;
            items <= 5.
        retention_policy (BundlesConversationAppRetentionPolicyDto | Unset): optional; JSON key
            retentionPolicy.
        consent_manager_settings (BundlesConversationAppConsentManagerSettingsDto | Unset):
            optional; JSON key consentManagerSettings.
        sms_channel_status (BundlesConversationAppChannelIntegrationStatusEnum | Unset): optional;
            JSON key smsChannelStatus; one of: ACTIVE, FAILING, PENDING, UNRECOGNIZED.
    """

    id: str
    name: str
    processing_mode: BundlesConversationAppProcessingModesEnum
    webhooks: list[BundlesConversationAppWebhooksDto] | Unset = UNSET
    retention_policy: BundlesConversationAppRetentionPolicyDto | Unset = UNSET
    consent_manager_settings: (
        BundlesConversationAppConsentManagerSettingsDto | Unset
    ) = UNSET
    sms_channel_status: BundlesConversationAppChannelIntegrationStatusEnum | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        processing_mode = self.processing_mode.value

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        retention_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention_policy, Unset):
            retention_policy = self.retention_policy.to_dict()

        consent_manager_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent_manager_settings, Unset):
            consent_manager_settings = self.consent_manager_settings.to_dict()

        sms_channel_status: str | Unset = UNSET
        if not isinstance(self.sms_channel_status, Unset):
            sms_channel_status = self.sms_channel_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "processingMode": processing_mode,
            }
        )
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy
        if consent_manager_settings is not UNSET:
            field_dict["consentManagerSettings"] = consent_manager_settings
        if sms_channel_status is not UNSET:
            field_dict["smsChannelStatus"] = sms_channel_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.bundles_conversation_app_consent_manager_settings_dto import (
            BundlesConversationAppConsentManagerSettingsDto,
        )
        from ..models.bundles_conversation_app_retention_policy_dto import (
            BundlesConversationAppRetentionPolicyDto,
        )
        from ..models.bundles_conversation_app_webhooks_dto import (
            BundlesConversationAppWebhooksDto,
        )

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
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            processing_mode = parse_enum(
                BundlesConversationAppProcessingModesEnum,
                d.pop("processingMode", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("processingMode") from None

        try:
            _webhooks = d.pop("webhooks", UNSET)
            webhooks: list[BundlesConversationAppWebhooksDto] | Unset = UNSET
            if _webhooks is not UNSET:
                if not isinstance(_webhooks, list):
                    raise mismatch("array", _webhooks)
                webhooks = []
                try:
                    for webhooks_item_data in _webhooks:
                        webhooks_item = BundlesConversationAppWebhooksDto.from_dict(
                            webhooks_item_data
                        )

                        webhooks.append(webhooks_item)
                except FieldMismatch as exc:
                    raise exc.at(len(webhooks)) from None

        except FieldMismatch as exc:
            raise exc.at("webhooks") from None

        try:
            _retention_policy = d.pop("retentionPolicy", UNSET)
            retention_policy: BundlesConversationAppRetentionPolicyDto | Unset
            if isinstance(_retention_policy, Unset):
                retention_policy = UNSET
            else:
                retention_policy = BundlesConversationAppRetentionPolicyDto.from_dict(
                    _retention_policy
                )

        except FieldMismatch as exc:
            raise exc.at("retentionPolicy") from None

        try:
            _consent_manager_settings = d.pop("consentManagerSettings", UNSET)
            consent_manager_settings: (
                BundlesConversationAppConsentManagerSettingsDto | Unset
            )
            if isinstance(_consent_manager_settings, Unset):
                consent_manager_settings = UNSET
            else:
                consent_manager_settings = (
                    BundlesConversationAppConsentManagerSettingsDto.from_dict(
                        _consent_manager_settings
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("consentManagerSettings") from None

        try:
            _sms_channel_status = d.pop("smsChannelStatus", UNSET)
            sms_channel_status: (
                BundlesConversationAppChannelIntegrationStatusEnum | Unset
            )
            if isinstance(_sms_channel_status, Unset):
                sms_channel_status = UNSET
            else:
                sms_channel_status = parse_enum(
                    BundlesConversationAppChannelIntegrationStatusEnum,
                    _sms_channel_status,
                )

        except FieldMismatch as exc:
            raise exc.at("smsChannelStatus") from None

        bundles_conversation_app_dto = cls(
            id=id,
            name=name,
            processing_mode=processing_mode,
            webhooks=webhooks,
            retention_policy=retention_policy,
            consent_manager_settings=consent_manager_settings,
            sms_channel_status=sms_channel_status,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_conversation_app_dto.additional_properties = d
        return bundles_conversation_app_dto

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
from ..models.bundles_conversation_app_consent_manager_settings_dto import (
    BundlesConversationAppConsentManagerSettingsDto,
)
from ..models.bundles_conversation_app_retention_policy_dto import (
    BundlesConversationAppRetentionPolicyDto,
)
from ..models.bundles_conversation_app_webhooks_dto import (
    BundlesConversationAppWebhooksDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesConversationAppDto.__init__.__globals__.update(
    BundlesConversationAppDto=BundlesConversationAppDto,
    BundlesConversationAppConsentManagerSettingsDto=BundlesConversationAppConsentManagerSettingsDto,
    BundlesConversationAppRetentionPolicyDto=BundlesConversationAppRetentionPolicyDto,
    BundlesConversationAppWebhooksDto=BundlesConversationAppWebhooksDto,
)
