from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="WhatsappLocationHeaderComponentInputDto")


@_attrs_define
class WhatsappLocationHeaderComponentInputDto:
    """
    Attributes:
        type_ (Literal['HEADER']): required; JSON key type; always HEADER.
        format_ (Literal['LOCATION']): required; JSON key format; always LOCATION.
    """

    type_: Literal["HEADER"]
    format_: Literal["LOCATION"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["HEADER"], d.pop("type", MISSING))
            if type_ != "HEADER":
                raise mismatch(repr("HEADER"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            format_ = cast(Literal["LOCATION"], d.pop("format", MISSING))
            if format_ != "LOCATION":
                raise mismatch(repr("LOCATION"), format_)
        except FieldMismatch as exc:
            raise exc.at("format") from None

        whatsapp_location_header_component_input_dto = cls(
            type_=type_,
            format_=format_,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_location_header_component_input_dto.additional_properties = d
        return whatsapp_location_header_component_input_dto

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
WhatsappLocationHeaderComponentInputDto.__init__.__globals__.update(
    WhatsappLocationHeaderComponentInputDto=WhatsappLocationHeaderComponentInputDto,
)
