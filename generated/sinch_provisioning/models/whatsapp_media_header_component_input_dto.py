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
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.whatsapp_media_header_component_format_enum import (
    WhatsappMediaHeaderComponentFormatEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappMediaHeaderComponentInputDto")


@_attrs_define
class WhatsappMediaHeaderComponentInputDto:
    """
    Attributes:
        type_ (Literal['HEADER']): required; JSON key type; always HEADER.
        format_ (WhatsappMediaHeaderComponentFormatEnum): required; JSON key format; one of:
            DOCUMENT, IMAGE, VIDEO.
        examples (list[WhatsappMediaHeaderExampleInputDto] | Unset): optional; JSON key examples.
    """

    type_: Literal["HEADER"]
    format_: WhatsappMediaHeaderComponentFormatEnum
    examples: list[WhatsappMediaHeaderExampleInputDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_.value

        examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = []
            for examples_item_data in self.examples:
                examples_item = examples_item_data.to_dict()
                examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "format": format_,
            }
        )
        if examples is not UNSET:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_media_header_example_input_dto import (
            WhatsappMediaHeaderExampleInputDto,
        )

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
            format_ = parse_enum(
                WhatsappMediaHeaderComponentFormatEnum, d.pop("format", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("format") from None

        try:
            _examples = d.pop("examples", UNSET)
            examples: list[WhatsappMediaHeaderExampleInputDto] | Unset = UNSET
            if _examples is not UNSET:
                if not isinstance(_examples, list):
                    raise mismatch("array", _examples)
                examples = []
                try:
                    for examples_item_data in _examples:
                        examples_item = WhatsappMediaHeaderExampleInputDto.from_dict(
                            examples_item_data
                        )

                        examples.append(examples_item)
                except FieldMismatch as exc:
                    raise exc.at(len(examples)) from None

        except FieldMismatch as exc:
            raise exc.at("examples") from None

        whatsapp_media_header_component_input_dto = cls(
            type_=type_,
            format_=format_,
            examples=examples,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_media_header_component_input_dto.additional_properties = d
        return whatsapp_media_header_component_input_dto

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
from ..models.whatsapp_media_header_example_input_dto import (
    WhatsappMediaHeaderExampleInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappMediaHeaderComponentInputDto.__init__.__globals__.update(
    WhatsappMediaHeaderComponentInputDto=WhatsappMediaHeaderComponentInputDto,
    WhatsappMediaHeaderExampleInputDto=WhatsappMediaHeaderExampleInputDto,
)
