from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireGBAnswersDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireGBAnswersDto:
    """
    Attributes:
        brand_industry (str | Unset): optional; JSON key brandIndustry.
        company_legal_name (str | Unset): optional; JSON key companyLegalName.
        company_registration_number (str | Unset): optional; JSON key companyRegistrationNumber.
        full_company_address (str | Unset): optional; JSON key fullCompanyAddress.
        full_company_address_metadata (RcsSenderDetailsQuestionnaireAnswerMetadataDto | Unset):
            optional; JSON key fullCompanyAddressMetadata.
        messages_volume (str | Unset): optional; JSON key messagesVolume.
        messages_frequency (str | Unset): optional; JSON key messagesFrequency.
        campaign_length (str | Unset): optional; JSON key campaignLength; deprecated.
    """

    brand_industry: str | Unset = UNSET
    company_legal_name: str | Unset = UNSET
    company_registration_number: str | Unset = UNSET
    full_company_address: str | Unset = UNSET
    full_company_address_metadata: (
        RcsSenderDetailsQuestionnaireAnswerMetadataDto | Unset
    ) = UNSET
    messages_volume: str | Unset = UNSET
    messages_frequency: str | Unset = UNSET
    campaign_length: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_industry = self.brand_industry

        company_legal_name = self.company_legal_name

        company_registration_number = self.company_registration_number

        full_company_address = self.full_company_address

        full_company_address_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_company_address_metadata, Unset):
            full_company_address_metadata = self.full_company_address_metadata.to_dict()

        messages_volume = self.messages_volume

        messages_frequency = self.messages_frequency

        campaign_length = self.campaign_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand_industry is not UNSET:
            field_dict["brandIndustry"] = brand_industry
        if company_legal_name is not UNSET:
            field_dict["companyLegalName"] = company_legal_name
        if company_registration_number is not UNSET:
            field_dict["companyRegistrationNumber"] = company_registration_number
        if full_company_address is not UNSET:
            field_dict["fullCompanyAddress"] = full_company_address
        if full_company_address_metadata is not UNSET:
            field_dict["fullCompanyAddressMetadata"] = full_company_address_metadata
        if messages_volume is not UNSET:
            field_dict["messagesVolume"] = messages_volume
        if messages_frequency is not UNSET:
            field_dict["messagesFrequency"] = messages_frequency
        if campaign_length is not UNSET:
            field_dict["campaignLength"] = campaign_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_answer_metadata_dto import (
            RcsSenderDetailsQuestionnaireAnswerMetadataDto,
        )

        d = dict(src_dict)
        brand_industry = d.pop("brandIndustry", UNSET)

        company_legal_name = d.pop("companyLegalName", UNSET)

        company_registration_number = d.pop("companyRegistrationNumber", UNSET)

        full_company_address = d.pop("fullCompanyAddress", UNSET)

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

        messages_volume = d.pop("messagesVolume", UNSET)

        messages_frequency = d.pop("messagesFrequency", UNSET)

        campaign_length = d.pop("campaignLength", UNSET)

        rcs_sender_details_questionnaire_gb_answers_dto = cls(
            brand_industry=brand_industry,
            company_legal_name=company_legal_name,
            company_registration_number=company_registration_number,
            full_company_address=full_company_address,
            full_company_address_metadata=full_company_address_metadata,
            messages_volume=messages_volume,
            messages_frequency=messages_frequency,
            campaign_length=campaign_length,
        )

        rcs_sender_details_questionnaire_gb_answers_dto.additional_properties = d
        return rcs_sender_details_questionnaire_gb_answers_dto

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
