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
from ..models.whatsapp_input_business_managers_public_documentation_enum import (
    WhatsappInputBusinessManagersPublicDocumentationEnum,
)
from ..models.whatsapp_sender_input_meta_local_storages_enum import (
    WhatsappSenderInputMetaLocalStoragesEnum,
)
from ..models.whatsapp_sender_input_region_enum import WhatsappSenderInputRegionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappSenderInputDtoDeprecated")


@_attrs_define
class WhatsappSenderInputDtoDeprecated:
    """
    Attributes:
        name (str): required; JSON key name; length 1-128.
        details (WhatsappSenderInputDetailsDto): required; JSON key details.
        region (WhatsappSenderInputRegionEnum | Unset): optional; JSON key region; one of: BR, EU,
            US.
        meta_local_storage (WhatsappSenderInputMetaLocalStoragesEnum | Unset): optional; JSON key
            metaLocalStorage; one of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA.
        business_manager (WhatsappInputBusinessManagersPublicDocumentationEnum | Unset): optional;
            JSON key businessManager; one of: SINCH_BR, SINCH_MX, SINCH_UK.
        waba_id (str | Unset): optional; JSON key wabaId.
        phone_number_id (str | Unset): optional; JSON key phoneNumberId.
        facebook_access_token (str | Unset): optional; JSON key facebookAccessToken; length >= 1.
        facebook_code (str | Unset): optional; JSON key facebookCode; format uri; length >= 1.
    """

    name: str
    details: WhatsappSenderInputDetailsDto
    region: WhatsappSenderInputRegionEnum | Unset = UNSET
    meta_local_storage: WhatsappSenderInputMetaLocalStoragesEnum | Unset = UNSET
    business_manager: WhatsappInputBusinessManagersPublicDocumentationEnum | Unset = (
        UNSET
    )
    waba_id: str | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    facebook_access_token: str | Unset = UNSET
    facebook_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        details = self.details.to_dict()

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        meta_local_storage: str | Unset = UNSET
        if not isinstance(self.meta_local_storage, Unset):
            meta_local_storage = self.meta_local_storage.value

        business_manager: str | Unset = UNSET
        if not isinstance(self.business_manager, Unset):
            business_manager = self.business_manager.value

        waba_id = self.waba_id

        phone_number_id = self.phone_number_id

        facebook_access_token = self.facebook_access_token

        facebook_code = self.facebook_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "details": details,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if meta_local_storage is not UNSET:
            field_dict["metaLocalStorage"] = meta_local_storage
        if business_manager is not UNSET:
            field_dict["businessManager"] = business_manager
        if waba_id is not UNSET:
            field_dict["wabaId"] = waba_id
        if phone_number_id is not UNSET:
            field_dict["phoneNumberId"] = phone_number_id
        if facebook_access_token is not UNSET:
            field_dict["facebookAccessToken"] = facebook_access_token
        if facebook_code is not UNSET:
            field_dict["facebookCode"] = facebook_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_sender_input_details_dto import (
            WhatsappSenderInputDetailsDto,
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
            details = WhatsappSenderInputDetailsDto.from_dict(d.pop("details", MISSING))

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _region = d.pop("region", UNSET)
            region: WhatsappSenderInputRegionEnum | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = parse_enum(WhatsappSenderInputRegionEnum, _region)

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            _meta_local_storage = d.pop("metaLocalStorage", UNSET)
            meta_local_storage: WhatsappSenderInputMetaLocalStoragesEnum | Unset
            if isinstance(_meta_local_storage, Unset):
                meta_local_storage = UNSET
            else:
                meta_local_storage = parse_enum(
                    WhatsappSenderInputMetaLocalStoragesEnum, _meta_local_storage
                )

        except FieldMismatch as exc:
            raise exc.at("metaLocalStorage") from None

        try:
            _business_manager = d.pop("businessManager", UNSET)
            business_manager: (
                WhatsappInputBusinessManagersPublicDocumentationEnum | Unset
            )
            if isinstance(_business_manager, Unset):
                business_manager = UNSET
            else:
                business_manager = parse_enum(
                    WhatsappInputBusinessManagersPublicDocumentationEnum,
                    _business_manager,
                )

        except FieldMismatch as exc:
            raise exc.at("businessManager") from None

        try:
            waba_id = d.pop("wabaId", UNSET)
            if waba_id is not UNSET and not isinstance(waba_id, str):
                raise mismatch("string", waba_id)

        except FieldMismatch as exc:
            raise exc.at("wabaId") from None

        try:
            phone_number_id = d.pop("phoneNumberId", UNSET)
            if phone_number_id is not UNSET and not isinstance(phone_number_id, str):
                raise mismatch("string", phone_number_id)

        except FieldMismatch as exc:
            raise exc.at("phoneNumberId") from None

        try:
            facebook_access_token = d.pop("facebookAccessToken", UNSET)
            if facebook_access_token is not UNSET and not isinstance(
                facebook_access_token, str
            ):
                raise mismatch("string", facebook_access_token)

        except FieldMismatch as exc:
            raise exc.at("facebookAccessToken") from None

        try:
            facebook_code = d.pop("facebookCode", UNSET)
            if facebook_code is not UNSET and not isinstance(facebook_code, str):
                raise mismatch("string", facebook_code)

        except FieldMismatch as exc:
            raise exc.at("facebookCode") from None

        whatsapp_sender_input_dto_deprecated = cls(
            name=name,
            details=details,
            region=region,
            meta_local_storage=meta_local_storage,
            business_manager=business_manager,
            waba_id=waba_id,
            phone_number_id=phone_number_id,
            facebook_access_token=facebook_access_token,
            facebook_code=facebook_code,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_sender_input_dto_deprecated.additional_properties = d
        return whatsapp_sender_input_dto_deprecated

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
from ..models.whatsapp_sender_input_details_dto import WhatsappSenderInputDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappSenderInputDtoDeprecated.__init__.__globals__.update(
    WhatsappSenderInputDtoDeprecated=WhatsappSenderInputDtoDeprecated,
    WhatsappSenderInputDetailsDto=WhatsappSenderInputDetailsDto,
)
