from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireUSAnswersDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireUSAnswersDto:
    """
    Attributes:
        company_legal_name (str | Unset): optional; JSON key companyLegalName.
        ein (str | Unset): optional; JSON key ein.
        brand_industry (str | Unset): optional; JSON key brandIndustry.
        full_company_address (str | Unset): optional; JSON key fullCompanyAddress.
        full_company_address_metadata (RcsSenderDetailsQuestionnaireAnswerMetadataDto | Unset):
            optional; JSON key fullCompanyAddressMetadata.
        sms_campaign (str | Unset): optional; JSON key smsCampaign.
        messages_volume (str | Unset): optional; JSON key messagesVolume.
    """

    company_legal_name: str | Unset = UNSET
    ein: str | Unset = UNSET
    brand_industry: str | Unset = UNSET
    full_company_address: str | Unset = UNSET
    full_company_address_metadata: (
        RcsSenderDetailsQuestionnaireAnswerMetadataDto | Unset
    ) = UNSET
    sms_campaign: str | Unset = UNSET
    messages_volume: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_legal_name = self.company_legal_name

        ein = self.ein

        brand_industry = self.brand_industry

        full_company_address = self.full_company_address

        full_company_address_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_company_address_metadata, Unset):
            full_company_address_metadata = self.full_company_address_metadata.to_dict()

        sms_campaign = self.sms_campaign

        messages_volume = self.messages_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_legal_name is not UNSET:
            field_dict["companyLegalName"] = company_legal_name
        if ein is not UNSET:
            field_dict["ein"] = ein
        if brand_industry is not UNSET:
            field_dict["brandIndustry"] = brand_industry
        if full_company_address is not UNSET:
            field_dict["fullCompanyAddress"] = full_company_address
        if full_company_address_metadata is not UNSET:
            field_dict["fullCompanyAddressMetadata"] = full_company_address_metadata
        if sms_campaign is not UNSET:
            field_dict["smsCampaign"] = sms_campaign
        if messages_volume is not UNSET:
            field_dict["messagesVolume"] = messages_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_answer_metadata_dto import (
            RcsSenderDetailsQuestionnaireAnswerMetadataDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            company_legal_name = d.pop("companyLegalName", UNSET)
            if company_legal_name is not UNSET and not isinstance(
                company_legal_name, str
            ):
                raise mismatch("string", company_legal_name)

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            ein = d.pop("ein", UNSET)
            if ein is not UNSET and not isinstance(ein, str):
                raise mismatch("string", ein)

        except FieldMismatch as exc:
            raise exc.at("ein") from None

        try:
            brand_industry = d.pop("brandIndustry", UNSET)
            if brand_industry is not UNSET and not isinstance(brand_industry, str):
                raise mismatch("string", brand_industry)

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:
            full_company_address = d.pop("fullCompanyAddress", UNSET)
            if full_company_address is not UNSET and not isinstance(
                full_company_address, str
            ):
                raise mismatch("string", full_company_address)

        except FieldMismatch as exc:
            raise exc.at("fullCompanyAddress") from None

        try:
            _full_company_address_metadata = d.pop("fullCompanyAddressMetadata", UNSET)
            full_company_address_metadata: (
                RcsSenderDetailsQuestionnaireAnswerMetadataDto | Unset
            )
            if isinstance(_full_company_address_metadata, Unset):
                full_company_address_metadata = UNSET
            else:
                full_company_address_metadata = (
                    RcsSenderDetailsQuestionnaireAnswerMetadataDto.from_dict(
                        _full_company_address_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("fullCompanyAddressMetadata") from None

        try:
            sms_campaign = d.pop("smsCampaign", UNSET)
            if sms_campaign is not UNSET and not isinstance(sms_campaign, str):
                raise mismatch("string", sms_campaign)

        except FieldMismatch as exc:
            raise exc.at("smsCampaign") from None

        try:
            messages_volume = d.pop("messagesVolume", UNSET)
            if messages_volume is not UNSET and not isinstance(messages_volume, str):
                raise mismatch("string", messages_volume)

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        rcs_sender_details_questionnaire_us_answers_dto = cls(
            company_legal_name=company_legal_name,
            ein=ein,
            brand_industry=brand_industry,
            full_company_address=full_company_address,
            full_company_address_metadata=full_company_address_metadata,
            sms_campaign=sms_campaign,
            messages_volume=messages_volume,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_us_answers_dto.additional_properties = d
        return rcs_sender_details_questionnaire_us_answers_dto

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
from ..models.rcs_sender_details_questionnaire_answer_metadata_dto import (
    RcsSenderDetailsQuestionnaireAnswerMetadataDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireUSAnswersDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireUSAnswersDto=RcsSenderDetailsQuestionnaireUSAnswersDto,
    RcsSenderDetailsQuestionnaireAnswerMetadataDto=RcsSenderDetailsQuestionnaireAnswerMetadataDto,
)
