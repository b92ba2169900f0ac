from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.whatsapp_sender_input_whats_app_vertical_enum import (
    WhatsappSenderInputWhatsAppVerticalEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInputSenderPartnerInitiatedDetailsDto")


@_attrs_define
class WhatsappInputSenderPartnerInitiatedDetailsDto:
    """
    Attributes:
        display_name (str): required; JSON key displayName; length 1-128.
        vertical (WhatsappSenderInputWhatsAppVerticalEnum): required; JSON key vertical; one of:
            ALCOHOL, AUTOMOTIVE, BEAUTY_SPA_SALON, CLOTHING_AND_APPAREL, EDUCATION, ENTERTAINMENT,
            EVENT_PLANNING_AND_SERVICE, FINANCE_AND_BANKING, FOOD_AND_GROCERY, HOTEL_AND_LODGING,
            MEDICAL_AND_HEALTH, NON_PROFIT, ONLINE_GAMBLING, OTC_DRUGS, OTHER, PHYSICAL_GAMBLING,
            PROFESSIONAL_SERVICES, PUBLIC_SERVICE, RESTAURANT, SHOPPING_AND_RETAIL,
            TRAVEL_AND_TRANSPORTATION.
        country_code (str): required; JSON key countryCode; format country code.
        description (str | Unset): optional; JSON key description; length 1-512.
        email (str | Unset): optional; JSON key email; format email; length <= 128.
        address (str | Unset): optional; JSON key address; length 1-256.
        website_one (str | Unset): optional; JSON key websiteOne; format url; length <= 256.
        website_two (str | Unset): optional; JSON key websiteTwo; format url; length <= 256.
        about (str | Unset): optional; JSON key about; length 1-139.
        photo_url (str | Unset): optional; JSON key photoUrl; format url; length <= 256.
        phone_number (str | Unset): optional; JSON key phoneNumber; format numeric phone number;
            length <= 32.
    """

    display_name: str
    vertical: WhatsappSenderInputWhatsAppVerticalEnum
    country_code: str
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    address: str | Unset = UNSET
    website_one: str | Unset = UNSET
    website_two: str | Unset = UNSET
    about: str | Unset = UNSET
    photo_url: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        vertical = self.vertical.value

        country_code = self.country_code

        description = self.description

        email = self.email

        address = self.address

        website_one = self.website_one

        website_two = self.website_two

        about = self.about

        photo_url = self.photo_url

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "vertical": vertical,
                "countryCode": country_code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if website_one is not UNSET:
            field_dict["websiteOne"] = website_one
        if website_two is not UNSET:
            field_dict["websiteTwo"] = website_two
        if about is not UNSET:
            field_dict["about"] = about
        if photo_url is not UNSET:
            field_dict["photoUrl"] = photo_url
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            display_name = d.pop("displayName", MISSING)
            if not isinstance(display_name, str):
                raise mismatch("string", display_name)

        except FieldMismatch as exc:
            raise exc.at("displayName") from None

        try:
            vertical = parse_enum(
                WhatsappSenderInputWhatsAppVerticalEnum, d.pop("vertical", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("vertical") from None

        try:
            country_code = d.pop("countryCode", MISSING)
            if not isinstance(country_code, str):
                raise mismatch("string", country_code)

        except FieldMismatch as exc:
            raise exc.at("countryCode") from None

        try:
            description = d.pop("description", UNSET)
            if description is not UNSET and not isinstance(description, str):
                raise mismatch("string", description)

        except FieldMismatch as exc:
            raise exc.at("description") from None

        try:
            email = d.pop("email", UNSET)
            if email is not UNSET and not isinstance(email, str):
                raise mismatch("string", email)

        except FieldMismatch as exc:
            raise exc.at("email") from None

        try:
            address = d.pop("address", UNSET)
            if address is not UNSET and not isinstance(address, str):
                raise mismatch("string", address)

        except FieldMismatch as exc:
            raise exc.at("address") from None

        try:
            website_one = d.pop("websiteOne", UNSET)
            if website_one is not UNSET and not isinstance(website_one, str):
                raise mismatch("string", website_one)

        except FieldMismatch as exc:
            raise exc.at("websiteOne") from None

        try:
            website_two = d.pop("websiteTwo", UNSET)
            if website_two is not UNSET and not isinstance(website_two, str):
                raise mismatch("string", website_two)

        except FieldMismatch as exc:
            raise exc.at("websiteTwo") from None

        try:
            about = d.pop("about", UNSET)
            if about is not UNSET and not isinstance(about, str):
                raise mismatch("string", about)

        except FieldMismatch as exc:
            raise exc.at("about") from None

        try:
            photo_url = d.pop("photoUrl", UNSET)
            if photo_url is not UNSET and not isinstance(photo_url, str):
                raise mismatch("string", photo_url)

        except FieldMismatch as exc:
            raise exc.at("photoUrl") from None

        try:
            phone_number = d.pop("phoneNumber", UNSET)
            if phone_number is not UNSET and not isinstance(phone_number, str):
                raise mismatch("string", phone_number)

        except FieldMismatch as exc:
            raise exc.at("phoneNumber") from None

        whatsapp_input_sender_partner_initiated_details_dto = cls(
            display_name=display_name,
            vertical=vertical,
            country_code=country_code,
            description=description,
            email=email,
            address=address,
            website_one=website_one,
            website_two=website_two,
            about=about,
            photo_url=photo_url,
            phone_number=phone_number,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_sender_partner_initiated_details_dto.additional_properties = d
        return whatsapp_input_sender_partner_initiated_details_dto

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
WhatsappInputSenderPartnerInitiatedDetailsDto.__init__.__globals__.update(
    WhatsappInputSenderPartnerInitiatedDetailsDto=WhatsappInputSenderPartnerInitiatedDetailsDto,
)
