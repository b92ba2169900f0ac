from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="RcsSenderDetailsDto")


@_attrs_define
class RcsSenderDetailsDto:
    """
    Attributes:
        questionnaire (RcsSenderDetailsQuestionnaireDto): required; JSON key questionnaire.
        brand (RcsSenderDetailsBrandDto | Unset): optional; JSON key brand.
        callback_url (str | Unset): optional; JSON key callbackUrl; deprecated; format url.
        test_numbers (list[str] | Unset): optional; JSON key testNumbers; each item: format e.164
            phone number: E.164 number ('+' then 2-15 digits, the first not 0).
        countries (list[RcsCountryCodesEnum] | Unset): optional; JSON key countries; each item:
            one of: AD, AE, AF, AG, AI, AL, AM, AO, AQ, AR, AS, AT, AU, AW, AZ, BA, BB, BD, BE, BF,
            BG, BH, BI, BJ, BM, BN, BO, BQ, BR, BS, BT, BW, BY, BZ, CA, CD, CF, CG, CH, CI, CK, CL,
            CM, CN, CO, CR, CU, CV, CW, CY, CZ, DE, DJ, DK, DM, DO, DZ, EC, EE, EG, ER, ES, ET, FI,
            FJ, FK, FM, FO, FR, GA, GB, GD, GE, GF, GG, GH, GI, GL, GM, GN, GP, GQ, GR, GT, GU, GW,
            GY, HK, HN, HR, HT, HU, ID, IE, IL, IM, IN, IO, IQ, IR, IS, IT, JE, JM, JO, JP, KE, KG,
            KH, KI, KM, KN, KP, KR, KW, KY, KZ, LA, LB, LC, LI, LK, LR, LS, LT, LU, LV, LY, MA, MC,
            MD, ME, MG, MH, MK, ML, MM, MN, MO, MP, MQ, MR, MS, MT, MU, MV, MW, MX, MY, MZ, NA, NC,
            NE, NF, NG, NI, NL, NO, NP, NR, NU, NZ, OM, PA, PE, PF, PG, PH, PK, PL, PM, PR, PS, PT,
            PW, PY, QA, RE, RO, RS, RU, RW, SA, SB, SC, SD, SE, SG, SH, SI, SK, SL, SM, SN, SO, SR,
            SS, ST, SV, SX, SY, SZ, TC, TD, TG, TH, TJ, TK, TL, TM, TN, TO, TR, TT, TV, TW, TZ, UA,
            UG, UM, US, UY, UZ, VC, VE, VG, VI, VN, VU, WF, WS, XK, YE, YT, ZA, ZM, ZW, UNRECOGNIZED.
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


# After the class: models that refer to each other import without a cycle error.
from ..models.rcs_sender_details_brand_dto import RcsSenderDetailsBrandDto
from ..models.rcs_sender_details_questionnaire_dto import (
    RcsSenderDetailsQuestionnaireDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsDto.__init__.__globals__.update(
    RcsSenderDetailsDto=RcsSenderDetailsDto,
    RcsSenderDetailsBrandDto=RcsSenderDetailsBrandDto,
    RcsSenderDetailsQuestionnaireDto=RcsSenderDetailsQuestionnaireDto,
)
