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

T = TypeVar("T", bound="WhatsappSenderInputEsDto")


@_attrs_define
class WhatsappSenderInputEsDto:
    """
    Attributes:
        waba_id (str): required; JSON key wabaId.
        phone_number_id (str): required; JSON key phoneNumberId.
        region (WhatsappSenderInputRegionEnum | Unset): optional; JSON key region; one of: BR, EU,
            US.
        meta_local_storage (WhatsappSenderInputMetaLocalStoragesEnum | Unset): optional; JSON key
            metaLocalStorage; one of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA.
        business_manager (WhatsappInputBusinessManagersPublicDocumentationEnum | Unset): optional;
            JSON key businessManager; one of: SINCH_BR, SINCH_MX, SINCH_UK.
        authentication_code (str | Unset): optional; JSON key authenticationCode; length >= 1.
    """

    waba_id: str
    phone_number_id: str
    region: WhatsappSenderInputRegionEnum | Unset = UNSET
    meta_local_storage: WhatsappSenderInputMetaLocalStoragesEnum | Unset = UNSET
    business_manager: WhatsappInputBusinessManagersPublicDocumentationEnum | Unset = (
        UNSET
    )
    authentication_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_id = self.waba_id

        phone_number_id = self.phone_number_id

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        meta_local_storage: str | Unset = UNSET
        if not isinstance(self.meta_local_storage, Unset):
            meta_local_storage = self.meta_local_storage.value

        business_manager: str | Unset = UNSET
        if not isinstance(self.business_manager, Unset):
            business_manager = self.business_manager.value

        authentication_code = self.authentication_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wabaId": waba_id,
                "phoneNumberId": phone_number_id,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if meta_local_storage is not UNSET:
            field_dict["metaLocalStorage"] = meta_local_storage
        if business_manager is not UNSET:
            field_dict["businessManager"] = business_manager
        if authentication_code is not UNSET:
            field_dict["authenticationCode"] = authentication_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            waba_id = d.pop("wabaId", MISSING)
            if not isinstance(waba_id, str):
                raise mismatch("string", waba_id)

        except FieldMismatch as exc:
            raise exc.at("wabaId") from None

        try:
            phone_number_id = d.pop("phoneNumberId", MISSING)
            if not isinstance(phone_number_id, str):
                raise mismatch("string", phone_number_id)

        except FieldMismatch as exc:
            raise exc.at("phoneNumberId") from None

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
            authentication_code = d.pop("authenticationCode", UNSET)
            if authentication_code is not UNSET and not isinstance(
                authentication_code, str
            ):
                raise mismatch("string", authentication_code)

        except FieldMismatch as exc:
            raise exc.at("authenticationCode") from None

        whatsapp_sender_input_es_dto = cls(
            waba_id=waba_id,
            phone_number_id=phone_number_id,
            region=region,
            meta_local_storage=meta_local_storage,
            business_manager=business_manager,
            authentication_code=authentication_code,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_sender_input_es_dto.additional_properties = d
        return whatsapp_sender_input_es_dto

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
WhatsappSenderInputEsDto.__init__.__globals__.update(
    WhatsappSenderInputEsDto=WhatsappSenderInputEsDto,
)
