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
from .._enums import is_lenient, parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto")


@_attrs_define
class RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto:
    """
    Attributes:
        name (None | str | Unset): optional; JSON key name; length >= 1.
        email (None | str | Unset): optional; JSON key email; format email; length <= 100.
        title (None | str | Unset): optional; JSON key title; length 1-100.
        website (None | str | Unset): optional; JSON key website; format url.
        phone (None | str | Unset): optional; JSON key phone; pattern ^(?:\\+|00)\\d{6,15}$;
            length 1-17.
        partner (None | RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto | Unset):
            optional; JSON key partner.
    """

    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    partner: (
        None
        | RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rcs_update_sender_details_questionnaire_verification_partner_answers_input_dto import (
            RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
        )

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(
            self.partner,
            RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
        ):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if website is not UNSET:
            field_dict["website"] = website
        if phone is not UNSET:
            field_dict["phone"] = phone
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_update_sender_details_questionnaire_verification_partner_answers_input_dto import (
            RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        name_type_0 = data
                        if not isinstance(name_type_0, str):
                            raise mismatch("string", name_type_0)

                        return name_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            name = _parse_name(d.pop("name", UNSET))

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        email_type_0 = data
                        if not isinstance(email_type_0, str):
                            raise mismatch("string", email_type_0)

                        return email_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            email = _parse_email(d.pop("email", UNSET))

        except FieldMismatch as exc:
            raise exc.at("email") from None

        try:

            def _parse_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        title_type_0 = data
                        if not isinstance(title_type_0, str):
                            raise mismatch("string", title_type_0)

                        return title_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            title = _parse_title(d.pop("title", UNSET))

        except FieldMismatch as exc:
            raise exc.at("title") from None

        try:

            def _parse_website(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        website_type_0 = data
                        if not isinstance(website_type_0, str):
                            raise mismatch("string", website_type_0)

                        return website_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            website = _parse_website(d.pop("website", UNSET))

        except FieldMismatch as exc:
            raise exc.at("website") from None

        try:

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        phone_type_0 = data
                        if not isinstance(phone_type_0, str):
                            raise mismatch("string", phone_type_0)

                        return phone_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            phone = _parse_phone(d.pop("phone", UNSET))

        except FieldMismatch as exc:
            raise exc.at("phone") from None

        try:

            def _parse_partner(
                data: object,
            ) -> (
                None
                | RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, dict):
                    try:
                        partner_type_0 = RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto.from_dict(
                            data
                        )

                        return partner_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("object or null", data, error)

            partner = parse_union(_parse_partner, d.pop("partner", UNSET))

        except FieldMismatch as exc:
            raise exc.at("partner") from None

        rcs_update_sender_details_questionnaire_verification_answers_input_dto = cls(
            name=name,
            email=email,
            title=title,
            website=website,
            phone=phone,
            partner=partner,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_update_sender_details_questionnaire_verification_answers_input_dto.additional_properties = d
        return rcs_update_sender_details_questionnaire_verification_answers_input_dto

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
from ..models.rcs_update_sender_details_questionnaire_verification_partner_answers_input_dto import (
    RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto=RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto,
    RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto=RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
)
