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

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireGBQuestionsDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireGBQuestionsDto:
    """
    Attributes:
        brand_industry (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            brandIndustry; read-only.
        company_legal_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            companyLegalName; read-only.
        company_registration_number (RcsSenderDetailsQuestionnaireQuestionObjectDto): required;
            JSON key companyRegistrationNumber; read-only.
        full_company_address (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            fullCompanyAddress; read-only.
        messages_volume (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            messagesVolume; read-only.
        messages_frequency (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            messagesFrequency; read-only.
        campaign_length (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            campaignLength; read-only; deprecated.
    """

    brand_industry: RcsSenderDetailsQuestionnaireQuestionObjectDto
    company_legal_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    company_registration_number: RcsSenderDetailsQuestionnaireQuestionObjectDto
    full_company_address: RcsSenderDetailsQuestionnaireQuestionObjectDto
    messages_volume: RcsSenderDetailsQuestionnaireQuestionObjectDto
    messages_frequency: RcsSenderDetailsQuestionnaireQuestionObjectDto
    campaign_length: RcsSenderDetailsQuestionnaireQuestionObjectDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_industry = self.brand_industry.to_dict()

        company_legal_name = self.company_legal_name.to_dict()

        company_registration_number = self.company_registration_number.to_dict()

        full_company_address = self.full_company_address.to_dict()

        messages_volume = self.messages_volume.to_dict()

        messages_frequency = self.messages_frequency.to_dict()

        campaign_length = self.campaign_length.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brandIndustry": brand_industry,
                "companyLegalName": company_legal_name,
                "companyRegistrationNumber": company_registration_number,
                "fullCompanyAddress": full_company_address,
                "messagesVolume": messages_volume,
                "messagesFrequency": messages_frequency,
                "campaignLength": campaign_length,
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
            brand_industry = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("brandIndustry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:
            company_legal_name = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("companyLegalName", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            company_registration_number = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("companyRegistrationNumber", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("companyRegistrationNumber") from None

        try:
            full_company_address = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("fullCompanyAddress", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("fullCompanyAddress") from None

        try:
            messages_volume = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("messagesVolume", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        try:
            messages_frequency = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("messagesFrequency", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("messagesFrequency") from None

        try:
            campaign_length = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("campaignLength", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("campaignLength") from None

        rcs_sender_details_questionnaire_gb_questions_dto = cls(
            brand_industry=brand_industry,
            company_legal_name=company_legal_name,
            company_registration_number=company_registration_number,
            full_company_address=full_company_address,
            messages_volume=messages_volume,
            messages_frequency=messages_frequency,
            campaign_length=campaign_length,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_gb_questions_dto.additional_properties = d
        return rcs_sender_details_questionnaire_gb_questions_dto

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
RcsSenderDetailsQuestionnaireGBQuestionsDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireGBQuestionsDto=RcsSenderDetailsQuestionnaireGBQuestionsDto,
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
)
