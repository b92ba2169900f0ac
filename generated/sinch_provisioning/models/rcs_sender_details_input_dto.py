from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    parse_enum,
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient
from ..models.rcs_input_rcs_country_codes_enum import RcsInputRcsCountryCodesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsInputDto")


@_attrs_define
class RcsSenderDetailsInputDto:
    """
    Attributes:
        brand (RcsSenderDetailsBrandInputDto | Unset): optional; JSON key brand.
        test_numbers (list[str] | Unset): optional; JSON key testNumbers; items <= 200; unique
            items; each item: format e.164 phone number: E.164 number ('+' then 2-15 digits, the first
            not 0).
        countries (list[RcsInputRcsCountryCodesEnum] | Unset): optional; JSON key countries; items
            >= 1; unique items; each item: one of: AT, BE, BR, CA, CZ, DK, FI, FR, DE, GR, HU, IT, LT,
            MX, NL, NO, PE, PL, PT, SG, SK, ES, SE, US, GB.
        questionnaire (RcsSenderDetailsQuestionnaireInputDto | Unset): optional; JSON key
            questionnaire.
    """

    brand: RcsSenderDetailsBrandInputDto | Unset = UNSET
    test_numbers: list[str] | Unset = UNSET
    countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET
    questionnaire: RcsSenderDetailsQuestionnaireInputDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        test_numbers: list[str] | Unset = UNSET
        if not isinstance(self.test_numbers, Unset):
            test_numbers = self.test_numbers

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.value
                countries.append(countries_item)

        questionnaire: dict[str, Any] | Unset = UNSET
        if not isinstance(self.questionnaire, Unset):
            questionnaire = self.questionnaire.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if test_numbers is not UNSET:
            field_dict["testNumbers"] = test_numbers
        if countries is not UNSET:
            field_dict["countries"] = countries
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_brand_input_dto import (
            RcsSenderDetailsBrandInputDto,
        )
        from ..models.rcs_sender_details_questionnaire_input_dto import (
            RcsSenderDetailsQuestionnaireInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _brand = d.pop("brand", UNSET)
            brand: RcsSenderDetailsBrandInputDto | Unset
            if isinstance(_brand, Unset):
                brand = UNSET
            else:
                brand = RcsSenderDetailsBrandInputDto.from_dict(_brand)

        except FieldMismatch as exc:
            raise exc.at("brand") from None

        try:
            _test_numbers = d.pop("testNumbers", UNSET)
            test_numbers: list[str] | Unset = UNSET
            if _test_numbers is not UNSET:
                test_numbers = scalar_items(_test_numbers, "string")

        except FieldMismatch as exc:
            raise exc.at("testNumbers") from None

        try:
            _countries = d.pop("countries", UNSET)
            countries: list[RcsInputRcsCountryCodesEnum] | Unset = UNSET
            if _countries is not UNSET:
                if not isinstance(_countries, list):
                    raise mismatch("array", _countries)
                countries = []
                try:
                    for countries_item_data in _countries:
                        countries_item = parse_enum(
                            RcsInputRcsCountryCodesEnum, countries_item_data
                        )

                        countries.append(countries_item)
                except FieldMismatch as exc:
                    raise exc.at(len(countries)) from None

        except FieldMismatch as exc:
            raise exc.at("countries") from None

        try:
            _questionnaire = d.pop("questionnaire", UNSET)
            questionnaire: RcsSenderDetailsQuestionnaireInputDto | Unset
            if isinstance(_questionnaire, Unset):
                questionnaire = UNSET
            else:
                questionnaire = RcsSenderDetailsQuestionnaireInputDto.from_dict(
                    _questionnaire
                )

        except FieldMismatch as exc:
            raise exc.at("questionnaire") from None

        rcs_sender_details_input_dto = cls(
            brand=brand,
            test_numbers=test_numbers,
            countries=countries,
            questionnaire=questionnaire,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_input_dto.additional_properties = d
        return rcs_sender_details_input_dto

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
from ..models.rcs_sender_details_brand_input_dto import RcsSenderDetailsBrandInputDto
from ..models.rcs_sender_details_questionnaire_input_dto import (
    RcsSenderDetailsQuestionnaireInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsInputDto.__init__.__globals__.update(
    RcsSenderDetailsInputDto=RcsSenderDetailsInputDto,
    RcsSenderDetailsBrandInputDto=RcsSenderDetailsBrandInputDto,
    RcsSenderDetailsQuestionnaireInputDto=RcsSenderDetailsQuestionnaireInputDto,
)
