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

T = TypeVar("T", bound="RcsSenderDetailsBrandDto")


@_attrs_define
class RcsSenderDetailsBrandDto:
    """
    Attributes:
        name (str | Unset): optional; JSON key name.
        emails (list[RcsEmailDto] | Unset): optional; JSON key emails.
        phones (list[RcsPhoneDto] | Unset): optional; JSON key phones.
        websites (list[RcsWebsiteDto] | Unset): optional; JSON key websites.
        color (str | Unset): optional; JSON key color; format hex.
        description (str | Unset): optional; JSON key description.
        banner_url (str | Unset): optional; JSON key bannerUrl; format url.
        logo_url (str | Unset): optional; JSON key logoUrl; format url.
        privacy_policy_url (str | Unset): optional; JSON key privacyPolicyUrl; format url.
        terms_of_service_url (str | Unset): optional; JSON key termsOfServiceUrl; format url.
    """

    name: str | Unset = UNSET
    emails: list[RcsEmailDto] | Unset = UNSET
    phones: list[RcsPhoneDto] | Unset = UNSET
    websites: list[RcsWebsiteDto] | Unset = UNSET
    color: str | Unset = UNSET
    description: str | Unset = UNSET
    banner_url: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    privacy_policy_url: str | Unset = UNSET
    terms_of_service_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        websites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = []
            for websites_item_data in self.websites:
                websites_item = websites_item_data.to_dict()
                websites.append(websites_item)

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
        from ..models.rcs_email_dto import RcsEmailDto
        from ..models.rcs_phone_dto import RcsPhoneDto
        from ..models.rcs_website_dto import RcsWebsiteDto

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
            _emails = d.pop("emails", UNSET)
            emails: list[RcsEmailDto] | Unset = UNSET
            if _emails is not UNSET:
                if not isinstance(_emails, list):
                    raise mismatch("array", _emails)
                emails = []
                try:
                    for emails_item_data in _emails:
                        emails_item = RcsEmailDto.from_dict(emails_item_data)

                        emails.append(emails_item)
                except FieldMismatch as exc:
                    raise exc.at(len(emails)) from None

        except FieldMismatch as exc:
            raise exc.at("emails") from None

        try:
            _phones = d.pop("phones", UNSET)
            phones: list[RcsPhoneDto] | Unset = UNSET
            if _phones is not UNSET:
                if not isinstance(_phones, list):
                    raise mismatch("array", _phones)
                phones = []
                try:
                    for phones_item_data in _phones:
                        phones_item = RcsPhoneDto.from_dict(phones_item_data)

                        phones.append(phones_item)
                except FieldMismatch as exc:
                    raise exc.at(len(phones)) from None

        except FieldMismatch as exc:
            raise exc.at("phones") from None

        try:
            _websites = d.pop("websites", UNSET)
            websites: list[RcsWebsiteDto] | Unset = UNSET
            if _websites is not UNSET:
                if not isinstance(_websites, list):
                    raise mismatch("array", _websites)
                websites = []
                try:
                    for websites_item_data in _websites:
                        websites_item = RcsWebsiteDto.from_dict(websites_item_data)

                        websites.append(websites_item)
                except FieldMismatch as exc:
                    raise exc.at(len(websites)) from None

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

        rcs_sender_details_brand_dto = cls(
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
        rcs_sender_details_brand_dto.additional_properties = d
        return rcs_sender_details_brand_dto

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
from ..models.rcs_email_dto import RcsEmailDto
from ..models.rcs_phone_dto import RcsPhoneDto
from ..models.rcs_website_dto import RcsWebsiteDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsBrandDto.__init__.__globals__.update(
    RcsSenderDetailsBrandDto=RcsSenderDetailsBrandDto,
    RcsEmailDto=RcsEmailDto,
    RcsPhoneDto=RcsPhoneDto,
    RcsWebsiteDto=RcsWebsiteDto,
)
