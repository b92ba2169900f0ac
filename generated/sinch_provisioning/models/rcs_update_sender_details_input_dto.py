from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..models.rcs_input_rcs_country_codes_enum import RcsInputRcsCountryCodesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsUpdateSenderDetailsInputDto")


@_attrs_define
class RcsUpdateSenderDetailsInputDto:
    """
    Attributes:
        brand (RcsUpdateSenderDetailsBrandInputDto | Unset): optional; JSON key brand.
        test_numbers (list[str] | None | Unset): optional; JSON key testNumbers; items <= 200;
            unique items; each item: format e.164 phone number: E.164 number ('+' then 2-15 digits,
            the first not 0).
        countries (list[RcsInputRcsCountryCodesEnum] | None | Unset): optional; JSON key
            countries; items >= 1; unique items; each item: one of: AT, BE, BR, CA, CZ, DK, FI, FR,
            DE, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SG, SK, ES, SE, US, GB.
        questionnaire (RcsUpdateSenderDetailsQuestionnaireInputDto | Unset): optional; JSON key
            questionnaire.
    """

    brand: RcsUpdateSenderDetailsBrandInputDto | Unset = UNSET
    test_numbers: list[str] | None | Unset = UNSET
    countries: list[RcsInputRcsCountryCodesEnum] | None | Unset = UNSET
    questionnaire: RcsUpdateSenderDetailsQuestionnaireInputDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        test_numbers: list[str] | None | Unset
        if isinstance(self.test_numbers, Unset):
            test_numbers = UNSET
        elif isinstance(self.test_numbers, list):
            test_numbers = self.test_numbers

        else:
            test_numbers = self.test_numbers

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = []
            for countries_type_0_item_data in self.countries:
                countries_type_0_item = countries_type_0_item_data.value
                countries.append(countries_type_0_item)

        else:
            countries = self.countries

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
        from ..models.rcs_update_sender_details_brand_input_dto import (
            RcsUpdateSenderDetailsBrandInputDto,
        )
        from ..models.rcs_update_sender_details_questionnaire_input_dto import (
            RcsUpdateSenderDetailsQuestionnaireInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _brand = d.pop("brand", UNSET)
            brand: RcsUpdateSenderDetailsBrandInputDto | Unset
            if isinstance(_brand, Unset):
                brand = UNSET
            else:
                brand = RcsUpdateSenderDetailsBrandInputDto.from_dict(_brand)

        except FieldMismatch as exc:
            raise exc.at("brand") from None

        try:

            def _parse_test_numbers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _test_numbers_type_0 = data
                        test_numbers_type_0 = scalar_items(
                            _test_numbers_type_0, "string"
                        )

                        return test_numbers_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            test_numbers = parse_union(_parse_test_numbers, d.pop("testNumbers", UNSET))

        except FieldMismatch as exc:
            raise exc.at("testNumbers") from None

        try:

            def _parse_countries(
                data: object,
            ) -> list[RcsInputRcsCountryCodesEnum] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _countries_type_0 = data
                        if not isinstance(_countries_type_0, list):
                            raise mismatch("array", _countries_type_0)
                        countries_type_0 = []
                        try:
                            for countries_type_0_item_data in _countries_type_0:
                                countries_type_0_item = parse_enum(
                                    RcsInputRcsCountryCodesEnum,
                                    countries_type_0_item_data,
                                )

                                countries_type_0.append(countries_type_0_item)
                        except FieldMismatch as exc:
                            raise exc.at(len(countries_type_0)) from None

                        return countries_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            countries = parse_union(_parse_countries, d.pop("countries", UNSET))

        except FieldMismatch as exc:
            raise exc.at("countries") from None

        try:
            _questionnaire = d.pop("questionnaire", UNSET)
            questionnaire: RcsUpdateSenderDetailsQuestionnaireInputDto | Unset
            if isinstance(_questionnaire, Unset):
                questionnaire = UNSET
            else:
                questionnaire = RcsUpdateSenderDetailsQuestionnaireInputDto.from_dict(
                    _questionnaire
                )

        except FieldMismatch as exc:
            raise exc.at("questionnaire") from None

        rcs_update_sender_details_input_dto = cls(
            brand=brand,
            test_numbers=test_numbers,
            countries=countries,
            questionnaire=questionnaire,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_update_sender_details_input_dto.additional_properties = d
        return rcs_update_sender_details_input_dto

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
from ..models.rcs_update_sender_details_brand_input_dto import (
    RcsUpdateSenderDetailsBrandInputDto,
)
from ..models.rcs_update_sender_details_questionnaire_input_dto import (
    RcsUpdateSenderDetailsQuestionnaireInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsUpdateSenderDetailsInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsInputDto=RcsUpdateSenderDetailsInputDto,
    RcsUpdateSenderDetailsBrandInputDto=RcsUpdateSenderDetailsBrandInputDto,
    RcsUpdateSenderDetailsQuestionnaireInputDto=RcsUpdateSenderDetailsQuestionnaireInputDto,
)
