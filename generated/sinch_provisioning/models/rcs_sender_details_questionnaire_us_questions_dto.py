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

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireUSQuestionsDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireUSQuestionsDto:
    """
    Attributes:
        company_legal_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            companyLegalName; read-only.
        ein (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key ein; read-only.
        brand_industry (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            brandIndustry; read-only.
        full_company_address (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            fullCompanyAddress; read-only.
        sms_campaign (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            smsCampaign; read-only.
        messages_volume (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            messagesVolume; read-only.
    """

    company_legal_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    ein: RcsSenderDetailsQuestionnaireQuestionObjectDto
    brand_industry: RcsSenderDetailsQuestionnaireQuestionObjectDto
    full_company_address: RcsSenderDetailsQuestionnaireQuestionObjectDto
    sms_campaign: RcsSenderDetailsQuestionnaireQuestionObjectDto
    messages_volume: RcsSenderDetailsQuestionnaireQuestionObjectDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_legal_name = self.company_legal_name.to_dict()

        ein = self.ein.to_dict()

        brand_industry = self.brand_industry.to_dict()

        full_company_address = self.full_company_address.to_dict()

        sms_campaign = self.sms_campaign.to_dict()

        messages_volume = self.messages_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyLegalName": company_legal_name,
                "ein": ein,
                "brandIndustry": brand_industry,
                "fullCompanyAddress": full_company_address,
                "smsCampaign": sms_campaign,
                "messagesVolume": messages_volume,
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
            company_legal_name = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("companyLegalName", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            ein = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("ein", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("ein") from None

        try:
            brand_industry = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("brandIndustry", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:
            full_company_address = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("fullCompanyAddress", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("fullCompanyAddress") from None

        try:
            sms_campaign = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("smsCampaign", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("smsCampaign") from None

        try:
            messages_volume = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("messagesVolume", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        rcs_sender_details_questionnaire_us_questions_dto = cls(
            company_legal_name=company_legal_name,
            ein=ein,
            brand_industry=brand_industry,
            full_company_address=full_company_address,
            sms_campaign=sms_campaign,
            messages_volume=messages_volume,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_us_questions_dto.additional_properties = d
        return rcs_sender_details_questionnaire_us_questions_dto

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
RcsSenderDetailsQuestionnaireUSQuestionsDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireUSQuestionsDto=RcsSenderDetailsQuestionnaireUSQuestionsDto,
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
)
