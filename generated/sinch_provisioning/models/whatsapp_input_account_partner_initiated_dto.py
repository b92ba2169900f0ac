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
from ..models.whatsapp_input_business_managers_enum import (
    WhatsappInputBusinessManagersEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInputAccountPartnerInitiatedDto")


@_attrs_define
class WhatsappInputAccountPartnerInitiatedDto:
    """
    Attributes:
        waba_name (str): required; JSON key wabaName; length 1-255.
        client_business_manager_id (str): required; JSON key clientBusinessManagerId; length
            1-255.
        sender_details (WhatsappInputAccountSenderRelatedDetailsDto): required; JSON key
            senderDetails.
        business_manager (WhatsappInputBusinessManagersEnum | Unset): optional; JSON key
            businessManager; one of: SINCH_AMERICA, SINCH_BR, SINCH_MX, SINCH_SEP, SINCH_UK.
    """

    waba_name: str
    client_business_manager_id: str
    sender_details: WhatsappInputAccountSenderRelatedDetailsDto
    business_manager: WhatsappInputBusinessManagersEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_name = self.waba_name

        client_business_manager_id = self.client_business_manager_id

        sender_details = self.sender_details.to_dict()

        business_manager: str | Unset = UNSET
        if not isinstance(self.business_manager, Unset):
            business_manager = self.business_manager.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wabaName": waba_name,
                "clientBusinessManagerId": client_business_manager_id,
                "senderDetails": sender_details,
            }
        )
        if business_manager is not UNSET:
            field_dict["businessManager"] = business_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_input_account_sender_related_details_dto import (
            WhatsappInputAccountSenderRelatedDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            waba_name = d.pop("wabaName", MISSING)
            if not isinstance(waba_name, str):
                raise mismatch("string", waba_name)

        except FieldMismatch as exc:
            raise exc.at("wabaName") from None

        try:
            client_business_manager_id = d.pop("clientBusinessManagerId", MISSING)
            if not isinstance(client_business_manager_id, str):
                raise mismatch("string", client_business_manager_id)

        except FieldMismatch as exc:
            raise exc.at("clientBusinessManagerId") from None

        try:
            sender_details = WhatsappInputAccountSenderRelatedDetailsDto.from_dict(
                d.pop("senderDetails", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("senderDetails") from None

        try:
            _business_manager = d.pop("businessManager", UNSET)
            business_manager: WhatsappInputBusinessManagersEnum | Unset
            if isinstance(_business_manager, Unset):
                business_manager = UNSET
            else:
                business_manager = parse_enum(
                    WhatsappInputBusinessManagersEnum, _business_manager
                )

        except FieldMismatch as exc:
            raise exc.at("businessManager") from None

        whatsapp_input_account_partner_initiated_dto = cls(
            waba_name=waba_name,
            client_business_manager_id=client_business_manager_id,
            sender_details=sender_details,
            business_manager=business_manager,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_account_partner_initiated_dto.additional_properties = d
        return whatsapp_input_account_partner_initiated_dto

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
from ..models.whatsapp_input_account_sender_related_details_dto import (
    WhatsappInputAccountSenderRelatedDetailsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappInputAccountPartnerInitiatedDto.__init__.__globals__.update(
    WhatsappInputAccountPartnerInitiatedDto=WhatsappInputAccountPartnerInitiatedDto,
    WhatsappInputAccountSenderRelatedDetailsDto=WhatsappInputAccountSenderRelatedDetailsDto,
)
