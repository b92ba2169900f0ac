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
from ..models.whatsapp_input_account_whats_app_verticals_enum import (
    WhatsappInputAccountWhatsAppVerticalsEnum,
)
from ..models.whatsapp_sender_input_meta_local_storages_enum import (
    WhatsappSenderInputMetaLocalStoragesEnum,
)
from ..models.whatsapp_sender_input_region_enum import WhatsappSenderInputRegionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInputAccountSenderRelatedDetailsDto")


@_attrs_define
class WhatsappInputAccountSenderRelatedDetailsDto:
    """
    Attributes:
        display_name (str): required; JSON key displayName; length 1-255.
        business_category (WhatsappInputAccountWhatsAppVerticalsEnum): required; JSON key
            businessCategory; one of: ALCOHOL, AUTOMOTIVE, BEAUTY_SPA_SALON, CLOTHING_AND_APPAREL,
            EDUCATION, ENTERTAINMENT, EVENT_PLANNING_AND_SERVICE, FINANCE_AND_BANKING,
            FOOD_AND_GROCERY, HOTEL_AND_LODGING, MEDICAL_AND_HEALTH, NON_PROFIT, OTC_DRUGS, OTHER,
            PHYSICAL_GAMBLING, PROFESSIONAL_SERVICES, PUBLIC_SERVICE, RESTAURANT, SHOPPING_AND_RETAIL,
            TRAVEL_AND_TRANSPORTATION.
        region (WhatsappSenderInputRegionEnum | Unset): optional; JSON key region; one of: BR, EU,
            US.
        meta_local_storage (WhatsappSenderInputMetaLocalStoragesEnum | Unset): optional; JSON key
            metaLocalStorage; one of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA.
    """

    display_name: str
    business_category: WhatsappInputAccountWhatsAppVerticalsEnum
    region: WhatsappSenderInputRegionEnum | Unset = UNSET
    meta_local_storage: WhatsappSenderInputMetaLocalStoragesEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        business_category = self.business_category.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        meta_local_storage: str | Unset = UNSET
        if not isinstance(self.meta_local_storage, Unset):
            meta_local_storage = self.meta_local_storage.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "businessCategory": business_category,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if meta_local_storage is not UNSET:
            field_dict["metaLocalStorage"] = meta_local_storage

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
            business_category = parse_enum(
                WhatsappInputAccountWhatsAppVerticalsEnum,
                d.pop("businessCategory", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("businessCategory") from None

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

        whatsapp_input_account_sender_related_details_dto = cls(
            display_name=display_name,
            business_category=business_category,
            region=region,
            meta_local_storage=meta_local_storage,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_account_sender_related_details_dto.additional_properties = d
        return whatsapp_input_account_sender_related_details_dto

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
WhatsappInputAccountSenderRelatedDetailsDto.__init__.__globals__.update(
    WhatsappInputAccountSenderRelatedDetailsDto=WhatsappInputAccountSenderRelatedDetailsDto,
)
