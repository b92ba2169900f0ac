from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappSenderMetadataDto")


@_attrs_define
class WhatsappSenderMetadataDto:
    """
    Attributes:
        display_name (WhatsappSenderMetadataFieldDto | Unset): optional; JSON key displayName.
        username (WhatsappSenderMetadataFieldDto | Unset): optional; JSON key username.
    """

    display_name: WhatsappSenderMetadataFieldDto | Unset = UNSET
    username: WhatsappSenderMetadataFieldDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_name, Unset):
            display_name = self.display_name.to_dict()

        username: dict[str, Any] | Unset = UNSET
        if not isinstance(self.username, Unset):
            username = self.username.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_sender_metadata_field_dto import (
            WhatsappSenderMetadataFieldDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _display_name = d.pop("displayName", UNSET)
            display_name: WhatsappSenderMetadataFieldDto | Unset
            if isinstance(_display_name, Unset):
                display_name = UNSET
            else:
                display_name = WhatsappSenderMetadataFieldDto.from_dict(_display_name)

        except FieldMismatch as exc:
            raise exc.at("displayName") from None

        try:
            _username = d.pop("username", UNSET)
            username: WhatsappSenderMetadataFieldDto | Unset
            if isinstance(_username, Unset):
                username = UNSET
            else:
                username = WhatsappSenderMetadataFieldDto.from_dict(_username)

        except FieldMismatch as exc:
            raise exc.at("username") from None

        whatsapp_sender_metadata_dto = cls(
            display_name=display_name,
            username=username,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_sender_metadata_dto.additional_properties = d
        return whatsapp_sender_metadata_dto

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
from ..models.whatsapp_sender_metadata_field_dto import WhatsappSenderMetadataFieldDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappSenderMetadataDto.__init__.__globals__.update(
    WhatsappSenderMetadataDto=WhatsappSenderMetadataDto,
    WhatsappSenderMetadataFieldDto=WhatsappSenderMetadataFieldDto,
)
