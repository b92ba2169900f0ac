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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireVerificationAnswersInputDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireVerificationAnswersInputDto:
    """
    Attributes:
        name (str): required; JSON key name; length >= 1.
        email (str): required; JSON key email; format email; length <= 100.
        website (str): required; JSON key website; format url.
        title (str | Unset): optional; JSON key title; length 1-100.
        phone (str | Unset): optional; JSON key phone; pattern ^(?:\\+|00)\\d{6,15}$; length 1-17.
        partner (RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto | Unset):
            optional; JSON key partner.
    """

    name: str
    email: str
    website: str
    title: str | Unset = UNSET
    phone: str | Unset = UNSET
    partner: RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        website = self.website

        title = self.title

        phone = self.phone

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "website": website,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_verification_partner_answers_input_dto import (
            RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            email = d.pop("email", MISSING)
            if not isinstance(email, str):
                raise mismatch("string", email)

        except FieldMismatch as exc:
            raise exc.at("email") from None

        try:
            website = d.pop("website", MISSING)
            if not isinstance(website, str):
                raise mismatch("string", website)

        except FieldMismatch as exc:
            raise exc.at("website") from None

        try:
            title = d.pop("title", UNSET)
            if title is not UNSET and not isinstance(title, str):
                raise mismatch("string", title)

        except FieldMismatch as exc:
            raise exc.at("title") from None

        try:
            phone = d.pop("phone", UNSET)
            if phone is not UNSET and not isinstance(phone, str):
                raise mismatch("string", phone)

        except FieldMismatch as exc:
            raise exc.at("phone") from None

        try:
            _partner = d.pop("partner", UNSET)
            partner: (
                RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto | Unset
            )
            if isinstance(_partner, Unset):
                partner = UNSET
            else:
                partner = RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto.from_dict(
                    _partner
                )

        except FieldMismatch as exc:
            raise exc.at("partner") from None

        rcs_sender_details_questionnaire_verification_answers_input_dto = cls(
            name=name,
            email=email,
            website=website,
            title=title,
            phone=phone,
            partner=partner,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_verification_answers_input_dto.additional_properties = d
        return rcs_sender_details_questionnaire_verification_answers_input_dto

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
from ..models.rcs_sender_details_questionnaire_verification_partner_answers_input_dto import (
    RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireVerificationAnswersInputDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireVerificationAnswersInputDto=RcsSenderDetailsQuestionnaireVerificationAnswersInputDto,
    RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto=RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
)
