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
from ..models.whatsapp_sender_bot_region_enum import WhatsappSenderBotRegionEnum
from ..models.whatsapp_sender_meta_local_storages_enum import (
    WhatsappSenderMetaLocalStoragesEnum,
)
from ..models.whatsapp_sender_whats_app_vertical_enum import (
    WhatsappSenderWhatsAppVerticalEnum,
)

T = TypeVar("T", bound="WhatsappAccountSenderRelatedDetailsDto")


@_attrs_define
class WhatsappAccountSenderRelatedDetailsDto:
    """
    Attributes:
        display_name (str): required; JSON key displayName.
        business_category (WhatsappSenderWhatsAppVerticalEnum): required; JSON key
            businessCategory; one of: ALCOHOL, AUTOMOTIVE, BEAUTY_SPA_SALON, CLOTHING_AND_APPAREL,
            EDUCATION, ENTERTAINMENT, EVENT_PLANNING_AND_SERVICE, FINANCE_AND_BANKING,
            FOOD_AND_GROCERY, HOTEL_AND_LODGING, MEDICAL_AND_HEALTH, NON_PROFIT, NOT_SET,
            ONLINE_GAMBLING, OTC_DRUGS, OTHER, PHYSICAL_GAMBLING, PROFESSIONAL_SERVICES,
            PUBLIC_SERVICE, RESTAURANT, SHOPPING_AND_RETAIL, TRAVEL_AND_TRANSPORTATION, UNRECOGNIZED.
        region (WhatsappSenderBotRegionEnum): required; JSON key region; one of: BR, EU, US,
            UNRECOGNIZED.
        meta_local_storage (WhatsappSenderMetaLocalStoragesEnum): required; JSON key
            metaLocalStorage; one of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA,
            UNRECOGNIZED, UNSPECIFIED.
    """

    display_name: str
    business_category: WhatsappSenderWhatsAppVerticalEnum
    region: WhatsappSenderBotRegionEnum
    meta_local_storage: WhatsappSenderMetaLocalStoragesEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        business_category = self.business_category.value

        region = self.region.value

        meta_local_storage = self.meta_local_storage.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "businessCategory": business_category,
                "region": region,
                "metaLocalStorage": meta_local_storage,
            }
        )

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
                WhatsappSenderWhatsAppVerticalEnum, d.pop("businessCategory", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("businessCategory") from None

        try:
            region = parse_enum(WhatsappSenderBotRegionEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            meta_local_storage = parse_enum(
                WhatsappSenderMetaLocalStoragesEnum, d.pop("metaLocalStorage", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("metaLocalStorage") from None

        whatsapp_account_sender_related_details_dto = cls(
            display_name=display_name,
            business_category=business_category,
            region=region,
            meta_local_storage=meta_local_storage,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_account_sender_related_details_dto.additional_properties = d
        return whatsapp_account_sender_related_details_dto

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
WhatsappAccountSenderRelatedDetailsDto.__init__.__globals__.update(
    WhatsappAccountSenderRelatedDetailsDto=WhatsappAccountSenderRelatedDetailsDto,
)
