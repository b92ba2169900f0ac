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

T = TypeVar("T", bound="WhatsappWabaNumbersDto")


@_attrs_define
class WhatsappWabaNumbersDto:
    """
    Attributes:
        id (str): required; JSON key id.
        display_phone_number (str): required; JSON key displayPhoneNumber.
        provisioned (bool): required; JSON key provisioned.
    """

    id: str
    display_phone_number: str
    provisioned: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_phone_number = self.display_phone_number

        provisioned = self.provisioned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "displayPhoneNumber": display_phone_number,
                "provisioned": provisioned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id", MISSING)
            if not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            display_phone_number = d.pop("displayPhoneNumber", MISSING)
            if not isinstance(display_phone_number, str):
                raise mismatch("string", display_phone_number)

        except FieldMismatch as exc:
            raise exc.at("displayPhoneNumber") from None

        try:
            provisioned = d.pop("provisioned", MISSING)
            if not type(provisioned) is bool:
                raise mismatch("boolean", provisioned)

        except FieldMismatch as exc:
            raise exc.at("provisioned") from None

        whatsapp_waba_numbers_dto = cls(
            id=id,
            display_phone_number=display_phone_number,
            provisioned=provisioned,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_waba_numbers_dto.additional_properties = d
        return whatsapp_waba_numbers_dto

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
WhatsappWabaNumbersDto.__init__.__globals__.update(
    WhatsappWabaNumbersDto=WhatsappWabaNumbersDto,
)
