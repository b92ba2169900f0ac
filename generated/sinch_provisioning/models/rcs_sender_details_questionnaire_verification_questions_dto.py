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

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("name", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            email = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("email", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("email") from None

        try:
            title = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("title", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("title") from None

        try:
            website = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("website", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("website") from None

        try:
            phone = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("phone", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("phone") from None

        try:
            partner = (
                RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto.from_dict(
                    d.pop("partner", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("partner") from None

        rcs_sender_details_questionnaire_verification_questions_dto = cls(
            name=name,
            email=email,
            title=title,
            website=website,
            phone=phone,
            partner=partner,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
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

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireVerificationQuestionsDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireVerificationQuestionsDto=RcsSenderDetailsQuestionnaireVerificationQuestionsDto,
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
    RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto=RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto,
)
