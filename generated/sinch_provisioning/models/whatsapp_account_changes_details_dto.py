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

T = TypeVar("T", bound="WhatsappAccountChangesDetailsDto")


@_attrs_define
class WhatsappAccountChangesDetailsDto:
    """
    Attributes:
        client_business_manager_id (str | Unset): optional; JSON key clientBusinessManagerId.
        company_legal_name (str | Unset): optional; JSON key companyLegalName; deprecated.
        waba_name (str | Unset): optional; JSON key wabaName.
        sender_details (WhatsappAccountSenderRelatedChangesDetailsDto | Unset): optional; JSON key
            senderDetails.
    """

    client_business_manager_id: str | Unset = UNSET
    company_legal_name: str | Unset = UNSET
    waba_name: str | Unset = UNSET
    sender_details: WhatsappAccountSenderRelatedChangesDetailsDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_business_manager_id = self.client_business_manager_id

        company_legal_name = self.company_legal_name

        waba_name = self.waba_name

        sender_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender_details, Unset):
            sender_details = self.sender_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_business_manager_id is not UNSET:
            field_dict["clientBusinessManagerId"] = client_business_manager_id
        if company_legal_name is not UNSET:
            field_dict["companyLegalName"] = company_legal_name
        if waba_name is not UNSET:
            field_dict["wabaName"] = waba_name
        if sender_details is not UNSET:
            field_dict["senderDetails"] = sender_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_account_sender_related_changes_details_dto import (
            WhatsappAccountSenderRelatedChangesDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            client_business_manager_id = d.pop("clientBusinessManagerId", UNSET)
            if client_business_manager_id is not UNSET and not isinstance(
                client_business_manager_id, str
            ):
                raise mismatch("string", client_business_manager_id)

        except FieldMismatch as exc:
            raise exc.at("clientBusinessManagerId") from None

        try:
            company_legal_name = d.pop("companyLegalName", UNSET)
            if company_legal_name is not UNSET and not isinstance(
                company_legal_name, str
            ):
                raise mismatch("string", company_legal_name)

        except FieldMismatch as exc:
            raise exc.at("companyLegalName") from None

        try:
            waba_name = d.pop("wabaName", UNSET)
            if waba_name is not UNSET and not isinstance(waba_name, str):
                raise mismatch("string", waba_name)

        except FieldMismatch as exc:
            raise exc.at("wabaName") from None

        try:
            _sender_details = d.pop("senderDetails", UNSET)
            sender_details: WhatsappAccountSenderRelatedChangesDetailsDto | Unset
            if isinstance(_sender_details, Unset):
                sender_details = UNSET
            else:
                sender_details = (
                    WhatsappAccountSenderRelatedChangesDetailsDto.from_dict(
                        _sender_details
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("senderDetails") from None

        whatsapp_account_changes_details_dto = cls(
            client_business_manager_id=client_business_manager_id,
            company_legal_name=company_legal_name,
            waba_name=waba_name,
            sender_details=sender_details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_account_changes_details_dto.additional_properties = d
        return whatsapp_account_changes_details_dto

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
from ..models.whatsapp_account_sender_related_changes_details_dto import (
    WhatsappAccountSenderRelatedChangesDetailsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappAccountChangesDetailsDto.__init__.__globals__.update(
    WhatsappAccountChangesDetailsDto=WhatsappAccountChangesDetailsDto,
    WhatsappAccountSenderRelatedChangesDetailsDto=WhatsappAccountSenderRelatedChangesDetailsDto,
)
