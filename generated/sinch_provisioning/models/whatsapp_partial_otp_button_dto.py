from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.whatsapp_otp_type_enum import WhatsappOtpTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialOtpButtonDto")


@_attrs_define
class WhatsappPartialOtpButtonDto:
    """
    Attributes:
        type_ (Literal['OTP'] | Unset): optional; JSON key type; always OTP.
        otp_type (WhatsappOtpTypeEnum | Unset): optional; JSON key otpType; one of: COPY_CODE,
            ONE_TAP, ZERO_TAP, UNRECOGNIZED.
        text (str | Unset): optional; JSON key text.
        autofill_text (str | Unset): optional; JSON key autofillText.
        package_name (str | Unset): optional; JSON key packageName; deprecated.
        signature_hash (str | Unset): optional; JSON key signatureHash; deprecated.
        supported_apps (list[WhatsappSupportedAppDto] | Unset): optional; JSON key supportedApps.
        zero_tap_terms_accepted (bool | Unset): optional; JSON key zeroTapTermsAccepted.
    """

    type_: Literal["OTP"] | Unset = UNSET
    otp_type: WhatsappOtpTypeEnum | Unset = UNSET
    text: str | Unset = UNSET
    autofill_text: str | Unset = UNSET
    package_name: str | Unset = UNSET
    signature_hash: str | Unset = UNSET
    supported_apps: list[WhatsappSupportedAppDto] | Unset = UNSET
    zero_tap_terms_accepted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        otp_type: str | Unset = UNSET
        if not isinstance(self.otp_type, Unset):
            otp_type = self.otp_type.value

        text = self.text

        autofill_text = self.autofill_text

        package_name = self.package_name

        signature_hash = self.signature_hash

        supported_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_apps, Unset):
            supported_apps = []
            for supported_apps_item_data in self.supported_apps:
                supported_apps_item = supported_apps_item_data.to_dict()
                supported_apps.append(supported_apps_item)

        zero_tap_terms_accepted = self.zero_tap_terms_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if otp_type is not UNSET:
            field_dict["otpType"] = otp_type
        if text is not UNSET:
            field_dict["text"] = text
        if autofill_text is not UNSET:
            field_dict["autofillText"] = autofill_text
        if package_name is not UNSET:
            field_dict["packageName"] = package_name
        if signature_hash is not UNSET:
            field_dict["signatureHash"] = signature_hash
        if supported_apps is not UNSET:
            field_dict["supportedApps"] = supported_apps
        if zero_tap_terms_accepted is not UNSET:
            field_dict["zeroTapTermsAccepted"] = zero_tap_terms_accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_supported_app_dto import WhatsappSupportedAppDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["OTP"] | Unset, d.pop("type", UNSET))
            if type_ != "OTP" and not isinstance(type_, Unset):
                raise mismatch(repr("OTP"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            _otp_type = d.pop("otpType", UNSET)
            otp_type: WhatsappOtpTypeEnum | Unset
            if isinstance(_otp_type, Unset):
                otp_type = UNSET
            else:
                otp_type = parse_enum(WhatsappOtpTypeEnum, _otp_type)

        except FieldMismatch as exc:
            raise exc.at("otpType") from None

        try:
            text = d.pop("text", UNSET)
            if text is not UNSET and not isinstance(text, str):
                raise mismatch("string", text)

        except FieldMismatch as exc:
            raise exc.at("text") from None

        try:
            autofill_text = d.pop("autofillText", UNSET)
            if autofill_text is not UNSET and not isinstance(autofill_text, str):
                raise mismatch("string", autofill_text)

        except FieldMismatch as exc:
            raise exc.at("autofillText") from None

        try:
            package_name = d.pop("packageName", UNSET)
            if package_name is not UNSET and not isinstance(package_name, str):
                raise mismatch("string", package_name)

        except FieldMismatch as exc:
            raise exc.at("packageName") from None

        try:
            signature_hash = d.pop("signatureHash", UNSET)
            if signature_hash is not UNSET and not isinstance(signature_hash, str):
                raise mismatch("string", signature_hash)

        except FieldMismatch as exc:
            raise exc.at("signatureHash") from None

        try:
            _supported_apps = d.pop("supportedApps", UNSET)
            supported_apps: list[WhatsappSupportedAppDto] | Unset = UNSET
            if _supported_apps is not UNSET:
                if not isinstance(_supported_apps, list):
                    raise mismatch("array", _supported_apps)
                supported_apps = []
                try:
                    for supported_apps_item_data in _supported_apps:
                        supported_apps_item = WhatsappSupportedAppDto.from_dict(
                            supported_apps_item_data
                        )

                        supported_apps.append(supported_apps_item)
                except FieldMismatch as exc:
                    raise exc.at(len(supported_apps)) from None

        except FieldMismatch as exc:
            raise exc.at("supportedApps") from None

        try:
            zero_tap_terms_accepted = d.pop("zeroTapTermsAccepted", UNSET)
            if (
                zero_tap_terms_accepted is not UNSET
                and not type(zero_tap_terms_accepted) is bool
            ):
                raise mismatch("boolean", zero_tap_terms_accepted)

        except FieldMismatch as exc:
            raise exc.at("zeroTapTermsAccepted") from None

        whatsapp_partial_otp_button_dto = cls(
            type_=type_,
            otp_type=otp_type,
            text=text,
            autofill_text=autofill_text,
            package_name=package_name,
            signature_hash=signature_hash,
            supported_apps=supported_apps,
            zero_tap_terms_accepted=zero_tap_terms_accepted,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_otp_button_dto.additional_properties = d
        return whatsapp_partial_otp_button_dto

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
from ..models.whatsapp_supported_app_dto import WhatsappSupportedAppDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialOtpButtonDto.__init__.__globals__.update(
    WhatsappPartialOtpButtonDto=WhatsappPartialOtpButtonDto,
    WhatsappSupportedAppDto=WhatsappSupportedAppDto,
)
