from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..models.bundles_input_conversation_app_processing_modes_enum import (
    BundlesInputConversationAppProcessingModesEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesConversationAppInputDto")


@_attrs_define
class BundlesConversationAppInputDto:
    """
    Attributes:
        name (str | Unset): optional; JSON key name; length 1-255.
        webhooks (list[BundlesConversationAppWebhooksInputDto] | Unset): optional; JSON key
            webhooks; items <= 5.
        processing_mode (BundlesInputConversationAppProcessingModesEnum | Unset): optional; JSON
            key processingMode; one of: CONVERSATION, DISPATCH; default "DISPATCH".
        retention_policy (BundlesConversationAppConversationRetentionPolicyInputDto | BundlesConversationAppDispatchRetentionPolicyInputDto | Unset):
            optional; JSON key retentionPolicy.
        consent_manager_settings (BundlesConversationAppConsentManagerSettingsInputDto | Unset):
            optional; JSON key consentManagerSettings.
    """

    name: str | Unset = UNSET
    webhooks: list[BundlesConversationAppWebhooksInputDto] | Unset = UNSET
    processing_mode: BundlesInputConversationAppProcessingModesEnum | Unset = (
        BundlesInputConversationAppProcessingModesEnum.DISPATCH
    )
    retention_policy: (
        BundlesConversationAppConversationRetentionPolicyInputDto
        | BundlesConversationAppDispatchRetentionPolicyInputDto
        | Unset
    ) = UNSET
    consent_manager_settings: (
        BundlesConversationAppConsentManagerSettingsInputDto | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundles_conversation_app_conversation_retention_policy_input_dto import (
            BundlesConversationAppConversationRetentionPolicyInputDto,
        )

        name = self.name

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        retention_policy: dict[str, Any] | Unset
        if isinstance(self.retention_policy, Unset):
            retention_policy = UNSET
        elif isinstance(
            self.retention_policy,
            BundlesConversationAppConversationRetentionPolicyInputDto,
        ):
            retention_policy = self.retention_policy.to_dict()
        else:
            retention_policy = self.retention_policy.to_dict()

        consent_manager_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent_manager_settings, Unset):
            consent_manager_settings = self.consent_manager_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if processing_mode is not UNSET:
            field_dict["processingMode"] = processing_mode
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy
        if consent_manager_settings is not UNSET:
            field_dict["consentManagerSettings"] = consent_manager_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.bundles_conversation_app_consent_manager_settings_input_dto import (
            BundlesConversationAppConsentManagerSettingsInputDto,
        )
        from ..models.bundles_conversation_app_conversation_retention_policy_input_dto import (
            BundlesConversationAppConversationRetentionPolicyInputDto,
        )
        from ..models.bundles_conversation_app_dispatch_retention_policy_input_dto import (
            BundlesConversationAppDispatchRetentionPolicyInputDto,
        )
        from ..models.bundles_conversation_app_webhooks_input_dto import (
            BundlesConversationAppWebhooksInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            _webhooks = d.pop("webhooks", UNSET)
            webhooks: list[BundlesConversationAppWebhooksInputDto] | Unset = UNSET
            if _webhooks is not UNSET:
                if not isinstance(_webhooks, list):
                    raise mismatch("array", _webhooks)
                webhooks = []
                try:
                    for webhooks_item_data in _webhooks:
                        webhooks_item = (
                            BundlesConversationAppWebhooksInputDto.from_dict(
                                webhooks_item_data
                            )
                        )

                        webhooks.append(webhooks_item)
                except FieldMismatch as exc:
                    raise exc.at(len(webhooks)) from None

        except FieldMismatch as exc:
            raise exc.at("webhooks") from None

        try:
            _processing_mode = d.pop("processingMode", UNSET)
            processing_mode: BundlesInputConversationAppProcessingModesEnum | Unset
            if isinstance(_processing_mode, Unset):
                processing_mode = UNSET
            else:
                processing_mode = parse_enum(
                    BundlesInputConversationAppProcessingModesEnum, _processing_mode
                )

        except FieldMismatch as exc:
            raise exc.at("processingMode") from None

        try:

            def _parse_retention_policy(
                data: object,
            ) -> (
                BundlesConversationAppConversationRetentionPolicyInputDto
                | BundlesConversationAppDispatchRetentionPolicyInputDto
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    try:
                        retention_policy_type_0 = BundlesConversationAppConversationRetentionPolicyInputDto.from_dict(
                            data
                        )

                        return retention_policy_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        retention_policy_type_1 = BundlesConversationAppDispatchRetentionPolicyInputDto.from_dict(
                            data
                        )

                        return retention_policy_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            retention_policy = parse_union(
                _parse_retention_policy, d.pop("retentionPolicy", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("retentionPolicy") from None

        try:
            _consent_manager_settings = d.pop("consentManagerSettings", UNSET)
            consent_manager_settings: (
                BundlesConversationAppConsentManagerSettingsInputDto | Unset
            )
            if isinstance(_consent_manager_settings, Unset):
                consent_manager_settings = UNSET
            else:
                consent_manager_settings = (
                    BundlesConversationAppConsentManagerSettingsInputDto.from_dict(
                        _consent_manager_settings
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("consentManagerSettings") from None

        bundles_conversation_app_input_dto = cls(
            name=name,
            webhooks=webhooks,
            processing_mode=processing_mode,
            retention_policy=retention_policy,
            consent_manager_settings=consent_manager_settings,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_conversation_app_input_dto.additional_properties = d
        return bundles_conversation_app_input_dto

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
from ..models.bundles_conversation_app_consent_manager_settings_input_dto import (
    BundlesConversationAppConsentManagerSettingsInputDto,
)
from ..models.bundles_conversation_app_conversation_retention_policy_input_dto import (
    BundlesConversationAppConversationRetentionPolicyInputDto,
)
from ..models.bundles_conversation_app_dispatch_retention_policy_input_dto import (
    BundlesConversationAppDispatchRetentionPolicyInputDto,
)
from ..models.bundles_conversation_app_webhooks_input_dto import (
    BundlesConversationAppWebhooksInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesConversationAppInputDto.__init__.__globals__.update(
    BundlesConversationAppInputDto=BundlesConversationAppInputDto,
    BundlesConversationAppConsentManagerSettingsInputDto=BundlesConversationAppConsentManagerSettingsInputDto,
    BundlesConversationAppConversationRetentionPolicyInputDto=BundlesConversationAppConversationRetentionPolicyInputDto,
    BundlesConversationAppDispatchRetentionPolicyInputDto=BundlesConversationAppDispatchRetentionPolicyInputDto,
    BundlesConversationAppWebhooksInputDto=BundlesConversationAppWebhooksInputDto,
)
