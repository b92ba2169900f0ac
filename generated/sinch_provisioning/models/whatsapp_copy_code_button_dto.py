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
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappCopyCodeButtonDto")


@_attrs_define
class WhatsappCopyCodeButtonDto:
    """
    Attributes:
        type_ (Literal['COPY_CODE']): required; JSON key type; always COPY_CODE.
        text (str | Unset): optional; JSON key text.
        examples (list[str] | Unset): optional; JSON key examples.
    """

    type_: Literal["COPY_CODE"]
    text: str | Unset = UNSET
    examples: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        examples: list[str] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = self.examples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if examples is not UNSET:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["COPY_CODE"], d.pop("type", MISSING))
            if type_ != "COPY_CODE":
                raise mismatch(repr("COPY_CODE"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            text = d.pop("text", UNSET)
            if text is not UNSET and not isinstance(text, str):
                raise mismatch("string", text)

        except FieldMismatch as exc:
            raise exc.at("text") from None

        try:
            _examples = d.pop("examples", UNSET)
            examples: list[str] | Unset = UNSET
            if _examples is not UNSET:
                examples = scalar_items(_examples, "string")

        except FieldMismatch as exc:
            raise exc.at("examples") from None

        whatsapp_copy_code_button_dto = cls(
            type_=type_,
            text=text,
            examples=examples,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_copy_code_button_dto.additional_properties = d
        return whatsapp_copy_code_button_dto

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
WhatsappCopyCodeButtonDto.__init__.__globals__.update(
    WhatsappCopyCodeButtonDto=WhatsappCopyCodeButtonDto,
)
