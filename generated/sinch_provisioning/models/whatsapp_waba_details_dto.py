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

T = TypeVar("T", bound="WhatsappWabaDetailsDto")


@_attrs_define
class WhatsappWabaDetailsDto:
    """
    Attributes:
        id (str): required; JSON key id.
        numbers (list[WhatsappWabaNumbersDto]): required; JSON key numbers.
    """

    id: str
    numbers: list[WhatsappWabaNumbersDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item = numbers_item_data.to_dict()
            numbers.append(numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "numbers": numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_waba_numbers_dto import WhatsappWabaNumbersDto

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
            _numbers = d.pop("numbers", MISSING)
            if not isinstance(_numbers, list):
                raise mismatch("array", _numbers)
            numbers = []
            try:
                for numbers_item_data in _numbers:
                    numbers_item = WhatsappWabaNumbersDto.from_dict(numbers_item_data)

                    numbers.append(numbers_item)
            except FieldMismatch as exc:
                raise exc.at(len(numbers)) from None

        except FieldMismatch as exc:
            raise exc.at("numbers") from None

        whatsapp_waba_details_dto = cls(
            id=id,
            numbers=numbers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_waba_details_dto.additional_properties = d
        return whatsapp_waba_details_dto

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
from ..models.whatsapp_waba_numbers_dto import WhatsappWabaNumbersDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappWabaDetailsDto.__init__.__globals__.update(
    WhatsappWabaDetailsDto=WhatsappWabaDetailsDto,
    WhatsappWabaNumbersDto=WhatsappWabaNumbersDto,
)
