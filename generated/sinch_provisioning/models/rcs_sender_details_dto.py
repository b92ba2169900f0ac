from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    parse_enum,
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient
from ..models.rcs_country_codes_enum import RcsCountryCodesEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rcs_sender_details_brand_dto import RcsSenderDetailsBrandDto
    from ..models.rcs_sender_details_questionnaire_dto import (
        RcsSenderDetailsQuestionnaireDto,
    )


T = TypeVar("T", bound="RcsSenderDetailsDto")


@_attrs_define
class RcsSenderDetailsDto:
    """
    Attributes:
        questionnaire (RcsSenderDetailsQuestionnaireDto):
        brand (RcsSenderDetailsBrandDto | Unset):
        callback_url (str | Unset):
        test_numbers (list[str] | Unset):
        countries (list[RcsCountryCodesEnum] | Unset):
    """

    questionnaire: RcsSenderDetailsQuestionnaireDto
    brand: RcsSenderDetailsBrandDto | Unset = UNSET
    callback_url: str | Unset = UNSET
    test_numbers: list[str] | Unset = UNSET
    countries: list[RcsCountryCodesEnum] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        questionnaire = self.questionnaire.to_dict()

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        callback_url = self.callback_url

        test_numbers: list[str] | Unset = UNSET
        if not isinstance(self.test_numbers, Unset):
            test_numbers = self.test_numbers

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.value
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionnaire": questionnaire,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if test_numbers is not UNSET:
            field_dict["testNumbers"] = test_numbers
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_brand_dto import RcsSenderDetailsBrandDto
        from ..models.rcs_sender_details_questionnaire_dto import (
            RcsSenderDetailsQuestionnaireDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            questionnaire = RcsSenderDetailsQuestionnaireDto.from_dict(
                d.pop("questionnaire", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("questionnaire") from None

        try:
            _brand = d.pop("brand", UNSET)
            brand: RcsSenderDetailsBrandDto | Unset
            if isinstance(_brand, Unset):
                brand = UNSET
            else:
                brand = RcsSenderDetailsBrandDto.from_dict(_brand)

        except FieldMismatch as exc:
            raise exc.at("brand") from None

        try:
            callback_url = d.pop("callbackUrl", UNSET)
            if callback_url is not UNSET and not isinstance(callback_url, str):
                raise mismatch("string", callback_url)

        except FieldMismatch as exc:
            raise exc.at("callbackUrl") from None

        try:
            _test_numbers = d.pop("testNumbers", UNSET)
            test_numbers: list[str] | Unset = UNSET
            if _test_numbers is not UNSET:
                test_numbers = scalar_items(_test_numbers, "string")

        except FieldMismatch as exc:
            raise exc.at("testNumbers") from None

        try:
            _countries = d.pop("countries", UNSET)
            countries: list[RcsCountryCodesEnum] | Unset = UNSET
            if _countries is not UNSET:
                if not isinstance(_countries, list):
                    raise mismatch("array", _countries)
                countries = []
                try:
                    for countries_item_data in _countries:
                        countries_item = parse_enum(
                            RcsCountryCodesEnum, countries_item_data
                        )

                        countries.append(countries_item)
                except FieldMismatch as exc:
                    raise exc.at(len(countries)) from None

        except FieldMismatch as exc:
            raise exc.at("countries") from None

        rcs_sender_details_dto = cls(
            questionnaire=questionnaire,
            brand=brand,
            callback_url=callback_url,
            test_numbers=test_numbers,
            countries=countries,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_dto.additional_properties = d
        return rcs_sender_details_dto

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
