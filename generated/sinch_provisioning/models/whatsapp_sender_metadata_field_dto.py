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
from ..models.whatsapp_whats_app_sender_field_update_status_enum import (
    WhatsappWhatsAppSenderFieldUpdateStatusEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappSenderMetadataFieldDto")


@_attrs_define
class WhatsappSenderMetadataFieldDto:
    """
    Attributes:
        status (WhatsappWhatsAppSenderFieldUpdateStatusEnum): required; JSON key status; one of:
            APPROVED, DEFERRED, DELETED, EXPIRED, PENDING, REJECTED, RESERVED, UNRECOGNIZED,
            UNSPECIFIED.
        value (str | Unset): optional; JSON key value.
        rejection_reason (str | Unset): optional; JSON key rejectionReason.
    """

    status: WhatsappWhatsAppSenderFieldUpdateStatusEnum
    value: str | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        value = self.value

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            status = parse_enum(
                WhatsappWhatsAppSenderFieldUpdateStatusEnum, d.pop("status", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            value = d.pop("value", UNSET)
            if value is not UNSET and not isinstance(value, str):
                raise mismatch("string", value)

        except FieldMismatch as exc:
            raise exc.at("value") from None

        try:
            rejection_reason = d.pop("rejectionReason", UNSET)
            if rejection_reason is not UNSET and not isinstance(rejection_reason, str):
                raise mismatch("string", rejection_reason)

        except FieldMismatch as exc:
            raise exc.at("rejectionReason") from None

        whatsapp_sender_metadata_field_dto = cls(
            status=status,
            value=value,
            rejection_reason=rejection_reason,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_sender_metadata_field_dto.additional_properties = d
        return whatsapp_sender_metadata_field_dto

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
WhatsappSenderMetadataFieldDto.__init__.__globals__.update(
    WhatsappSenderMetadataFieldDto=WhatsappSenderMetadataFieldDto,
)
