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

T = TypeVar("T", bound="WhatsappPhoneNumberButtonInputDto")


@_attrs_define
class WhatsappPhoneNumberButtonInputDto:
    """
    Attributes:
        type_ (Literal['PHONE_NUMBER']): required; JSON key type; always PHONE_NUMBER.
        text (str): required; JSON key text; length 1-25.
        phone_number (str): required; JSON key phoneNumber; format phone number.
    """

    type_: Literal["PHONE_NUMBER"]
    text: str
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["PHONE_NUMBER"], d.pop("type", MISSING))
            if type_ != "PHONE_NUMBER":
                raise mismatch(repr("PHONE_NUMBER"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            text = d.pop("text", MISSING)
            if not isinstance(text, str):
                raise mismatch("string", text)

        except FieldMismatch as exc:
            raise exc.at("text") from None

        try:
            phone_number = d.pop("phoneNumber", MISSING)
            if not isinstance(phone_number, str):
                raise mismatch("string", phone_number)

        except FieldMismatch as exc:
            raise exc.at("phoneNumber") from None

        whatsapp_phone_number_button_input_dto = cls(
            type_=type_,
            text=text,
            phone_number=phone_number,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_phone_number_button_input_dto.additional_properties = d
        return whatsapp_phone_number_button_input_dto

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
WhatsappPhoneNumberButtonInputDto.__init__.__globals__.update(
    WhatsappPhoneNumberButtonInputDto=WhatsappPhoneNumberButtonInputDto,
)
