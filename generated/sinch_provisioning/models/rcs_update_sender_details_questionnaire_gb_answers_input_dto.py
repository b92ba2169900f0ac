from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto")


@_attrs_define
class RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto:
    """
    Attributes:
        brand_industry (None | str | Unset): optional; JSON key brandIndustry; length >= 1.
        company_legal_name (None | str | Unset): optional; JSON key companyLegalName; length >= 1.
        company_registration_number (None | str | Unset): optional; JSON key
            companyRegistrationNumber; length >= 1.
        full_company_address (None | str | Unset): optional; JSON key fullCompanyAddress; length
            >= 1.
        full_company_address_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key fullCompanyAddressMetadata.
        messages_volume (None | str | Unset): optional; JSON key messagesVolume; length >= 1.
        messages_frequency (None | str | Unset): optional; JSON key messagesFrequency; length >=
            1.
        campaign_length (None | str | Unset): optional; JSON key campaignLength; deprecated;
            length >= 1.
    """

    brand_industry: None | str | Unset = UNSET
    company_legal_name: None | str | Unset = UNSET
    company_registration_number: None | str | Unset = UNSET
    full_company_address: None | str | Unset = UNSET
    full_company_address_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    messages_volume: None | str | Unset = UNSET
    messages_frequency: None | str | Unset = UNSET
    campaign_length: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_industry: None | str | Unset
        if isinstance(self.brand_industry, Unset):
            brand_industry = UNSET
        else:
            brand_industry = self.brand_industry

        company_legal_name: None | str | Unset
        if isinstance(self.company_legal_name, Unset):
            company_legal_name = UNSET
        else:
            company_legal_name = self.company_legal_name

        company_registration_number: None | str | Unset
        if isinstance(self.company_registration_number, Unset):
            company_registration_number = UNSET
        else:
            company_registration_number = self.company_registration_number

        full_company_address: None | str | Unset
        if isinstance(self.full_company_address, Unset):
            full_company_address = UNSET
        else:
            full_company_address = self.full_company_address

        full_company_address_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_company_address_metadata, Unset):
            full_company_address_metadata = self.full_company_address_metadata.to_dict()

        messages_volume: None | str | Unset
        if isinstance(self.messages_volume, Unset):
            messages_volume = UNSET
        else:
            messages_volume = self.messages_volume

        messages_frequency: None | str | Unset
        if isinstance(self.messages_frequency, Unset):
            messages_frequency = UNSET
        else:
            messages_frequency = self.messages_frequency

        campaign_length: None | str | Unset
        if isinstance(self.campaign_length, Unset):
            campaign_length = UNSET
        else:
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
        from ..models.rcs_update_sender_details_questionnaire_answer_metadata_input_dto import (
            RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:

            def _parse_brand_industry(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        brand_industry_type_0 = data
                        if not isinstance(brand_industry_type_0, str):
                            raise mismatch("string", brand_industry_type_0)

                        return brand_industry_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            brand_industry = _parse_brand_industry(d.pop("brandIndustry", UNSET))

        except FieldMismatch as exc:
            raise exc.at("brandIndustry") from None

        try:

            def _parse_company_legal_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        company_legal_name_type_0 = data
                        if not isinstance(company_legal_name_type_0, str):
                            raise mismatch("string", company_legal_name_type_0)

                        return company_legal_name_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            company_legal_name = _parse_company_legal_name(
                d.pop("companyLegalName", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:

            def _parse_company_registration_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        company_registration_number_type_0 = data
                        if not isinstance(company_registration_number_type_0, str):
                            raise mismatch("string", company_registration_number_type_0)

                        return company_registration_number_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            company_registration_number = _parse_company_registration_number(
                d.pop("companyRegistrationNumber", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("companyRegistrationNumber") from None

        try:

            def _parse_full_company_address(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        full_company_address_type_0 = data
                        if not isinstance(full_company_address_type_0, str):
                            raise mismatch("string", full_company_address_type_0)

                        return full_company_address_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            full_company_address = _parse_full_company_address(
                d.pop("fullCompanyAddress", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("fullCompanyAddress") from None

        try:
            _full_company_address_metadata = d.pop("fullCompanyAddressMetadata", UNSET)
            full_company_address_metadata: (
                RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_full_company_address_metadata, Unset):
                full_company_address_metadata = UNSET
            else:
                full_company_address_metadata = (
                    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _full_company_address_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("fullCompanyAddressMetadata") from None

        try:

            def _parse_messages_volume(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        messages_volume_type_0 = data
                        if not isinstance(messages_volume_type_0, str):
                            raise mismatch("string", messages_volume_type_0)

                        return messages_volume_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            messages_volume = _parse_messages_volume(d.pop("messagesVolume", UNSET))

        except FieldMismatch as exc:
            raise exc.at("messagesVolume") from None

        try:

            def _parse_messages_frequency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        messages_frequency_type_0 = data
                        if not isinstance(messages_frequency_type_0, str):
                            raise mismatch("string", messages_frequency_type_0)

                        return messages_frequency_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            messages_frequency = _parse_messages_frequency(
                d.pop("messagesFrequency", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("messagesFrequency") from None

        try:

            def _parse_campaign_length(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        campaign_length_type_0 = data
                        if not isinstance(campaign_length_type_0, str):
                            raise mismatch("string", campaign_length_type_0)

                        return campaign_length_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            campaign_length = _parse_campaign_length(d.pop("campaignLength", UNSET))

        except FieldMismatch as exc:
            raise exc.at("campaignLength") from None

        rcs_update_sender_details_questionnaire_gb_answers_input_dto = cls(
            brand_industry=brand_industry,
            company_legal_name=company_legal_name,
            company_registration_number=company_registration_number,
            full_company_address=full_company_address,
            full_company_address_metadata=full_company_address_metadata,
            messages_volume=messages_volume,
            messages_frequency=messages_frequency,
            campaign_length=campaign_length,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_update_sender_details_questionnaire_gb_answers_input_dto.additional_properties = d
        return rcs_update_sender_details_questionnaire_gb_answers_input_dto

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
from ..models.rcs_update_sender_details_questionnaire_answer_metadata_input_dto import (
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto=RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto,
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto=RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
)
