from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

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
from ..models.rcs_input_country_codes_enum import RcsInputCountryCodesEnum
from ..models.rcs_private_us_questionnaire_brand_legal_forms_enum import (
    RcsPrivateUsQuestionnaireBrandLegalFormsEnum,
)
from ..models.rcs_us_questionnaire_brand_industries_enum import (
    RcsUsQuestionnaireBrandIndustriesEnum,
)
from ..models.rcs_us_states_enum import RcsUsStatesEnum

T = TypeVar(
    "T", bound="RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"
)


@_attrs_define
class RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto:
    """
    Attributes:
        company_legal_name (str): required; JSON key companyLegalName; length 1-100.
        company_phone_number (str): required; JSON key companyPhoneNumber; length 1-13.
        company_email_address (str): required; JSON key companyEmailAddress; format email; length
            <= 100.
        brand_name (str): required; JSON key brandName; length 1-100.
        brand_industry (RcsUsQuestionnaireBrandIndustriesEnum): required; JSON key brandIndustry;
            one of: AGRICULTURE, COMMUNICATION, CONSTRUCTION, EDUCATION, ENERGY, ENTERTAINMENT,
            FINANCIAL, GAMBLING, GOVERNMENT, HEALTHCARE, HOSPITALITY, HUMAN_RESOURCES, INSURANCE,
            LEGAL, MANUFACTURING, NON_GOVERNMENTAL_ORGANIZATION, POLITICAL, POSTAL, PROFESSIONAL,
            REAL_ESTATE, RETAIL, TECHNOLOGY, TRANSPORTATION.
        address_line (str): required; JSON key addressLine; length 1-100.
        address_city (str): required; JSON key addressCity; length 1-100.
        address_country (RcsInputCountryCodesEnum): required; JSON key addressCountry; one of: AD,
            AE, AF, AG, AI, AL, AM, AO, AR, AS, AT, AU, AW, AZ, BA, BB, BD, BE, BF, BG, BH, BI, BJ,
            BM, BN, BO, BQ, BR, BS, BT, BW, BY, BZ, CA, CD, CF, CG, CH, CI, CK, CL, CM, CN, CO, CR,
            CU, CV, CW, CY, CZ, DE, DJ, DK, DM, DO, DZ, EC, EE, EG, ER, ES, ET, FI, FJ, FK, FM, FO,
            FR, GA, GB, GD, GE, GF, GG, GH, GI, GL, GM, GN, GP, GQ, GR, GT, GU, GW, GY, HK, HN, HR,
            HT, HU, ID, IE, IL, IM, IN, IO, IQ, IR, IS, IT, JE, JM, JO, JP, KE, KG, KH, KI, KM, KN,
            KP, KR, KW, KY, KZ, LA, LB, LC, LI, LK, LR, LS, LT, LU, LV, LY, MA, MC, MD, ME, MG, MH,
            MK, ML, MM, MN, MO, MP, MQ, MR, MS, MT, MU, MV, MW, MX, MY, MZ, NA, NC, NE, NF, NG, NI,
            NL, NO, NP, NR, NU, NZ, OM, PA, PE, PF, PG, PH, PK, PL, PM, PR, PS, PT, PW, PY, QA, RE,
            RO, RS, RU, RW, SA, SB, SC, SD, SE, SG, SH, SI, SK, SL, SM, SN, SO, SR, SS, ST, SV, SX,
            SY, SZ, TC, TD, TG, TH, TJ, TK, TL, TM, TN, TO, TR, TT, TV, TW, TZ, UA, UG, UM, US, UY,
            UZ, VC, VE, VG, VI, VN, VU, WF, WS, XK, YE, YT, ZA, ZM, ZW.
        address_postal_code (str): required; JSON key addressPostalCode; length 1-10.
        website_url (str): required; JSON key websiteUrl; format url; length <= 100.
        contact_first_name (str): required; JSON key contactFirstName; length 1-100.
        contact_surname (str): required; JSON key contactSurname; length 1-100.
        sample_messages (list[str]): required; JSON key sampleMessages; items 1-5; each item:
            length 20-1024.
        messages_volume (float): required; JSON key messagesVolume.
        embedded_link (bool): required; JSON key embeddedLink.
        embedded_phone (bool): required; JSON key embeddedPhone.
        age_gated_content (bool): required; JSON key ageGatedContent.
        direct_lending (bool): required; JSON key directLending.
        opt_in_confirmation_message (str): required; JSON key optInConfirmationMessage; length
            20-1024.
        help_message (str): required; JSON key helpMessage; length 20-1024.
        call_to_action_message (str): required; JSON key callToActionMessage; length 40-4096.
        ownership_type (Literal['PRIVATE']): required; JSON key ownershipType; always PRIVATE.
        legal_form (RcsPrivateUsQuestionnaireBrandLegalFormsEnum): required; JSON key legalForm;
            one of: CORPORATION, LIMITED_LIABILITY_COMPANY, PARTNERSHIP, S_CORPORATION.
        tax_id_country (Literal['US']): required; JSON key taxIdCountry; always US.
        tax_id (str): required; JSON key taxId; length 1-25.
        address_state (RcsUsStatesEnum): required; JSON key addressState; one of: AK, AL, AR, AS,
            AZ, CA, CO, CT, DC, DE, FL, GA, GU, HI, IA, ID, IL, IN, KS, KY, LA, MA, MD, ME, MI, MN,
            MO, MP, MS, MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA, PR, RI, SC, SD, TN, TX,
            UT, VA, VI, VT, WA, WI, WV, WY.
    """

    company_legal_name: str
    company_phone_number: str
    company_email_address: str
    brand_name: str
    brand_industry: RcsUsQuestionnaireBrandIndustriesEnum
    address_line: str
    address_city: str
    address_country: RcsInputCountryCodesEnum
    address_postal_code: str
    website_url: str
    contact_first_name: str
    contact_surname: str
    sample_messages: list[str]
    messages_volume: float
    embedded_link: bool
    embedded_phone: bool
    age_gated_content: bool
    direct_lending: bool
    opt_in_confirmation_message: str
    help_message: str
    call_to_action_message: str
    ownership_type: Literal["PRIVATE"]
    legal_form: RcsPrivateUsQuestionnaireBrandLegalFormsEnum
    tax_id_country: Literal["US"]
    tax_id: str
    address_state: RcsUsStatesEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_legal_name = self.company_legal_name

        company_phone_number = self.company_phone_number

        company_email_address = self.company_email_address

        brand_name = self.brand_name

        brand_industry = self.brand_industry.value

        address_line = self.address_line

        address_city = self.address_city

        address_country = self.address_country.value

        address_postal_code = self.address_postal_code

        website_url = self.website_url

        contact_first_name = self.contact_first_name

        contact_surname = self.contact_surname

        sample_messages = self.sample_messages

        messages_volume = self.messages_volume

        embedded_link = self.embedded_link

        embedded_phone = self.embedded_phone

        age_gated_content = self.age_gated_content

        direct_lending = self.direct_lending

        opt_in_confirmation_message = self.opt_in_confirmation_message

        help_message = self.help_message

        call_to_action_message = self.call_to_action_message

        ownership_type = self.ownership_type

        legal_form = self.legal_form.value

        tax_id_country = self.tax_id_country

        tax_id = self.tax_id

        address_state = self.address_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyLegalName": company_legal_name,
                "companyPhoneNumber": company_phone_number,
                "companyEmailAddress": company_email_address,
                "brandName": brand_name,
                "brandIndustry": brand_industry,
                "addressLine": address_line,
                "addressCity": address_city,
                "addressCountry": address_country,
                "addressPostalCode": address_postal_code,
                "websiteUrl": website_url,
                "contactFirstName": contact_first_name,
                "contactSurname": contact_surname,
                "sampleMessages": sample_messages,
                "messagesVolume": messages_volume,
                "embeddedLink": embedded_link,
                "embeddedPhone": embedded_phone,
                "ageGatedContent": age_gated_content,
                "directLending": direct_lending,
                "optInConfirmationMessage": opt_in_confirmation_message,
                "helpMessage": help_message,
                "callToActionMessage": call_to_action_message,
                "ownershipType": ownership_type,
                "legalForm": legal_form,
                "taxIdCountry": tax_id_country,
                "taxId": tax_id,
                "addressState": address_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            company_legal_name = d.pop("companyLegalName", MISSING)
            if not isinstance(company_legal_name, str):
                raise mismatch("string", company_legal_name)

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            company_phone_number = d.pop("companyPhoneNumber", MISSING)
            if not isinstance(company_phone_number, str):
                raise mismatch("string", company_phone_number)

        except FieldMismatch as exc:
            raise exc.at("companyPhoneNumber") from None

        try:
            company_email_address = d.pop("companyEmailAddress", MISSING)
            if not isinstance(company_email_address, str):
                raise mismatch("string", company_email_address)

        except FieldMismatch as exc:
            raise exc.at("companyEmailAddress") from None

        try:
            brand_name = d.pop("brandName", MISSING)
            if not isinstance(brand_name, str):
                raise mismatch("string", brand_name)

        except FieldMismatch as exc:
            raise exc.at("brandName") from None

        try:
            brand_industry = parse_enum(
                RcsUsQuestionnaireBrandIndustriesEnum, d.pop("brandIndustry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:
            address_line = d.pop("addressLine", MISSING)
            if not isinstance(address_line, str):
                raise mismatch("string", address_line)

        except FieldMismatch as exc:
            raise exc.at("addressLine") from None

        try:
            address_city = d.pop("addressCity", MISSING)
            if not isinstance(address_city, str):
                raise mismatch("string", address_city)

        except FieldMismatch as exc:
            raise exc.at("addressCity") from None

        try:
            address_country = parse_enum(
                RcsInputCountryCodesEnum, d.pop("addressCountry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("addressCountry") from None

        try:
            address_postal_code = d.pop("addressPostalCode", MISSING)
            if not isinstance(address_postal_code, str):
                raise mismatch("string", address_postal_code)

        except FieldMismatch as exc:
            raise exc.at("addressPostalCode") from None

        try:
            website_url = d.pop("websiteUrl", MISSING)
            if not isinstance(website_url, str):
                raise mismatch("string", website_url)

        except FieldMismatch as exc:
            raise exc.at("websiteUrl") from None

        try:
            contact_first_name = d.pop("contactFirstName", MISSING)
            if not isinstance(contact_first_name, str):
                raise mismatch("string", contact_first_name)

        except FieldMismatch as exc:
            raise exc.at("contactFirstName") from None

        try:
            contact_surname = d.pop("contactSurname", MISSING)
            if not isinstance(contact_surname, str):
                raise mismatch("string", contact_surname)

        except FieldMismatch as exc:
            raise exc.at("contactSurname") from None

        try:
            _sample_messages = d.pop("sampleMessages", MISSING)
            sample_messages = scalar_items(_sample_messages, "string")

        except FieldMismatch as exc:
            raise exc.at("sampleMessages") from None

        try:
            messages_volume = d.pop("messagesVolume", MISSING)
            if not (type(messages_volume) is float or type(messages_volume) is int):
                raise mismatch("number", messages_volume)

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        try:
            embedded_link = d.pop("embeddedLink", MISSING)
            if not type(embedded_link) is bool:
                raise mismatch("boolean", embedded_link)

        except FieldMismatch as exc:
            raise exc.at("embeddedLink") from None

        try:
            embedded_phone = d.pop("embeddedPhone", MISSING)
            if not type(embedded_phone) is bool:
                raise mismatch("boolean", embedded_phone)

        except FieldMismatch as exc:
            raise exc.at("embeddedPhone") from None

        try:
            age_gated_content = d.pop("ageGatedContent", MISSING)
            if not type(age_gated_content) is bool:
                raise mismatch("boolean", age_gated_content)

        except FieldMismatch as exc:
            raise exc.at("ageGatedContent") from None

        try:
            direct_lending = d.pop("directLending", MISSING)
            if not type(direct_lending) is bool:
                raise mismatch("boolean", direct_lending)

        except FieldMismatch as exc:
            raise exc.at("directLending") from None

        try:
            opt_in_confirmation_message = d.pop("optInConfirmationMessage", MISSING)
            if not isinstance(opt_in_confirmation_message, str):
                raise mismatch("string", opt_in_confirmation_message)

        except FieldMismatch as exc:
            raise exc.at("optInConfirmationMessage") from None

        try:
            help_message = d.pop("helpMessage", MISSING)
            if not isinstance(help_message, str):
                raise mismatch("string", help_message)

        except FieldMismatch as exc:
            raise exc.at("helpMessage") from None

        try:
            call_to_action_message = d.pop("callToActionMessage", MISSING)
            if not isinstance(call_to_action_message, str):
                raise mismatch("string", call_to_action_message)

        except FieldMismatch as exc:
            raise exc.at("callToActionMessage") from None

        try:
            ownership_type = cast(Literal["PRIVATE"], d.pop("ownershipType", MISSING))
            if ownership_type != "PRIVATE":
                raise mismatch(repr("PRIVATE"), ownership_type)
        except FieldMismatch as exc:
            raise exc.at("ownershipType") from None

        try:
            legal_form = parse_enum(
                RcsPrivateUsQuestionnaireBrandLegalFormsEnum,
                d.pop("legalForm", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("legalForm") from None

        try:
            tax_id_country = cast(Literal["US"], d.pop("taxIdCountry", MISSING))
            if tax_id_country != "US":
                raise mismatch(repr("US"), tax_id_country)
        except FieldMismatch as exc:
            raise exc.at("taxIdCountry") from None

        try:
            tax_id = d.pop("taxId", MISSING)
            if not isinstance(tax_id, str):
                raise mismatch("string", tax_id)

        except FieldMismatch as exc:
            raise exc.at("taxId") from None

        try:
            address_state = parse_enum(RcsUsStatesEnum, d.pop("addressState", MISSING))

        except FieldMismatch as exc:
            raise exc.at("addressState") from None

        rcs_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto = cls(
            company_legal_name=company_legal_name,
            company_phone_number=company_phone_number,
            company_email_address=company_email_address,
            brand_name=brand_name,
            brand_industry=brand_industry,
            address_line=address_line,
            address_city=address_city,
            address_country=address_country,
            address_postal_code=address_postal_code,
            website_url=website_url,
            contact_first_name=contact_first_name,
            contact_surname=contact_surname,
            sample_messages=sample_messages,
            messages_volume=messages_volume,
            embedded_link=embedded_link,
            embedded_phone=embedded_phone,
            age_gated_content=age_gated_content,
            direct_lending=direct_lending,
            opt_in_confirmation_message=opt_in_confirmation_message,
            help_message=help_message,
            call_to_action_message=call_to_action_message,
            ownership_type=ownership_type,
            legal_form=legal_form,
            tax_id_country=tax_id_country,
            tax_id=tax_id,
            address_state=address_state,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto.additional_properties = d
        return rcs_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto

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
RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto.__init__.__globals__.update(
    RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto=RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto,
)
