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

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto:
    """
    Attributes:
        company_name (str | Unset): optional; JSON key companyName.
        contact_name (str | Unset): optional; JSON key contactName.
        contact_email_address (str | Unset): optional; JSON key contactEmailAddress; format email.
    """

    company_name: str | Unset = UNSET
    contact_name: str | Unset = UNSET
    contact_email_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        contact_name = self.contact_name

        contact_email_address = self.contact_email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if contact_email_address is not UNSET:
            field_dict["contactEmailAddress"] = contact_email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            company_name = d.pop("companyName", UNSET)
            if company_name is not UNSET and not isinstance(company_name, str):
                raise mismatch("string", company_name)

        except FieldMismatch as exc:
            raise exc.at("companyName") from None

        try:
            contact_name = d.pop("contactName", UNSET)
            if contact_name is not UNSET and not isinstance(contact_name, str):
                raise mismatch("string", contact_name)

        except FieldMismatch as exc:
            raise exc.at("contactName") from None

        try:
            contact_email_address = d.pop("contactEmailAddress", UNSET)
            if contact_email_address is not UNSET and not isinstance(
                contact_email_address, str
            ):
                raise mismatch("string", contact_email_address)

        except FieldMismatch as exc:
            raise exc.at("contactEmailAddress") from None

        rcs_sender_details_questionnaire_verification_partner_answers_dto = cls(
            company_name=company_name,
            contact_name=contact_name,
            contact_email_address=contact_email_address,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_verification_partner_answers_dto.additional_properties = d
        return rcs_sender_details_questionnaire_verification_partner_answers_dto

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


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto=RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto,
)
