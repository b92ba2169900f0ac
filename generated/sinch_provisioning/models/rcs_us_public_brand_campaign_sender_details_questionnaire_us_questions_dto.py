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

T = TypeVar(
    "T", bound="RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"
)


@_attrs_define
class RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto:
    """
    Attributes:
        ownership_type (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            ownershipType; read-only.
        company_legal_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            companyLegalName; read-only.
        company_phone_number (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            companyPhoneNumber; read-only.
        company_email_address (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            companyEmailAddress; read-only.
        brand_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key brandName;
            read-only.
        brand_industry (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            brandIndustry; read-only.
        legal_form (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key legalForm;
            read-only.
        tax_id_country (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            taxIdCountry; read-only.
        tax_id (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key taxId; read-
            only.
        address_line (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            addressLine; read-only.
        address_city (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            addressCity; read-only.
        address_country (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            addressCountry; read-only.
        address_state (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            addressState; read-only.
        address_postal_code (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            addressPostalCode; read-only.
        website_url (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            websiteUrl; read-only.
        contact_first_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            contactFirstName; read-only.
        contact_surname (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            contactSurname; read-only.
        stock_exchange (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            stockExchange; read-only.
        stock_symbol (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            stockSymbol; read-only.
        sample_messages (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            sampleMessages; read-only.
        messages_volume (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            messagesVolume; read-only.
        embedded_link (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            embeddedLink; read-only.
        embedded_phone (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            embeddedPhone; read-only.
        age_gated_content (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            ageGatedContent; read-only.
        direct_lending (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            directLending; read-only.
        opt_in_confirmation_message (RcsSenderDetailsQuestionnaireQuestionObjectDto): required;
            JSON key optInConfirmationMessage; read-only.
        help_message (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            helpMessage; read-only.
        call_to_action_message (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON
            key callToActionMessage; read-only.
    """

    ownership_type: RcsSenderDetailsQuestionnaireQuestionObjectDto
    company_legal_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    company_phone_number: RcsSenderDetailsQuestionnaireQuestionObjectDto
    company_email_address: RcsSenderDetailsQuestionnaireQuestionObjectDto
    brand_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    brand_industry: RcsSenderDetailsQuestionnaireQuestionObjectDto
    legal_form: RcsSenderDetailsQuestionnaireQuestionObjectDto
    tax_id_country: RcsSenderDetailsQuestionnaireQuestionObjectDto
    tax_id: RcsSenderDetailsQuestionnaireQuestionObjectDto
    address_line: RcsSenderDetailsQuestionnaireQuestionObjectDto
    address_city: RcsSenderDetailsQuestionnaireQuestionObjectDto
    address_country: RcsSenderDetailsQuestionnaireQuestionObjectDto
    address_state: RcsSenderDetailsQuestionnaireQuestionObjectDto
    address_postal_code: RcsSenderDetailsQuestionnaireQuestionObjectDto
    website_url: RcsSenderDetailsQuestionnaireQuestionObjectDto
    contact_first_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    contact_surname: RcsSenderDetailsQuestionnaireQuestionObjectDto
    stock_exchange: RcsSenderDetailsQuestionnaireQuestionObjectDto
    stock_symbol: RcsSenderDetailsQuestionnaireQuestionObjectDto
    sample_messages: RcsSenderDetailsQuestionnaireQuestionObjectDto
    messages_volume: RcsSenderDetailsQuestionnaireQuestionObjectDto
    embedded_link: RcsSenderDetailsQuestionnaireQuestionObjectDto
    embedded_phone: RcsSenderDetailsQuestionnaireQuestionObjectDto
    age_gated_content: RcsSenderDetailsQuestionnaireQuestionObjectDto
    direct_lending: RcsSenderDetailsQuestionnaireQuestionObjectDto
    opt_in_confirmation_message: RcsSenderDetailsQuestionnaireQuestionObjectDto
    help_message: RcsSenderDetailsQuestionnaireQuestionObjectDto
    call_to_action_message: RcsSenderDetailsQuestionnaireQuestionObjectDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ownership_type = self.ownership_type.to_dict()

        company_legal_name = self.company_legal_name.to_dict()

        company_phone_number = self.company_phone_number.to_dict()

        company_email_address = self.company_email_address.to_dict()

        brand_name = self.brand_name.to_dict()

        brand_industry = self.brand_industry.to_dict()

        legal_form = self.legal_form.to_dict()

        tax_id_country = self.tax_id_country.to_dict()

        tax_id = self.tax_id.to_dict()

        address_line = self.address_line.to_dict()

        address_city = self.address_city.to_dict()

        address_country = self.address_country.to_dict()

        address_state = self.address_state.to_dict()

        address_postal_code = self.address_postal_code.to_dict()

        website_url = self.website_url.to_dict()

        contact_first_name = self.contact_first_name.to_dict()

        contact_surname = self.contact_surname.to_dict()

        stock_exchange = self.stock_exchange.to_dict()

        stock_symbol = self.stock_symbol.to_dict()

        sample_messages = self.sample_messages.to_dict()

        messages_volume = self.messages_volume.to_dict()

        embedded_link = self.embedded_link.to_dict()

        embedded_phone = self.embedded_phone.to_dict()

        age_gated_content = self.age_gated_content.to_dict()

        direct_lending = self.direct_lending.to_dict()

        opt_in_confirmation_message = self.opt_in_confirmation_message.to_dict()

        help_message = self.help_message.to_dict()

        call_to_action_message = self.call_to_action_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownershipType": ownership_type,
                "companyLegalName": company_legal_name,
                "companyPhoneNumber": company_phone_number,
                "companyEmailAddress": company_email_address,
                "brandName": brand_name,
                "brandIndustry": brand_industry,
                "legalForm": legal_form,
                "taxIdCountry": tax_id_country,
                "taxId": tax_id,
                "addressLine": address_line,
                "addressCity": address_city,
                "addressCountry": address_country,
                "addressState": address_state,
                "addressPostalCode": address_postal_code,
                "websiteUrl": website_url,
                "contactFirstName": contact_first_name,
                "contactSurname": contact_surname,
                "stockExchange": stock_exchange,
                "stockSymbol": stock_symbol,
                "sampleMessages": sample_messages,
                "messagesVolume": messages_volume,
                "embeddedLink": embedded_link,
                "embeddedPhone": embedded_phone,
                "ageGatedContent": age_gated_content,
                "directLending": direct_lending,
                "optInConfirmationMessage": opt_in_confirmation_message,
                "helpMessage": help_message,
                "callToActionMessage": call_to_action_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_question_object_dto import (
            RcsSenderDetailsQuestionnaireQuestionObjectDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            ownership_type = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("ownershipType", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("ownershipType") from None

        try:
            company_legal_name = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("companyLegalName", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            company_phone_number = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("companyPhoneNumber", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("companyPhoneNumber") from None

        try:
            company_email_address = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("companyEmailAddress", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("companyEmailAddress") from None

        try:
            brand_name = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("brandName", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("brandName") from None

        try:
            brand_industry = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("brandIndustry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:
            legal_form = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("legalForm", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("legalForm") from None

        try:
            tax_id_country = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("taxIdCountry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("taxIdCountry") from None

        try:
            tax_id = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("taxId", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("taxId") from None

        try:
            address_line = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("addressLine", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("addressLine") from None

        try:
            address_city = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("addressCity", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("addressCity") from None

        try:
            address_country = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("addressCountry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("addressCountry") from None

        try:
            address_state = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("addressState", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("addressState") from None

        try:
            address_postal_code = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("addressPostalCode", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("addressPostalCode") from None

        try:
            website_url = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("websiteUrl", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("websiteUrl") from None

        try:
            contact_first_name = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("contactFirstName", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("contactFirstName") from None

        try:
            contact_surname = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("contactSurname", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("contactSurname") from None

        try:
            stock_exchange = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("stockExchange", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("stockExchange") from None

        try:
            stock_symbol = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("stockSymbol", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("stockSymbol") from None

        try:
            sample_messages = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("sampleMessages", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("sampleMessages") from None

        try:
            messages_volume = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("messagesVolume", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        try:
            embedded_link = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("embeddedLink", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("embeddedLink") from None

        try:
            embedded_phone = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("embeddedPhone", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("embeddedPhone") from None

        try:
            age_gated_content = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("ageGatedContent", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("ageGatedContent") from None

        try:
            direct_lending = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("directLending", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("directLending") from None

        try:
            opt_in_confirmation_message = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("optInConfirmationMessage", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("optInConfirmationMessage") from None

        try:
            help_message = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("helpMessage", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("helpMessage") from None

        try:
            call_to_action_message = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("callToActionMessage", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("callToActionMessage") from None

        rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto = (
            cls(
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
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto.additional_properties = d
        return (
            rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto
        )

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
from ..models.rcs_sender_details_questionnaire_question_object_dto import (
    RcsSenderDetailsQuestionnaireQuestionObjectDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto.__init__.__globals__.update(
    RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto=RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
)
