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

T = TypeVar("T", bound="RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto")


@_attrs_define
class RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto:
    """
    Attributes:
        full_company_address (None | str | Unset): optional; JSON key fullCompanyAddress; length
            >= 1.
        full_company_address_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key fullCompanyAddressMetadata.
        siren (None | str | Unset): optional; JSON key siren; pattern ^\\d+$; length 9-9.
    """

    full_company_address: None | str | Unset = UNSET
    full_company_address_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    siren: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_company_address: None | str | Unset
        if isinstance(self.full_company_address, Unset):
            full_company_address = UNSET
        else:
            full_company_address = self.full_company_address

        full_company_address_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_company_address_metadata, Unset):
            full_company_address_metadata = self.full_company_address_metadata.to_dict()

        siren: None | str | Unset
        if isinstance(self.siren, Unset):
            siren = UNSET
        else:
            siren = self.siren

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_company_address is not UNSET:
            field_dict["fullCompanyAddress"] = full_company_address
        if full_company_address_metadata is not UNSET:
            field_dict["fullCompanyAddressMetadata"] = full_company_address_metadata
        if siren is not UNSET:
            field_dict["siren"] = siren

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

            def _parse_siren(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        siren_type_0 = data
                        if not isinstance(siren_type_0, str):
                            raise mismatch("string", siren_type_0)

                        return siren_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            siren = _parse_siren(d.pop("siren", UNSET))

        except FieldMismatch as exc:
            raise exc.at("siren") from None

        rcs_update_sender_details_questionnaire_fr_answers_input_dto = cls(
            full_company_address=full_company_address,
            full_company_address_metadata=full_company_address_metadata,
            siren=siren,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_update_sender_details_questionnaire_fr_answers_input_dto.additional_properties = d
        return rcs_update_sender_details_questionnaire_fr_answers_input_dto

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
RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto=RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto,
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto=RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
)
