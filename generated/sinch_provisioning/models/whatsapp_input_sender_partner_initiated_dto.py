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
from ..models.whatsapp_actions_enum import WhatsappActionsEnum
from ..models.whatsapp_sender_input_bot_region_enum import (
    WhatsappSenderInputBotRegionEnum,
)
from ..models.whatsapp_sender_input_meta_local_storages_enum import (
    WhatsappSenderInputMetaLocalStoragesEnum,
)
from ..models.whatsapp_sender_input_number_provider_type_enum import (
    WhatsappSenderInputNumberProviderTypeEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInputSenderPartnerInitiatedDto")


@_attrs_define
class WhatsappInputSenderPartnerInitiatedDto:
    """
    Attributes:
        phone_number_provider (WhatsappSenderInputNumberProviderTypeEnum): required; JSON key
            phoneNumberProvider; one of: CUSTOMER, SINCH.
        details (WhatsappInputSenderPartnerInitiatedDetailsDto): required; JSON key details.
        status (WhatsappActionsEnum | Unset): optional; JSON key status; one of: DRAFT, SUBMIT;
            default "SUBMIT".
        region (WhatsappSenderInputBotRegionEnum | Unset): optional; JSON key region; one of: BR,
            EU, US.
        meta_local_storage (WhatsappSenderInputMetaLocalStoragesEnum | Unset): optional; JSON key
            metaLocalStorage; one of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA.
        save_draft_on_failure (bool | Unset): optional; JSON key saveDraftOnFailure; default
            false.
    """

    phone_number_provider: WhatsappSenderInputNumberProviderTypeEnum
    details: WhatsappInputSenderPartnerInitiatedDetailsDto
    status: WhatsappActionsEnum | Unset = WhatsappActionsEnum.SUBMIT
    region: WhatsappSenderInputBotRegionEnum | Unset = UNSET
    meta_local_storage: WhatsappSenderInputMetaLocalStoragesEnum | Unset = UNSET
    save_draft_on_failure: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_provider = self.phone_number_provider.value

        details = self.details.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        meta_local_storage: str | Unset = UNSET
        if not isinstance(self.meta_local_storage, Unset):
            meta_local_storage = self.meta_local_storage.value

        save_draft_on_failure = self.save_draft_on_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumberProvider": phone_number_provider,
                "details": details,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if region is not UNSET:
            field_dict["region"] = region
        if meta_local_storage is not UNSET:
            field_dict["metaLocalStorage"] = meta_local_storage
        if save_draft_on_failure is not UNSET:
            field_dict["saveDraftOnFailure"] = save_draft_on_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_input_sender_partner_initiated_details_dto import (
            WhatsappInputSenderPartnerInitiatedDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            phone_number_provider = parse_enum(
                WhatsappSenderInputNumberProviderTypeEnum,
                d.pop("phoneNumberProvider", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("phoneNumberProvider") from None

        try:
            details = WhatsappInputSenderPartnerInitiatedDetailsDto.from_dict(
                d.pop("details", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _status = d.pop("status", UNSET)
            status: WhatsappActionsEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = parse_enum(WhatsappActionsEnum, _status)

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            _region = d.pop("region", UNSET)
            region: WhatsappSenderInputBotRegionEnum | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = parse_enum(WhatsappSenderInputBotRegionEnum, _region)

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
            save_draft_on_failure = d.pop("saveDraftOnFailure", UNSET)
            if (
                save_draft_on_failure is not UNSET
                and not type(save_draft_on_failure) is bool
            ):
                raise mismatch("boolean", save_draft_on_failure)

        except FieldMismatch as exc:
            raise exc.at("saveDraftOnFailure") from None

        whatsapp_input_sender_partner_initiated_dto = cls(
            phone_number_provider=phone_number_provider,
            details=details,
            status=status,
            region=region,
            meta_local_storage=meta_local_storage,
            save_draft_on_failure=save_draft_on_failure,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_sender_partner_initiated_dto.additional_properties = d
        return whatsapp_input_sender_partner_initiated_dto

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
from ..models.whatsapp_input_sender_partner_initiated_details_dto import (
    WhatsappInputSenderPartnerInitiatedDetailsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappInputSenderPartnerInitiatedDto.__init__.__globals__.update(
    WhatsappInputSenderPartnerInitiatedDto=WhatsappInputSenderPartnerInitiatedDto,
    WhatsappInputSenderPartnerInitiatedDetailsDto=WhatsappInputSenderPartnerInitiatedDetailsDto,
)
