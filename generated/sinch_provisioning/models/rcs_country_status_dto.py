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
    unknown_field,
)
from .._enums import is_lenient
from ..models.rcs_country_codes_enum import RcsCountryCodesEnum
from ..models.rcs_operator_status_enum import RcsOperatorStatusEnum

T = TypeVar("T", bound="RcsCountryStatusDto")


@_attrs_define
class RcsCountryStatusDto:
    """
    Attributes:
        country (RcsCountryCodesEnum): required; JSON key country; one of: AD, AE, AF, AG, AI, AL,
            AM, AO, AQ, AR, AS, AT, AU, AW, AZ, BA, BB, BD, BE, BF, BG, BH, BI, BJ, BM, BN, BO, BQ,
            BR, BS, BT, BW, BY, BZ, CA, CD, CF, CG, CH, CI, CK, CL, CM, CN, CO, CR, CU, CV, CW, CY,
            CZ, DE, DJ, DK, DM, DO, DZ, EC, EE, EG, ER, ES, ET, FI, FJ, FK, FM, FO, FR, GA, GB, GD,
            GE, GF, GG, GH, GI, GL, GM, GN, GP, GQ, GR, GT, GU, GW, GY, HK, HN, HR, HT, HU, ID, IE,
            IL, IM, IN, IO, IQ, IR, IS, IT, JE, JM, JO, JP, KE, KG, KH, KI, KM, KN, KP, KR, KW, KY,
            KZ, LA, LB, LC, LI, LK, LR, LS, LT, LU, LV, LY, MA, MC, MD, ME, MG, MH, MK, ML, MM, MN,
            MO, MP, MQ, MR, MS, MT, MU, MV, MW, MX, MY, MZ, NA, NC, NE, NF, NG, NI, NL, NO, NP, NR,
            NU, NZ, OM, PA, PE, PF, PG, PH, PK, PL, PM, PR, PS, PT, PW, PY, QA, RE, RO, RS, RU, RW,
            SA, SB, SC, SD, SE, SG, SH, SI, SK, SL, SM, SN, SO, SR, SS, ST, SV, SX, SY, SZ, TC, TD,
            TG, TH, TJ, TK, TL, TM, TN, TO, TR, TT, TV, TW, TZ, UA, UG, UM, US, UY, UZ, VC, VE, VG,
            VI, VN, VU, WF, WS, XK, YE, YT, ZA, ZM, ZW, UNRECOGNIZED.
        status (RcsOperatorStatusEnum): required; JSON key status; one of: LAUNCHED, NOT_LAUNCHED,
            PENDING, PENDING_UNLAUNCHED, REJECTED, SUSPENDED, UNLAUNCHED,
            INVALID_IN_GOOGLE_MY_BUSINESS, UNRECOGNIZED.
        operators (list[RcsOperatorDto]): required; JSON key operators.
    """

    country: RcsCountryCodesEnum
    status: RcsOperatorStatusEnum
    operators: list[RcsOperatorDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country.value

        status = self.status.value

        operators = []
        for operators_item_data in self.operators:
            operators_item = operators_item_data.to_dict()
            operators.append(operators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "status": status,
                "operators": operators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_operator_dto import RcsOperatorDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            country = parse_enum(RcsCountryCodesEnum, d.pop("country", MISSING))

        except FieldMismatch as exc:
            raise exc.at("country") from None

        try:
            status = parse_enum(RcsOperatorStatusEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            _operators = d.pop("operators", MISSING)
            if not isinstance(_operators, list):
                raise mismatch("array", _operators)
            operators = []
            try:
                for operators_item_data in _operators:
                    operators_item = RcsOperatorDto.from_dict(operators_item_data)

                    operators.append(operators_item)
            except FieldMismatch as exc:
                raise exc.at(len(operators)) from None

        except FieldMismatch as exc:
            raise exc.at("operators") from None

        rcs_country_status_dto = cls(
            country=country,
            status=status,
            operators=operators,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_country_status_dto.additional_properties = d
        return rcs_country_status_dto

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
from ..models.rcs_operator_dto import RcsOperatorDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsCountryStatusDto.__init__.__globals__.update(
    RcsCountryStatusDto=RcsCountryStatusDto,
    RcsOperatorDto=RcsOperatorDto,
)
