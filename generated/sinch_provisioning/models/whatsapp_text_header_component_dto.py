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
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappTextHeaderComponentDto")


@_attrs_define
class WhatsappTextHeaderComponentDto:
    """
    Attributes:
        type_ (Literal['HEADER']): required; JSON key type; always HEADER.
        format_ (Literal['TEXT']): required; JSON key format; always TEXT.
        text (str | Unset): optional; JSON key text.
        example (str | Unset): optional; JSON key example.
    """

    type_: Literal["HEADER"]
    format_: Literal["TEXT"]
    text: str | Unset = UNSET
    example: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        text = self.text

        example = self.example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "format": format_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if example is not UNSET:
            field_dict["example"] = example

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
            format_ = cast(Literal["TEXT"], d.pop("format", MISSING))
            if format_ != "TEXT":
                raise mismatch(repr("TEXT"), format_)
        except FieldMismatch as exc:
            raise exc.at("format") from None

        try:
            text = d.pop("text", UNSET)
            if text is not UNSET and not isinstance(text, str):
                raise mismatch("string", text)

        except FieldMismatch as exc:
            raise exc.at("text") from None

        try:
            example = d.pop("example", UNSET)
            if example is not UNSET and not isinstance(example, str):
                raise mismatch("string", example)

        except FieldMismatch as exc:
            raise exc.at("example") from None

        whatsapp_text_header_component_dto = cls(
            type_=type_,
            format_=format_,
            text=text,
            example=example,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_text_header_component_dto.additional_properties = d
        return whatsapp_text_header_component_dto

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
WhatsappTextHeaderComponentDto.__init__.__globals__.update(
    WhatsappTextHeaderComponentDto=WhatsappTextHeaderComponentDto,
)
