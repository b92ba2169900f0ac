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

T = TypeVar("T", bound="RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto")


@_attrs_define
class RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto:
    """
    Attributes:
        company_legal_name (None | str | Unset): optional; JSON key companyLegalName; length >= 0.
        ein (None | str | Unset): optional; JSON key ein; pattern ^\\d{2}-\\d{7}$.
        brand_industry (None | str | Unset): optional; JSON key brandIndustry; length >= 0.
        full_company_address (None | str | Unset): optional; JSON key fullCompanyAddress; length
            >= 0.
        full_company_address_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key fullCompanyAddressMetadata.
        sms_campaign (None | str | Unset): optional; JSON key smsCampaign; length >= 0.
        messages_volume (None | str | Unset): optional; JSON key messagesVolume; length >= 0.
    """

    company_legal_name: None | str | Unset = UNSET
    ein: None | str | Unset = UNSET
    brand_industry: None | str | Unset = UNSET
    full_company_address: None | str | Unset = UNSET
    full_company_address_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    sms_campaign: None | str | Unset = UNSET
    messages_volume: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_legal_name: None | str | Unset
        if isinstance(self.company_legal_name, Unset):
            company_legal_name = UNSET
        else:
            company_legal_name = self.company_legal_name

        ein: None | str | Unset
        if isinstance(self.ein, Unset):
            ein = UNSET
        else:
            ein = self.ein

        brand_industry: None | str | Unset
        if isinstance(self.brand_industry, Unset):
            brand_industry = UNSET
        else:
            brand_industry = self.brand_industry

        full_company_address: None | str | Unset
        if isinstance(self.full_company_address, Unset):
            full_company_address = UNSET
        else:
            full_company_address = self.full_company_address

        full_company_address_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_company_address_metadata, Unset):
            full_company_address_metadata = self.full_company_address_metadata.to_dict()

        sms_campaign: None | str | Unset
        if isinstance(self.sms_campaign, Unset):
            sms_campaign = UNSET
        else:
            sms_campaign = self.sms_campaign

        messages_volume: None | str | Unset
        if isinstance(self.messages_volume, Unset):
            messages_volume = UNSET
        else:
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
        from ..models.rcs_update_sender_details_questionnaire_answer_metadata_input_dto import (
            RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
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

            def _parse_ein(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        ein_type_0 = data
                        if not isinstance(ein_type_0, str):
                            raise mismatch("string", ein_type_0)

                        return ein_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            ein = _parse_ein(d.pop("ein", UNSET))

        except FieldMismatch as exc:
            raise exc.at("ein") from None

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

            def _parse_sms_campaign(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        sms_campaign_type_0 = data
                        if not isinstance(sms_campaign_type_0, str):
                            raise mismatch("string", sms_campaign_type_0)

                        return sms_campaign_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            sms_campaign = _parse_sms_campaign(d.pop("smsCampaign", UNSET))

        except FieldMismatch as exc:
            raise exc.at("smsCampaign") from None

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

        rcs_update_sender_details_questionnaire_us_answers_input_dto = cls(
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
        rcs_update_sender_details_questionnaire_us_answers_input_dto.additional_properties = d
        return rcs_update_sender_details_questionnaire_us_answers_input_dto

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
RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto=RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto,
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto=RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
)
