from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="WhatsappInputSenderPhoneProvisioningDetailsDto")


@_attrs_define
class WhatsappInputSenderPhoneProvisioningDetailsDto:
    """
    Attributes:
        country_code (str): required; JSON key countryCode; format country code.
        phone_number (str): required; JSON key phoneNumber; format numeric phone number; length <=
            32.
        display_name (str): required; JSON key displayName; length 1-128.
    """

    country_code: str
    phone_number: str
    display_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        phone_number = self.phone_number

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "phoneNumber": phone_number,
                "displayName": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            country_code = d.pop("countryCode", MISSING)
            if not isinstance(country_code, str):
                raise mismatch("string", country_code)

        except FieldMismatch as exc:
            raise exc.at("countryCode") from None

        try:
            phone_number = d.pop("phoneNumber", MISSING)
            if not isinstance(phone_number, str):
                raise mismatch("string", phone_number)

        except FieldMismatch as exc:
            raise exc.at("phoneNumber") from None

        try:
            display_name = d.pop("displayName", MISSING)
            if not isinstance(display_name, str):
                raise mismatch("string", display_name)

        except FieldMismatch as exc:
            raise exc.at("displayName") from None

        whatsapp_input_sender_phone_provisioning_details_dto = cls(
            country_code=country_code,
            phone_number=phone_number,
            display_name=display_name,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_sender_phone_provisioning_details_dto.additional_properties = d
        return whatsapp_input_sender_phone_provisioning_details_dto

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
WhatsappInputSenderPhoneProvisioningDetailsDto.__init__.__globals__.update(
    WhatsappInputSenderPhoneProvisioningDetailsDto=WhatsappInputSenderPhoneProvisioningDetailsDto,
)
