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
from ..models.whatsapp_input_card_media_header_example_supported_mime_types_enum import (
    WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInputCardMediaHeaderExampleDto")


@_attrs_define
class WhatsappInputCardMediaHeaderExampleDto:
    """
    Attributes:
        url (str): required; JSON key url; format url.
        mime_type (WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum | Unset): optional;
            JSON key mimeType; one of: IMAGE/JPEG, IMAGE/PNG, VIDEO/3GP, VIDEO/MP4.
    """

    url: str
    mime_type: WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        mime_type: str | Unset = UNSET
        if not isinstance(self.mime_type, Unset):
            mime_type = self.mime_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            url = d.pop("url", MISSING)
            if not isinstance(url, str):
                raise mismatch("string", url)

        except FieldMismatch as exc:
            raise exc.at("url") from None

        try:
            _mime_type = d.pop("mimeType", UNSET)
            mime_type: WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum | Unset
            if isinstance(_mime_type, Unset):
                mime_type = UNSET
            else:
                mime_type = parse_enum(
                    WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum,
                    _mime_type,
                )

        except FieldMismatch as exc:
            raise exc.at("mimeType") from None

        whatsapp_input_card_media_header_example_dto = cls(
            url=url,
            mime_type=mime_type,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_card_media_header_example_dto.additional_properties = d
        return whatsapp_input_card_media_header_example_dto

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
WhatsappInputCardMediaHeaderExampleDto.__init__.__globals__.update(
    WhatsappInputCardMediaHeaderExampleDto=WhatsappInputCardMediaHeaderExampleDto,
)
