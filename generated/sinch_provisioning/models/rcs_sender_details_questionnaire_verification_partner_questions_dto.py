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

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto:
    """
    Attributes:
        company_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            companyName; read-only.
        contact_name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            contactName; read-only.
        contact_email_address (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            contactEmailAddress; read-only.
    """

    company_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    contact_name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    contact_email_address: RcsSenderDetailsQuestionnaireQuestionObjectDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name.to_dict()

        contact_name = self.contact_name.to_dict()

        contact_email_address = self.contact_email_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyName": company_name,
                "contactName": contact_name,
                "contactEmailAddress": contact_email_address,
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
            company_name = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("companyName", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("companyName") from None

        try:
            contact_name = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("contactName", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("contactName") from None

        try:
            contact_email_address = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("contactEmailAddress", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("contactEmailAddress") from None

        rcs_sender_details_questionnaire_verification_partner_questions_dto = cls(
            company_name=company_name,
            contact_name=contact_name,
            contact_email_address=contact_email_address,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_verification_partner_questions_dto.additional_properties = d
        return rcs_sender_details_questionnaire_verification_partner_questions_dto

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
RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto=RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto,
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
)
