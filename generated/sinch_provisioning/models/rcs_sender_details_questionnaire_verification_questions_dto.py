from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireVerificationQuestionsDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireVerificationQuestionsDto:
    """
    Attributes:
        name (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key name; read-only.
        email (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key email; read-
            only.
        title (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key title; read-
            only.
        website (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key website;
            read-only.
        phone (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key phone; read-
            only.
        partner (RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto): required; JSON key
            partner; read-only.
    """

    name: RcsSenderDetailsQuestionnaireQuestionObjectDto
    email: RcsSenderDetailsQuestionnaireQuestionObjectDto
    title: RcsSenderDetailsQuestionnaireQuestionObjectDto
    website: RcsSenderDetailsQuestionnaireQuestionObjectDto
    phone: RcsSenderDetailsQuestionnaireQuestionObjectDto
    partner: RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        email = self.email.to_dict()

        title = self.title.to_dict()

        website = self.website.to_dict()

        phone = self.phone.to_dict()

        partner = self.partner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "title": title,
                "website": website,
                "phone": phone,
                "partner": partner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_question_object_dto import (
            RcsSenderDetailsQuestionnaireQuestionObjectDto,
        )
        from ..models.rcs_sender_details_questionnaire_verification_partner_questions_dto import (
            RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto,
        )

        d = dict(src_dict)
        name = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(d.pop("name"))

        email = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(d.pop("email"))

        title = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(d.pop("title"))

        website = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
            d.pop("website")
        )

        phone = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(d.pop("phone"))

        partner = (
            RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto.from_dict(
                d.pop("partner")
            )
        )

        rcs_sender_details_questionnaire_verification_questions_dto = cls(
            name=name,
            email=email,
            title=title,
            website=website,
            phone=phone,
            partner=partner,
        )

        rcs_sender_details_questionnaire_verification_questions_dto.additional_properties = d
        return rcs_sender_details_questionnaire_verification_questions_dto

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
from ..models.rcs_sender_details_questionnaire_verification_partner_questions_dto import (
    RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto,
)
