from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.whatsapp_sender_input_whats_app_vertical_enum import (
    WhatsappSenderInputWhatsAppVerticalEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappUpdateSenderInputDetailsDto")


@_attrs_define
class WhatsappUpdateSenderInputDetailsDto:
    """
    Attributes:
        display_name (str | Unset): optional; JSON key displayName; length 1-128.
        description (None | str | Unset): optional; JSON key description; length 1-512.
        vertical (WhatsappSenderInputWhatsAppVerticalEnum | Unset): optional; JSON key vertical;
            one of: ALCOHOL, AUTOMOTIVE, BEAUTY_SPA_SALON, CLOTHING_AND_APPAREL, EDUCATION,
            ENTERTAINMENT, EVENT_PLANNING_AND_SERVICE, FINANCE_AND_BANKING, FOOD_AND_GROCERY,
            HOTEL_AND_LODGING, MEDICAL_AND_HEALTH, NON_PROFIT, ONLINE_GAMBLING, OTC_DRUGS, OTHER,
            PHYSICAL_GAMBLING, PROFESSIONAL_SERVICES, PUBLIC_SERVICE, RESTAURANT, SHOPPING_AND_RETAIL,
            TRAVEL_AND_TRANSPORTATION.
        email (None | str | Unset): optional; JSON key email; format email; length <= 128.
        address (None | str | Unset): optional; JSON key address; length 1-256.
        website_one (None | str | Unset): optional; JSON key websiteOne; format url; length <=
            256.
        website_two (None | str | Unset): optional; JSON key websiteTwo; format url; length <=
            256.
        about (None | str | Unset): optional; JSON key about; length 1-139.
        photo_url (None | str | Unset): optional; JSON key photoUrl; format url; length <= 256.
        username (None | str | Unset): optional; JSON key username; length >= 1.
    """

    display_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    vertical: WhatsappSenderInputWhatsAppVerticalEnum | Unset = UNSET
    email: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    website_one: None | str | Unset = UNSET
    website_two: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    photo_url: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        vertical: str | Unset = UNSET
        if not isinstance(self.vertical, Unset):
            vertical = self.vertical.value

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        website_one: None | str | Unset
        if isinstance(self.website_one, Unset):
            website_one = UNSET
        else:
            website_one = self.website_one

        website_two: None | str | Unset
        if isinstance(self.website_two, Unset):
            website_two = UNSET
        else:
            website_two = self.website_two

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        photo_url: None | str | Unset
        if isinstance(self.photo_url, Unset):
            photo_url = UNSET
        else:
            photo_url = self.photo_url

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
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
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            display_name = d.pop("displayName", UNSET)
            if display_name is not UNSET and not isinstance(display_name, str):
                raise mismatch("string", display_name)

        except FieldMismatch as exc:
            raise exc.at("displayName") from None

        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        description_type_0 = data
                        if not isinstance(description_type_0, str):
                            raise mismatch("string", description_type_0)

                        return description_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            description = _parse_description(d.pop("description", UNSET))

        except FieldMismatch as exc:
            raise exc.at("description") from None

        try:
            _vertical = d.pop("vertical", UNSET)
            vertical: WhatsappSenderInputWhatsAppVerticalEnum | Unset
            if isinstance(_vertical, Unset):
                vertical = UNSET
            else:
                vertical = parse_enum(
                    WhatsappSenderInputWhatsAppVerticalEnum, _vertical
                )

        except FieldMismatch as exc:
            raise exc.at("vertical") from None

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

            def _parse_address(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        address_type_0 = data
                        if not isinstance(address_type_0, str):
                            raise mismatch("string", address_type_0)

                        return address_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            address = _parse_address(d.pop("address", UNSET))

        except FieldMismatch as exc:
            raise exc.at("address") from None

        try:

            def _parse_website_one(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        website_one_type_0 = data
                        if not isinstance(website_one_type_0, str):
                            raise mismatch("string", website_one_type_0)

                        return website_one_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            website_one = _parse_website_one(d.pop("websiteOne", UNSET))

        except FieldMismatch as exc:
            raise exc.at("websiteOne") from None

        try:

            def _parse_website_two(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        website_two_type_0 = data
                        if not isinstance(website_two_type_0, str):
                            raise mismatch("string", website_two_type_0)

                        return website_two_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            website_two = _parse_website_two(d.pop("websiteTwo", UNSET))

        except FieldMismatch as exc:
            raise exc.at("websiteTwo") from None

        try:

            def _parse_about(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        about_type_0 = data
                        if not isinstance(about_type_0, str):
                            raise mismatch("string", about_type_0)

                        return about_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            about = _parse_about(d.pop("about", UNSET))

        except FieldMismatch as exc:
            raise exc.at("about") from None

        try:

            def _parse_photo_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        photo_url_type_0 = data
                        if not isinstance(photo_url_type_0, str):
                            raise mismatch("string", photo_url_type_0)

                        return photo_url_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            photo_url = _parse_photo_url(d.pop("photoUrl", UNSET))

        except FieldMismatch as exc:
            raise exc.at("photoUrl") from None

        try:

            def _parse_username(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        username_type_0 = data
                        if not isinstance(username_type_0, str):
                            raise mismatch("string", username_type_0)

                        return username_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            username = _parse_username(d.pop("username", UNSET))

        except FieldMismatch as exc:
            raise exc.at("username") from None

        whatsapp_update_sender_input_details_dto = cls(
            display_name=display_name,
            description=description,
            vertical=vertical,
            email=email,
            address=address,
            website_one=website_one,
            website_two=website_two,
            about=about,
            photo_url=photo_url,
            username=username,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_update_sender_input_details_dto.additional_properties = d
        return whatsapp_update_sender_input_details_dto

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
WhatsappUpdateSenderInputDetailsDto.__init__.__globals__.update(
    WhatsappUpdateSenderInputDetailsDto=WhatsappUpdateSenderInputDetailsDto,
)
