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
from ..models.whatsapp_account_state_enum import WhatsappAccountStateEnum
from ..models.whatsapp_business_managers_enum import WhatsappBusinessManagersEnum
from ..models.whatsapp_conversation_app_regions_enum import (
    WhatsappConversationAppRegionsEnum,
)
from ..models.whatsapp_country_codes_enum import WhatsappCountryCodesEnum
from ..models.whatsapp_daily_limit_enum import WhatsappDailyLimitEnum
from ..models.whatsapp_waba_ban_states_enum import WhatsappWabaBanStatesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappAccountDto")


@_attrs_define
class WhatsappAccountDto:
    """
    Attributes:
        is_embedded_signup (bool): required; JSON key isEmbeddedSignup.
        business_manager (WhatsappBusinessManagersEnum): required; JSON key businessManager; one
            of: SINCH_AMERICA, SINCH_BR, SINCH_MX, SINCH_SEP, SINCH_UK, UNRECOGNIZED.
        waba_max_price_onboarded (bool): required; JSON key wabaMaxPriceOnboarded.
        compatible_regions (list[WhatsappConversationAppRegionsEnum]): required; JSON key
            compatibleRegions; unique items; each item: one of: br, eu, us.
        state (WhatsappAccountStateEnum | Unset): optional; JSON key state; one of: ONBOARDED,
            PENDING_FACEBOOK_VERIFICATION, REJECTED.
        waba_id (str | Unset): optional; JSON key wabaId.
        changes (WhatsappAccountChangesDto | Unset): optional; JSON key changes.
        details (WhatsappAccountDetailsDto | Unset): optional; JSON key details.
        waba_ban_state (WhatsappWabaBanStatesEnum | Unset): optional; JSON key wabaBanState; one
            of: DISABLE, REINSTATE, SCHEDULE_FOR_DISABLE, UNRECOGNIZED.
        waba_ban_date (str | Unset): optional; JSON key wabaBanDate.
        waba_enabled_for_insights (bool | Unset): optional; JSON key wabaEnabledForInsights.
        waba_enabled_for_direct_send (bool | Unset): optional; JSON key wabaEnabledForDirectSend.
        primary_business_location (WhatsappCountryCodesEnum | Unset): optional; JSON key
            primaryBusinessLocation; one of: AD, AE, AF, AG, AI, AL, AM, AO, AQ, AR, AS, AT, AU, AW,
            AZ, BA, BB, BD, BE, BF, BG, BH, BI, BJ, BM, BN, BO, BQ, BR, BS, BT, BW, BY, BZ, CA, CD,
            CF, CG, CH, CI, CK, CL, CM, CN, CO, CR, CU, CV, CW, CY, CZ, DE, DJ, DK, DM, DO, DZ, EC,
            EE, EG, ER, ES, ET, FI, FJ, FK, FM, FO, FR, GA, GB, GD, GE, GF, GG, GH, GI, GL, GM, GN,
            GP, GQ, GR, GT, GU, GW, GY, HK, HN, HR, HT, HU, ID, IE, IL, IM, IN, IO, IQ, IR, IS, IT,
            JE, JM, JO, JP, KE, KG, KH, KI, KM, KN, KP, KR, KW, KY, KZ, LA, LB, LC, LI, LK, LR, LS,
            LT, LU, LV, LY, MA, MC, MD, ME, MG, MH, MK, ML, MM, MN, MO, MP, MQ, MR, MS, MT, MU, MV,
            MW, MX, MY, MZ, NA, NC, NE, NF, NG, NI, NL, NO, NP, NR, NU, NZ, OM, PA, PE, PF, PG, PH,
            PK, PL, PM, PR, PS, PT, PW, PY, QA, RE, RO, RS, RU, RW, SA, SB, SC, SD, SE, SG, SH, SI,
            SK, SL, SM, SN, SO, SR, SS, ST, SV, SX, SY, SZ, TC, TD, TG, TH, TJ, TK, TL, TM, TN, TO,
            TR, TT, TV, TW, TZ, UA, UG, UM, US, UY, UZ, VC, VE, VG, VI, VN, VU, WF, WS, XK, YE, YT,
            ZA, ZM, ZW, UNRECOGNIZED.
        partner_initiated_request_id (str | Unset): optional; JSON key partnerInitiatedRequestId;
            deprecated.
        business_daily_limit (WhatsappDailyLimitEnum | Unset): optional; JSON key
            businessDailyLimit; one of: NOT_SET, TIER_100K, TIER_10K, TIER_1K, TIER_250, TIER_2K,
            TIER_50, TIER_UNLIMITED, UNRECOGNIZED.
        currency (str | Unset): optional; JSON key currency.
    """

    is_embedded_signup: bool
    business_manager: WhatsappBusinessManagersEnum
    waba_max_price_onboarded: bool
    compatible_regions: list[WhatsappConversationAppRegionsEnum]
    state: WhatsappAccountStateEnum | Unset = UNSET
    waba_id: str | Unset = UNSET
    changes: WhatsappAccountChangesDto | Unset = UNSET
    details: WhatsappAccountDetailsDto | Unset = UNSET
    waba_ban_state: WhatsappWabaBanStatesEnum | Unset = UNSET
    waba_ban_date: str | Unset = UNSET
    waba_enabled_for_insights: bool | Unset = UNSET
    waba_enabled_for_direct_send: bool | Unset = UNSET
    primary_business_location: WhatsappCountryCodesEnum | Unset = UNSET
    partner_initiated_request_id: str | Unset = UNSET
    business_daily_limit: WhatsappDailyLimitEnum | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_embedded_signup = self.is_embedded_signup

        business_manager = self.business_manager.value

        waba_max_price_onboarded = self.waba_max_price_onboarded

        compatible_regions = []
        for compatible_regions_item_data in self.compatible_regions:
            compatible_regions_item = compatible_regions_item_data.value
            compatible_regions.append(compatible_regions_item)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        waba_id = self.waba_id

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        waba_ban_state: str | Unset = UNSET
        if not isinstance(self.waba_ban_state, Unset):
            waba_ban_state = self.waba_ban_state.value

        waba_ban_date = self.waba_ban_date

        waba_enabled_for_insights = self.waba_enabled_for_insights

        waba_enabled_for_direct_send = self.waba_enabled_for_direct_send

        primary_business_location: str | Unset = UNSET
        if not isinstance(self.primary_business_location, Unset):
            primary_business_location = self.primary_business_location.value

        partner_initiated_request_id = self.partner_initiated_request_id

        business_daily_limit: str | Unset = UNSET
        if not isinstance(self.business_daily_limit, Unset):
            business_daily_limit = self.business_daily_limit.value

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isEmbeddedSignup": is_embedded_signup,
                "businessManager": business_manager,
                "wabaMaxPriceOnboarded": waba_max_price_onboarded,
                "compatibleRegions": compatible_regions,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if waba_id is not UNSET:
            field_dict["wabaId"] = waba_id
        if changes is not UNSET:
            field_dict["changes"] = changes
        if details is not UNSET:
            field_dict["details"] = details
        if waba_ban_state is not UNSET:
            field_dict["wabaBanState"] = waba_ban_state
        if waba_ban_date is not UNSET:
            field_dict["wabaBanDate"] = waba_ban_date
        if waba_enabled_for_insights is not UNSET:
            field_dict["wabaEnabledForInsights"] = waba_enabled_for_insights
        if waba_enabled_for_direct_send is not UNSET:
            field_dict["wabaEnabledForDirectSend"] = waba_enabled_for_direct_send
        if primary_business_location is not UNSET:
            field_dict["primaryBusinessLocation"] = primary_business_location
        if partner_initiated_request_id is not UNSET:
            field_dict["partnerInitiatedRequestId"] = partner_initiated_request_id
        if business_daily_limit is not UNSET:
            field_dict["businessDailyLimit"] = business_daily_limit
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_account_changes_dto import WhatsappAccountChangesDto
        from ..models.whatsapp_account_details_dto import WhatsappAccountDetailsDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            is_embedded_signup = d.pop("isEmbeddedSignup", MISSING)
            if not type(is_embedded_signup) is bool:
                raise mismatch("boolean", is_embedded_signup)

        except FieldMismatch as exc:
            raise exc.at("isEmbeddedSignup") from None

        try:
            business_manager = parse_enum(
                WhatsappBusinessManagersEnum, d.pop("businessManager", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("businessManager") from None

        try:
            waba_max_price_onboarded = d.pop("wabaMaxPriceOnboarded", MISSING)
            if not type(waba_max_price_onboarded) is bool:
                raise mismatch("boolean", waba_max_price_onboarded)

        except FieldMismatch as exc:
            raise exc.at("wabaMaxPriceOnboarded") from None

        try:
            _compatible_regions = d.pop("compatibleRegions", MISSING)
            if not isinstance(_compatible_regions, list):
                raise mismatch("array", _compatible_regions)
            compatible_regions = []
            try:
                for compatible_regions_item_data in _compatible_regions:
                    compatible_regions_item = parse_enum(
                        WhatsappConversationAppRegionsEnum, compatible_regions_item_data
                    )

                    compatible_regions.append(compatible_regions_item)
            except FieldMismatch as exc:
                raise exc.at(len(compatible_regions)) from None

        except FieldMismatch as exc:
            raise exc.at("compatibleRegions") from None

        try:
            _state = d.pop("state", UNSET)
            state: WhatsappAccountStateEnum | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = parse_enum(WhatsappAccountStateEnum, _state)

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            waba_id = d.pop("wabaId", UNSET)
            if waba_id is not UNSET and not isinstance(waba_id, str):
                raise mismatch("string", waba_id)

        except FieldMismatch as exc:
            raise exc.at("wabaId") from None

        try:
            _changes = d.pop("changes", UNSET)
            changes: WhatsappAccountChangesDto | Unset
            if isinstance(_changes, Unset):
                changes = UNSET
            else:
                changes = WhatsappAccountChangesDto.from_dict(_changes)

        except FieldMismatch as exc:
            raise exc.at("changes") from None

        try:
            _details = d.pop("details", UNSET)
            details: WhatsappAccountDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = WhatsappAccountDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _waba_ban_state = d.pop("wabaBanState", UNSET)
            waba_ban_state: WhatsappWabaBanStatesEnum | Unset
            if isinstance(_waba_ban_state, Unset):
                waba_ban_state = UNSET
            else:
                waba_ban_state = parse_enum(WhatsappWabaBanStatesEnum, _waba_ban_state)

        except FieldMismatch as exc:
            raise exc.at("wabaBanState") from None

        try:
            waba_ban_date = d.pop("wabaBanDate", UNSET)
            if waba_ban_date is not UNSET and not isinstance(waba_ban_date, str):
                raise mismatch("string", waba_ban_date)

        except FieldMismatch as exc:
            raise exc.at("wabaBanDate") from None

        try:
            waba_enabled_for_insights = d.pop("wabaEnabledForInsights", UNSET)
            if (
                waba_enabled_for_insights is not UNSET
                and not type(waba_enabled_for_insights) is bool
            ):
                raise mismatch("boolean", waba_enabled_for_insights)

        except FieldMismatch as exc:
            raise exc.at("wabaEnabledForInsights") from None

        try:
            waba_enabled_for_direct_send = d.pop("wabaEnabledForDirectSend", UNSET)
            if (
                waba_enabled_for_direct_send is not UNSET
                and not type(waba_enabled_for_direct_send) is bool
            ):
                raise mismatch("boolean", waba_enabled_for_direct_send)

        except FieldMismatch as exc:
            raise exc.at("wabaEnabledForDirectSend") from None

        try:
            _primary_business_location = d.pop("primaryBusinessLocation", UNSET)
            primary_business_location: WhatsappCountryCodesEnum | Unset
            if isinstance(_primary_business_location, Unset):
                primary_business_location = UNSET
            else:
                primary_business_location = parse_enum(
                    WhatsappCountryCodesEnum, _primary_business_location
                )

        except FieldMismatch as exc:
            raise exc.at("primaryBusinessLocation") from None

        try:
            partner_initiated_request_id = d.pop("partnerInitiatedRequestId", UNSET)
            if partner_initiated_request_id is not UNSET and not isinstance(
                partner_initiated_request_id, str
            ):
                raise mismatch("string", partner_initiated_request_id)

        except FieldMismatch as exc:
            raise exc.at("partnerInitiatedRequestId") from None

        try:
            _business_daily_limit = d.pop("businessDailyLimit", UNSET)
            business_daily_limit: WhatsappDailyLimitEnum | Unset
            if isinstance(_business_daily_limit, Unset):
                business_daily_limit = UNSET
            else:
                business_daily_limit = parse_enum(
                    WhatsappDailyLimitEnum, _business_daily_limit
                )

        except FieldMismatch as exc:
            raise exc.at("businessDailyLimit") from None

        try:
            currency = d.pop("currency", UNSET)
            if currency is not UNSET and not isinstance(currency, str):
                raise mismatch("string", currency)

        except FieldMismatch as exc:
            raise exc.at("currency") from None

        whatsapp_account_dto = cls(
            is_embedded_signup=is_embedded_signup,
            business_manager=business_manager,
            waba_max_price_onboarded=waba_max_price_onboarded,
            compatible_regions=compatible_regions,
            state=state,
            waba_id=waba_id,
            changes=changes,
            details=details,
            waba_ban_state=waba_ban_state,
            waba_ban_date=waba_ban_date,
            waba_enabled_for_insights=waba_enabled_for_insights,
            waba_enabled_for_direct_send=waba_enabled_for_direct_send,
            primary_business_location=primary_business_location,
            partner_initiated_request_id=partner_initiated_request_id,
            business_daily_limit=business_daily_limit,
            currency=currency,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_account_dto.additional_properties = d
        return whatsapp_account_dto

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
from ..models.whatsapp_account_changes_dto import WhatsappAccountChangesDto
from ..models.whatsapp_account_details_dto import WhatsappAccountDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappAccountDto.__init__.__globals__.update(
    WhatsappAccountDto=WhatsappAccountDto,
    WhatsappAccountChangesDto=WhatsappAccountChangesDto,
    WhatsappAccountDetailsDto=WhatsappAccountDetailsDto,
)
