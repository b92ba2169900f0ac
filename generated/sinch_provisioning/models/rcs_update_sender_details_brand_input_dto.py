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

T = TypeVar("T", bound="RcsUpdateSenderDetailsBrandInputDto")


@_attrs_define
class RcsUpdateSenderDetailsBrandInputDto:
    """
    Attributes:
        name (str | Unset): optional; JSON key name; length 0-40.
        emails (list[RcsEmailInputDto] | None | Unset): optional; JSON key emails; items 1-3;
            unique items.
        phones (list[RcsPhoneInputDto] | None | Unset): optional; JSON key phones; items 1-3;
            unique items.
        websites (list[RcsWebsiteInputDto] | None | Unset): optional; JSON key websites; items
            1-3; unique items.
        color (str | Unset): optional; JSON key color; format hex.
        description (str | Unset): optional; JSON key description; length 0-100.
        banner_url (str | Unset): optional; JSON key bannerUrl; format url.
        logo_url (str | Unset): optional; JSON key logoUrl; format url.
        privacy_policy_url (str | Unset): optional; JSON key privacyPolicyUrl; format url.
        terms_of_service_url (str | Unset): optional; JSON key termsOfServiceUrl; format url.
    """

    name: str | Unset = UNSET
    emails: list[RcsEmailInputDto] | None | Unset = UNSET
    phones: list[RcsPhoneInputDto] | None | Unset = UNSET
    websites: list[RcsWebsiteInputDto] | None | Unset = UNSET
    color: str | Unset = UNSET
    description: str | Unset = UNSET
    banner_url: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    privacy_policy_url: str | Unset = UNSET
    terms_of_service_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)

        else:
            emails = self.emails

        phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, list):
            phones = []
            for phones_type_0_item_data in self.phones:
                phones_type_0_item = phones_type_0_item_data.to_dict()
                phones.append(phones_type_0_item)

        else:
            phones = self.phones

        websites: list[dict[str, Any]] | None | Unset
        if isinstance(self.websites, Unset):
            websites = UNSET
        elif isinstance(self.websites, list):
            websites = []
            for websites_type_0_item_data in self.websites:
                websites_type_0_item = websites_type_0_item_data.to_dict()
                websites.append(websites_type_0_item)

        else:
            websites = self.websites

        color = self.color

        description = self.description

        banner_url = self.banner_url

        logo_url = self.logo_url

        privacy_policy_url = self.privacy_policy_url

        terms_of_service_url = self.terms_of_service_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if websites is not UNSET:
            field_dict["websites"] = websites
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if banner_url is not UNSET:
            field_dict["bannerUrl"] = banner_url
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if terms_of_service_url is not UNSET:
            field_dict["termsOfServiceUrl"] = terms_of_service_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_email_input_dto import RcsEmailInputDto
        from ..models.rcs_phone_input_dto import RcsPhoneInputDto
        from ..models.rcs_website_input_dto import RcsWebsiteInputDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:

            def _parse_emails(data: object) -> list[RcsEmailInputDto] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _emails_type_0 = data
                        if not isinstance(_emails_type_0, list):
                            raise mismatch("array", _emails_type_0)
                        emails_type_0 = []
                        try:
                            for emails_type_0_item_data in _emails_type_0:
                                emails_type_0_item = RcsEmailInputDto.from_dict(
                                    emails_type_0_item_data
                                )

                                emails_type_0.append(emails_type_0_item)
                        except FieldMismatch as exc:
                            raise exc.at(len(emails_type_0)) from None

                        return emails_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            emails = parse_union(_parse_emails, d.pop("emails", UNSET))

        except FieldMismatch as exc:
            raise exc.at("emails") from None

        try:

            def _parse_phones(data: object) -> list[RcsPhoneInputDto] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _phones_type_0 = data
                        if not isinstance(_phones_type_0, list):
                            raise mismatch("array", _phones_type_0)
                        phones_type_0 = []
                        try:
                            for phones_type_0_item_data in _phones_type_0:
                                phones_type_0_item = RcsPhoneInputDto.from_dict(
                                    phones_type_0_item_data
                                )

                                phones_type_0.append(phones_type_0_item)
                        except FieldMismatch as exc:
                            raise exc.at(len(phones_type_0)) from None

                        return phones_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            phones = parse_union(_parse_phones, d.pop("phones", UNSET))

        except FieldMismatch as exc:
            raise exc.at("phones") from None

        try:

            def _parse_websites(
                data: object,
            ) -> list[RcsWebsiteInputDto] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _websites_type_0 = data
                        if not isinstance(_websites_type_0, list):
                            raise mismatch("array", _websites_type_0)
                        websites_type_0 = []
                        try:
                            for websites_type_0_item_data in _websites_type_0:
                                websites_type_0_item = RcsWebsiteInputDto.from_dict(
                                    websites_type_0_item_data
                                )

                                websites_type_0.append(websites_type_0_item)
                        except FieldMismatch as exc:
                            raise exc.at(len(websites_type_0)) from None

                        return websites_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            websites = parse_union(_parse_websites, d.pop("websites", UNSET))

        except FieldMismatch as exc:
            raise exc.at("websites") from None

        try:
            color = d.pop("color", UNSET)
            if color is not UNSET and not isinstance(color, str):
                raise mismatch("string", color)

        except FieldMismatch as exc:
            raise exc.at("color") from None

        try:
            description = d.pop("description", UNSET)
            if description is not UNSET and not isinstance(description, str):
                raise mismatch("string", description)

        except FieldMismatch as exc:
            raise exc.at("description") from None

        try:
            banner_url = d.pop("bannerUrl", UNSET)
            if banner_url is not UNSET and not isinstance(banner_url, str):
                raise mismatch("string", banner_url)

        except FieldMismatch as exc:
            raise exc.at("bannerUrl") from None

        try:
            logo_url = d.pop("logoUrl", UNSET)
            if logo_url is not UNSET and not isinstance(logo_url, str):
                raise mismatch("string", logo_url)

        except FieldMismatch as exc:
            raise exc.at("logoUrl") from None

        try:
            privacy_policy_url = d.pop("privacyPolicyUrl", UNSET)
            if privacy_policy_url is not UNSET and not isinstance(
                privacy_policy_url, str
            ):
                raise mismatch("string", privacy_policy_url)

        except FieldMismatch as exc:
            raise exc.at("privacyPolicyUrl") from None

        try:
            terms_of_service_url = d.pop("termsOfServiceUrl", UNSET)
            if terms_of_service_url is not UNSET and not isinstance(
                terms_of_service_url, str
            ):
                raise mismatch("string", terms_of_service_url)

        except FieldMismatch as exc:
            raise exc.at("termsOfServiceUrl") from None

        rcs_update_sender_details_brand_input_dto = cls(
            name=name,
            emails=emails,
            phones=phones,
            websites=websites,
            color=color,
            description=description,
            banner_url=banner_url,
            logo_url=logo_url,
            privacy_policy_url=privacy_policy_url,
            terms_of_service_url=terms_of_service_url,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_update_sender_details_brand_input_dto.additional_properties = d
        return rcs_update_sender_details_brand_input_dto

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
from ..models.rcs_email_input_dto import RcsEmailInputDto
from ..models.rcs_phone_input_dto import RcsPhoneInputDto
from ..models.rcs_website_input_dto import RcsWebsiteInputDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsUpdateSenderDetailsBrandInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsBrandInputDto=RcsUpdateSenderDetailsBrandInputDto,
    RcsEmailInputDto=RcsEmailInputDto,
    RcsPhoneInputDto=RcsPhoneInputDto,
    RcsWebsiteInputDto=RcsWebsiteInputDto,
)
