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
from ..models.rcs_input_country_codes_enum import RcsInputCountryCodesEnum
from ..models.rcs_us_questionnaire_brand_industries_enum import (
    RcsUsQuestionnaireBrandIndustriesEnum,
)
from ..models.rcs_us_questionnaire_brand_legal_forms_enum import (
    RcsUsQuestionnaireBrandLegalFormsEnum,
)
from ..models.rcs_us_questionnaire_ownership_type_enum import (
    RcsUsQuestionnaireOwnershipTypeEnum,
)
from ..models.rcs_us_states_enum import RcsUsStatesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto")


@_attrs_define
class RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto:
    """
    Attributes:
        ownership_type (RcsUsQuestionnaireOwnershipTypeEnum | Unset): optional; JSON key
            ownershipType; one of: PRIVATE, PUBLIC.
        company_legal_name (str | Unset): optional; JSON key companyLegalName.
        company_phone_number (str | Unset): optional; JSON key companyPhoneNumber.
        company_email_address (str | Unset): optional; JSON key companyEmailAddress; format email.
        brand_name (str | Unset): optional; JSON key brandName.
        brand_industry (RcsUsQuestionnaireBrandIndustriesEnum | Unset): optional; JSON key
            brandIndustry; one of: AGRICULTURE, COMMUNICATION, CONSTRUCTION, EDUCATION, ENERGY,
            ENTERTAINMENT, FINANCIAL, GAMBLING, GOVERNMENT, HEALTHCARE, HOSPITALITY, HUMAN_RESOURCES,
            INSURANCE, LEGAL, MANUFACTURING, NON_GOVERNMENTAL_ORGANIZATION, POLITICAL, POSTAL,
            PROFESSIONAL, REAL_ESTATE, RETAIL, TECHNOLOGY, TRANSPORTATION.
        legal_form (RcsUsQuestionnaireBrandLegalFormsEnum | Unset): optional; JSON key legalForm;
            one of: CORPORATION, LIMITED_LIABILITY_COMPANY, PARTNERSHIP, S_CORPORATION.
        tax_id_country (RcsInputCountryCodesEnum | Unset): optional; JSON key taxIdCountry; one
            of: AD, AE, AF, AG, AI, AL, AM, AO, AR, AS, AT, AU, AW, AZ, BA, BB, BD, BE, BF, BG, BH,
            BI, BJ, BM, BN, BO, BQ, BR, BS, BT, BW, BY, BZ, CA, CD, CF, CG, CH, CI, CK, CL, CM, CN,
            CO, CR, CU, CV, CW, CY, CZ, DE, DJ, DK, DM, DO, DZ, EC, EE, EG, ER, ES, ET, FI, FJ, FK,
            FM, FO, FR, GA, GB, GD, GE, GF, GG, GH, GI, GL, GM, GN, GP, GQ, GR, GT, GU, GW, GY, HK,
            HN, HR, HT, HU, ID, IE, IL, IM, IN, IO, IQ, IR, IS, IT, JE, JM, JO, JP, KE, KG, KH, KI,
            KM, KN, KP, KR, KW, KY, KZ, LA, LB, LC, LI, LK, LR, LS, LT, LU, LV, LY, MA, MC, MD, ME,
            MG, MH, MK, ML, MM, MN, MO, MP, MQ, MR, MS, MT, MU, MV, MW, MX, MY, MZ, NA, NC, NE, NF,
            NG, NI, NL, NO, NP, NR, NU, NZ, OM, PA, PE, PF, PG, PH, PK, PL, PM, PR, PS, PT, PW, PY,
            QA, RE, RO, RS, RU, RW, SA, SB, SC, SD, SE, SG, SH, SI, SK, SL, SM, SN, SO, SR, SS, ST,
            SV, SX, SY, SZ, TC, TD, TG, TH, TJ, TK, TL, TM, TN, TO, TR, TT, TV, TW, TZ, UA, UG, UM,
            US, UY, UZ, VC, VE, VG, VI, VN, VU, WF, WS, XK, YE, YT, ZA, ZM, ZW.
        tax_id (str | Unset): optional; JSON key taxId.
        address_line (str | Unset): optional; JSON key addressLine.
        address_city (str | Unset): optional; JSON key addressCity.
        address_country (RcsInputCountryCodesEnum | Unset): optional; JSON key addressCountry; one
            of: AD, AE, AF, AG, AI, AL, AM, AO, AR, AS, AT, AU, AW, AZ, BA, BB, BD, BE, BF, BG, BH,
            BI, BJ, BM, BN, BO, BQ, BR, BS, BT, BW, BY, BZ, CA, CD, CF, CG, CH, CI, CK, CL, CM, CN,
            CO, CR, CU, CV, CW, CY, CZ, DE, DJ, DK, DM, DO, DZ, EC, EE, EG, ER, ES, ET, FI, FJ, FK,
            FM, FO, FR, GA, GB, GD, GE, GF, GG, GH, GI, GL, GM, GN, GP, GQ, GR, GT, GU, GW, GY, HK,
            HN, HR, HT, HU, ID, IE, IL, IM, IN, IO, IQ, IR, IS, IT, JE, JM, JO, JP, KE, KG, KH, KI,
            KM, KN, KP, KR, KW, KY, KZ, LA, LB, LC, LI, LK, LR, LS, LT, LU, LV, LY, MA, MC, MD, ME,
            MG, MH, MK, ML, MM, MN, MO, MP, MQ, MR, MS, MT, MU, MV, MW, MX, MY, MZ, NA, NC, NE, NF,
            NG, NI, NL, NO, NP, NR, NU, NZ, OM, PA, PE, PF, PG, PH, PK, PL, PM, PR, PS, PT, PW, PY,
            QA, RE, RO, RS, RU, RW, SA, SB, SC, SD, SE, SG, SH, SI, SK, SL, SM, SN, SO, SR, SS, ST,
            SV, SX, SY, SZ, TC, TD, TG, TH, TJ, TK, TL, TM, TN, TO, TR, TT, TV, TW, TZ, UA, UG, UM,
            US, UY, UZ, VC, VE, VG, VI, VN, VU, WF, WS, XK, YE, YT, ZA, ZM, ZW.
        address_state (RcsUsStatesEnum | Unset): optional; JSON key addressState; one of: AK, AL,
            AR, AS, AZ, CA, CO, CT, DC, DE, FL, GA, GU, HI, IA, ID, IL, IN, KS, KY, LA, MA, MD, ME,
            MI, MN, MO, MP, MS, MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA, PR, RI, SC, SD,
            TN, TX, UT, VA, VI, VT, WA, WI, WV, WY.
        address_postal_code (str | Unset): optional; JSON key addressPostalCode.
        website_url (str | Unset): optional; JSON key websiteUrl.
        contact_first_name (str | Unset): optional; JSON key contactFirstName.
        contact_surname (str | Unset): optional; JSON key contactSurname.
        stock_exchange (str | Unset): optional; JSON key stockExchange.
        stock_symbol (str | Unset): optional; JSON key stockSymbol.
        sample_messages (list[str] | Unset): optional; JSON key sampleMessages.
        messages_volume (float | Unset): optional; JSON key messagesVolume.
        embedded_link (bool | Unset): optional; JSON key embeddedLink.
        embedded_phone (bool | Unset): optional; JSON key embeddedPhone.
        age_gated_content (bool | Unset): optional; JSON key ageGatedContent.
        direct_lending (bool | Unset): optional; JSON key directLending.
        opt_in_confirmation_message (str | Unset): optional; JSON key optInConfirmationMessage.
        help_message (str | Unset): optional; JSON key helpMessage.
        call_to_action_message (str | Unset): optional; JSON key callToActionMessage.
    """

    ownership_type: RcsUsQuestionnaireOwnershipTypeEnum | Unset = UNSET
    company_legal_name: str | Unset = UNSET
    company_phone_number: str | Unset = UNSET
    company_email_address: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    brand_industry: RcsUsQuestionnaireBrandIndustriesEnum | Unset = UNSET
    legal_form: RcsUsQuestionnaireBrandLegalFormsEnum | Unset = UNSET
    tax_id_country: RcsInputCountryCodesEnum | Unset = UNSET
    tax_id: str | Unset = UNSET
    address_line: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_country: RcsInputCountryCodesEnum | Unset = UNSET
    address_state: RcsUsStatesEnum | Unset = UNSET
    address_postal_code: str | Unset = UNSET
    website_url: str | Unset = UNSET
    contact_first_name: str | Unset = UNSET
    contact_surname: str | Unset = UNSET
    stock_exchange: str | Unset = UNSET
    stock_symbol: str | Unset = UNSET
    sample_messages: list[str] | Unset = UNSET
    messages_volume: float | Unset = UNSET
    embedded_link: bool | Unset = UNSET
    embedded_phone: bool | Unset = UNSET
    age_gated_content: bool | Unset = UNSET
    direct_lending: bool | Unset = UNSET
    opt_in_confirmation_message: str | Unset = UNSET
    help_message: str | Unset = UNSET
    call_to_action_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ownership_type: str | Unset = UNSET
        if not isinstance(self.ownership_type, Unset):
            ownership_type = self.ownership_type.value

        company_legal_name = self.company_legal_name

        company_phone_number = self.company_phone_number

        company_email_address = self.company_email_address

        brand_name = self.brand_name

        brand_industry: str | Unset = UNSET
        if not isinstance(self.brand_industry, Unset):
            brand_industry = self.brand_industry.value

        legal_form: str | Unset = UNSET
        if not isinstance(self.legal_form, Unset):
            legal_form = self.legal_form.value

        tax_id_country: str | Unset = UNSET
        if not isinstance(self.tax_id_country, Unset):
            tax_id_country = self.tax_id_country.value

        tax_id = self.tax_id

        address_line = self.address_line

        address_city = self.address_city

        address_country: str | Unset = UNSET
        if not isinstance(self.address_country, Unset):
            address_country = self.address_country.value

        address_state: str | Unset = UNSET
        if not isinstance(self.address_state, Unset):
            address_state = self.address_state.value

        address_postal_code = self.address_postal_code

        website_url = self.website_url

        contact_first_name = self.contact_first_name

        contact_surname = self.contact_surname

        stock_exchange = self.stock_exchange

        stock_symbol = self.stock_symbol

        sample_messages: list[str] | Unset = UNSET
        if not isinstance(self.sample_messages, Unset):
            sample_messages = self.sample_messages

        messages_volume = self.messages_volume

        embedded_link = self.embedded_link

        embedded_phone = self.embedded_phone

        age_gated_content = self.age_gated_content

        direct_lending = self.direct_lending

        opt_in_confirmation_message = self.opt_in_confirmation_message

        help_message = self.help_message

        call_to_action_message = self.call_to_action_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ownership_type is not UNSET:
            field_dict["ownershipType"] = ownership_type
        if company_legal_name is not UNSET:
            field_dict["companyLegalName"] = company_legal_name
        if company_phone_number is not UNSET:
            field_dict["companyPhoneNumber"] = company_phone_number
        if company_email_address is not UNSET:
            field_dict["companyEmailAddress"] = company_email_address
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if brand_industry is not UNSET:
            field_dict["brandIndustry"] = brand_industry
        if legal_form is not UNSET:
            field_dict["legalForm"] = legal_form
        if tax_id_country is not UNSET:
            field_dict["taxIdCountry"] = tax_id_country
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if address_line is not UNSET:
            field_dict["addressLine"] = address_line
        if address_city is not UNSET:
            field_dict["addressCity"] = address_city
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country
        if address_state is not UNSET:
            field_dict["addressState"] = address_state
        if address_postal_code is not UNSET:
            field_dict["addressPostalCode"] = address_postal_code
        if website_url is not UNSET:
            field_dict["websiteUrl"] = website_url
        if contact_first_name is not UNSET:
            field_dict["contactFirstName"] = contact_first_name
        if contact_surname is not UNSET:
            field_dict["contactSurname"] = contact_surname
        if stock_exchange is not UNSET:
            field_dict["stockExchange"] = stock_exchange
        if stock_symbol is not UNSET:
            field_dict["stockSymbol"] = stock_symbol
        if sample_messages is not UNSET:
            field_dict["sampleMessages"] = sample_messages
        if messages_volume is not UNSET:
            field_dict["messagesVolume"] = messages_volume
        if embedded_link is not UNSET:
            field_dict["embeddedLink"] = embedded_link
        if embedded_phone is not UNSET:
            field_dict["embeddedPhone"] = embedded_phone
        if age_gated_content is not UNSET:
            field_dict["ageGatedContent"] = age_gated_content
        if direct_lending is not UNSET:
            field_dict["directLending"] = direct_lending
        if opt_in_confirmation_message is not UNSET:
            field_dict["optInConfirmationMessage"] = opt_in_confirmation_message
        if help_message is not UNSET:
            field_dict["helpMessage"] = help_message
        if call_to_action_message is not UNSET:
            field_dict["callToActionMessage"] = call_to_action_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _ownership_type = d.pop("ownershipType", UNSET)
            ownership_type: RcsUsQuestionnaireOwnershipTypeEnum | Unset
            if isinstance(_ownership_type, Unset):
                ownership_type = UNSET
            else:
                ownership_type = parse_enum(
                    RcsUsQuestionnaireOwnershipTypeEnum, _ownership_type
                )

        except FieldMismatch as exc:
            raise exc.at("ownershipType") from None

        try:
            company_legal_name = d.pop("companyLegalName", UNSET)
            if company_legal_name is not UNSET and not isinstance(
                company_legal_name, str
            ):
                raise mismatch("string", company_legal_name)

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            company_phone_number = d.pop("companyPhoneNumber", UNSET)
            if company_phone_number is not UNSET and not isinstance(
                company_phone_number, str
            ):
                raise mismatch("string", company_phone_number)

        except FieldMismatch as exc:
            raise exc.at("companyPhoneNumber") from None

        try:
            company_email_address = d.pop("companyEmailAddress", UNSET)
            if company_email_address is not UNSET and not isinstance(
                company_email_address, str
            ):
                raise mismatch("string", company_email_address)

        except FieldMismatch as exc:
            raise exc.at("companyEmailAddress") from None

        try:
            brand_name = d.pop("brandName", UNSET)
            if brand_name is not UNSET and not isinstance(brand_name, str):
                raise mismatch("string", brand_name)

        except FieldMismatch as exc:
            raise exc.at("brandName") from None

        try:
            _brand_industry = d.pop("brandIndustry", UNSET)
            brand_industry: RcsUsQuestionnaireBrandIndustriesEnum | Unset
            if isinstance(_brand_industry, Unset):
                brand_industry = UNSET
            else:
                brand_industry = parse_enum(
                    RcsUsQuestionnaireBrandIndustriesEnum, _brand_industry
                )

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:
            _legal_form = d.pop("legalForm", UNSET)
            legal_form: RcsUsQuestionnaireBrandLegalFormsEnum | Unset
            if isinstance(_legal_form, Unset):
                legal_form = UNSET
            else:
                legal_form = parse_enum(
                    RcsUsQuestionnaireBrandLegalFormsEnum, _legal_form
                )

        except FieldMismatch as exc:
            raise exc.at("legalForm") from None

        try:
            _tax_id_country = d.pop("taxIdCountry", UNSET)
            tax_id_country: RcsInputCountryCodesEnum | Unset
            if isinstance(_tax_id_country, Unset):
                tax_id_country = UNSET
            else:
                tax_id_country = parse_enum(RcsInputCountryCodesEnum, _tax_id_country)

        except FieldMismatch as exc:
            raise exc.at("taxIdCountry") from None

        try:
            tax_id = d.pop("taxId", UNSET)
            if tax_id is not UNSET and not isinstance(tax_id, str):
                raise mismatch("string", tax_id)

        except FieldMismatch as exc:
            raise exc.at("taxId") from None

        try:
            address_line = d.pop("addressLine", UNSET)
            if address_line is not UNSET and not isinstance(address_line, str):
                raise mismatch("string", address_line)

        except FieldMismatch as exc:
            raise exc.at("addressLine") from None

        try:
            address_city = d.pop("addressCity", UNSET)
            if address_city is not UNSET and not isinstance(address_city, str):
                raise mismatch("string", address_city)

        except FieldMismatch as exc:
            raise exc.at("addressCity") from None

        try:
            _address_country = d.pop("addressCountry", UNSET)
            address_country: RcsInputCountryCodesEnum | Unset
            if isinstance(_address_country, Unset):
                address_country = UNSET
            else:
                address_country = parse_enum(RcsInputCountryCodesEnum, _address_country)

        except FieldMismatch as exc:
            raise exc.at("addressCountry") from None

        try:
            _address_state = d.pop("addressState", UNSET)
            address_state: RcsUsStatesEnum | Unset
            if isinstance(_address_state, Unset):
                address_state = UNSET
            else:
                address_state = parse_enum(RcsUsStatesEnum, _address_state)

        except FieldMismatch as exc:
            raise exc.at("addressState") from None

        try:
            address_postal_code = d.pop("addressPostalCode", UNSET)
            if address_postal_code is not UNSET and not isinstance(
                address_postal_code, str
            ):
                raise mismatch("string", address_postal_code)

        except FieldMismatch as exc:
            raise exc.at("addressPostalCode") from None

        try:
            website_url = d.pop("websiteUrl", UNSET)
            if website_url is not UNSET and not isinstance(website_url, str):
                raise mismatch("string", website_url)

        except FieldMismatch as exc:
            raise exc.at("websiteUrl") from None

        try:
            contact_first_name = d.pop("contactFirstName", UNSET)
            if contact_first_name is not UNSET and not isinstance(
                contact_first_name, str
            ):
                raise mismatch("string", contact_first_name)

        except FieldMismatch as exc:
            raise exc.at("contactFirstName") from None

        try:
            contact_surname = d.pop("contactSurname", UNSET)
            if contact_surname is not UNSET and not isinstance(contact_surname, str):
                raise mismatch("string", contact_surname)

        except FieldMismatch as exc:
            raise exc.at("contactSurname") from None

        try:
            stock_exchange = d.pop("stockExchange", UNSET)
            if stock_exchange is not UNSET and not isinstance(stock_exchange, str):
                raise mismatch("string", stock_exchange)

        except FieldMismatch as exc:
            raise exc.at("stockExchange") from None

        try:
            stock_symbol = d.pop("stockSymbol", UNSET)
            if stock_symbol is not UNSET and not isinstance(stock_symbol, str):
                raise mismatch("string", stock_symbol)

        except FieldMismatch as exc:
            raise exc.at("stockSymbol") from None

        try:
            _sample_messages = d.pop("sampleMessages", UNSET)
            sample_messages: list[str] | Unset = UNSET
            if _sample_messages is not UNSET:
                sample_messages = scalar_items(_sample_messages, "string")

        except FieldMismatch as exc:
            raise exc.at("sampleMessages") from None

        try:
            messages_volume = d.pop("messagesVolume", UNSET)
            if messages_volume is not UNSET and not (
                type(messages_volume) is float or type(messages_volume) is int
            ):
                raise mismatch("number", messages_volume)

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        try:
            embedded_link = d.pop("embeddedLink", UNSET)
            if embedded_link is not UNSET and not type(embedded_link) is bool:
                raise mismatch("boolean", embedded_link)

        except FieldMismatch as exc:
            raise exc.at("embeddedLink") from None

        try:
            embedded_phone = d.pop("embeddedPhone", UNSET)
            if embedded_phone is not UNSET and not type(embedded_phone) is bool:
                raise mismatch("boolean", embedded_phone)

        except FieldMismatch as exc:
            raise exc.at("embeddedPhone") from None

        try:
            age_gated_content = d.pop("ageGatedContent", UNSET)
            if age_gated_content is not UNSET and not type(age_gated_content) is bool:
                raise mismatch("boolean", age_gated_content)

        except FieldMismatch as exc:
            raise exc.at("ageGatedContent") from None

        try:
            direct_lending = d.pop("directLending", UNSET)
            if direct_lending is not UNSET and not type(direct_lending) is bool:
                raise mismatch("boolean", direct_lending)

        except FieldMismatch as exc:
            raise exc.at("directLending") from None

        try:
            opt_in_confirmation_message = d.pop("optInConfirmationMessage", UNSET)
            if opt_in_confirmation_message is not UNSET and not isinstance(
                opt_in_confirmation_message, str
            ):
                raise mismatch("string", opt_in_confirmation_message)

        except FieldMismatch as exc:
            raise exc.at("optInConfirmationMessage") from None

        try:
            help_message = d.pop("helpMessage", UNSET)
            if help_message is not UNSET and not isinstance(help_message, str):
                raise mismatch("string", help_message)

        except FieldMismatch as exc:
            raise exc.at("helpMessage") from None

        try:
            call_to_action_message = d.pop("callToActionMessage", UNSET)
            if call_to_action_message is not UNSET and not isinstance(
                call_to_action_message, str
            ):
                raise mismatch("string", call_to_action_message)

        except FieldMismatch as exc:
            raise exc.at("callToActionMessage") from None

        rcs_brand_campaign_sender_details_questionnaire_us_answers_dto = cls(
            ownership_type=ownership_type,
            company_legal_name=company_legal_name,
            company_phone_number=company_phone_number,
            company_email_address=company_email_address,
            brand_name=brand_name,
            brand_industry=brand_industry,
            legal_form=legal_form,
            tax_id_country=tax_id_country,
            tax_id=tax_id,
            address_line=address_line,
            address_city=address_city,
            address_country=address_country,
            address_state=address_state,
            address_postal_code=address_postal_code,
            website_url=website_url,
            contact_first_name=contact_first_name,
            contact_surname=contact_surname,
            stock_exchange=stock_exchange,
            stock_symbol=stock_symbol,
            sample_messages=sample_messages,
            messages_volume=messages_volume,
            embedded_link=embedded_link,
            embedded_phone=embedded_phone,
            age_gated_content=age_gated_content,
            direct_lending=direct_lending,
            opt_in_confirmation_message=opt_in_confirmation_message,
            help_message=help_message,
            call_to_action_message=call_to_action_message,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_brand_campaign_sender_details_questionnaire_us_answers_dto.additional_properties = d
        return rcs_brand_campaign_sender_details_questionnaire_us_answers_dto

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
RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto.__init__.__globals__.update(
    RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto=RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto,
)
