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
from ..models.bundles_input_conversation_app_conversation_retention_policy_types_enum import (
    BundlesInputConversationAppConversationRetentionPolicyTypesEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesConversationAppConversationRetentionPolicyInputDto")


@_attrs_define
class BundlesConversationAppConversationRetentionPolicyInputDto:
    """
    Attributes:
        retention_policy_type (BundlesInputConversationAppConversationRetentionPolicyTypesEnum | Unset):
            optional; JSON key retentionPolicyType; one of: CONVERSATION_EXPIRE_POLICY,
            MESSAGE_EXPIRE_POLICY, PERSIST_RETENTION_POLICY; default "MESSAGE_EXPIRE_POLICY".
        ttl (float | Unset): optional; JSON key ttl; value 1-3650; default 180.
    """

    retention_policy_type: (
        BundlesInputConversationAppConversationRetentionPolicyTypesEnum | Unset
    ) = BundlesInputConversationAppConversationRetentionPolicyTypesEnum.MESSAGE_EXPIRE_POLICY
    ttl: float | Unset = 180.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retention_policy_type: str | Unset = UNSET
        if not isinstance(self.retention_policy_type, Unset):
            retention_policy_type = self.retention_policy_type.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_policy_type is not UNSET:
            field_dict["retentionPolicyType"] = retention_policy_type
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _retention_policy_type = d.pop("retentionPolicyType", UNSET)
            retention_policy_type: (
                BundlesInputConversationAppConversationRetentionPolicyTypesEnum | Unset
            )
            if isinstance(_retention_policy_type, Unset):
                retention_policy_type = UNSET
            else:
                retention_policy_type = parse_enum(
                    BundlesInputConversationAppConversationRetentionPolicyTypesEnum,
                    _retention_policy_type,
                )

        except FieldMismatch as exc:
            raise exc.at("retentionPolicyType") from None

        try:
            ttl = d.pop("ttl", UNSET)
            if ttl is not UNSET and not (type(ttl) is float or type(ttl) is int):
                raise mismatch("number", ttl)

        except FieldMismatch as exc:
            raise exc.at("ttl") from None

        bundles_conversation_app_conversation_retention_policy_input_dto = cls(
            retention_policy_type=retention_policy_type,
            ttl=ttl,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_conversation_app_conversation_retention_policy_input_dto.additional_properties = d
        return bundles_conversation_app_conversation_retention_policy_input_dto

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
BundlesConversationAppConversationRetentionPolicyInputDto.__init__.__globals__.update(
    BundlesConversationAppConversationRetentionPolicyInputDto=BundlesConversationAppConversationRetentionPolicyInputDto,
)
