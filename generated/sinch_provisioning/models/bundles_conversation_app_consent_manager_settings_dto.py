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
from ..models.bundles_conversation_app_consent_manager_settings_modes_enum import (
    BundlesConversationAppConsentManagerSettingsModesEnum,
)

T = TypeVar("T", bound="BundlesConversationAppConsentManagerSettingsDto")


@_attrs_define
class BundlesConversationAppConsentManagerSettingsDto:
    """
    Attributes:
        mode (BundlesConversationAppConsentManagerSettingsModesEnum): required; JSON key mode; one
            of: DISABLED, PRIMARY, SECONDARY, UNRECOGNIZED.
    """

    mode: BundlesConversationAppConsentManagerSettingsModesEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            mode = parse_enum(
                BundlesConversationAppConsentManagerSettingsModesEnum,
                d.pop("mode", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("mode") from None

        bundles_conversation_app_consent_manager_settings_dto = cls(
            mode=mode,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_conversation_app_consent_manager_settings_dto.additional_properties = d
        return bundles_conversation_app_consent_manager_settings_dto

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
BundlesConversationAppConsentManagerSettingsDto.__init__.__globals__.update(
    BundlesConversationAppConsentManagerSettingsDto=BundlesConversationAppConsentManagerSettingsDto,
)
