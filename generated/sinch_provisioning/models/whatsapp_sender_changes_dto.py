from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..models.whatsapp_sender_error_code_enum import WhatsappSenderErrorCodeEnum
from ..models.whatsapp_sender_statuses_enum import WhatsappSenderStatusesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappSenderChangesDto")


@_attrs_define
class WhatsappSenderChangesDto:
    """
    Attributes:
        status (WhatsappSenderStatusesEnum): required; JSON key status; one of: DRAFT, ERROR,
            IN_PROGRESS, MULTIPLE_WABA_ERROR, REJECTED.
        details (Unset | WhatsappSenderChangesDetailsDto | WhatsappSenderDetailsDto): optional;
            JSON key details.
        error_reason (str | Unset): optional; JSON key errorReason.
        error_code (WhatsappSenderErrorCodeEnum | Unset): optional; JSON key errorCode; one of:
            CANNOT_ASSIGN_CREDIT_LINE, CANNOT_ASSIGN_SYSTEM_USER, CANNOT_CREATE_NEW_WHATSAPP_SENDER,
            CANNOT_CREATE_WABA_FOR_BUSINESS, CANNOT_GET_DETAILS_FOR_CLOUD_API,
            CANNOT_GET_WABA_DETAILS, CANNOT_REGISTER_NEW_WHATSAPP_SENDER,
            CANNOT_REGISTER_TO_CLOUD_API, CANNOT_SUBSCRIBE_TO_CLOUD_API, CANNOT_SUBSCRIBE_TO_WEBHOOK,
            DUPLICATES_ON_SENDER_PHONE_NUMBER, FAILED_TO_FETCH_APPROVED_MESSAGE_TEMPLATES,
            MULTIPLE_WABA_FOR_PROJECT_ID, NO_CERTIFICATE_AVAILABLE, NO_NOVA_ACCOUNT_ID,
            NO_PRICING_PLAN, NO_PROJECT_ID, NO_VERIFIED_PHONE_NUMBER,
            NOT_VERIFIED_REQUESTED_PHONE_NUMBER, NOT_VERIFY_BUSINESS_VIA_WHATSAPP,
            NOVA_ACCOUNT_ID_CONFLICT, PROJECT_ID_CONFLICT,
            REQUESTED_PHONE_NUMBER_OR_COUNTRY_CODE_CONFLICT, SENDER_HAS_BEEN_DELETED,
            WABA_CONNECTED_TO_ANOTHER_PROJECT, UNKNOWN_ERROR, UNRECOGNIZED.
    """

    status: WhatsappSenderStatusesEnum
    details: Unset | WhatsappSenderChangesDetailsDto | WhatsappSenderDetailsDto = UNSET
    error_reason: str | Unset = UNSET
    error_code: WhatsappSenderErrorCodeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_sender_details_dto import WhatsappSenderDetailsDto

        status = self.status.value

        details: dict[str, Any] | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, WhatsappSenderDetailsDto):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        error_reason = self.error_reason

        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_sender_changes_details_dto import (
            WhatsappSenderChangesDetailsDto,
        )
        from ..models.whatsapp_sender_details_dto import WhatsappSenderDetailsDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            status = parse_enum(WhatsappSenderStatusesEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:

            def _parse_details(
                data: object,
            ) -> Unset | WhatsappSenderChangesDetailsDto | WhatsappSenderDetailsDto:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    try:
                        details_type_0 = WhatsappSenderDetailsDto.from_dict(data)

                        return details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        details_type_1 = WhatsappSenderChangesDetailsDto.from_dict(data)

                        return details_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            details = parse_union(_parse_details, d.pop("details", UNSET))

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            error_reason = d.pop("errorReason", UNSET)
            if error_reason is not UNSET and not isinstance(error_reason, str):
                raise mismatch("string", error_reason)

        except FieldMismatch as exc:
            raise exc.at("errorReason") from None

        try:
            _error_code = d.pop("errorCode", UNSET)
            error_code: WhatsappSenderErrorCodeEnum | Unset
            if isinstance(_error_code, Unset):
                error_code = UNSET
            else:
                error_code = parse_enum(WhatsappSenderErrorCodeEnum, _error_code)

        except FieldMismatch as exc:
            raise exc.at("errorCode") from None

        whatsapp_sender_changes_dto = cls(
            status=status,
            details=details,
            error_reason=error_reason,
            error_code=error_code,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_sender_changes_dto.additional_properties = d
        return whatsapp_sender_changes_dto

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
from ..models.whatsapp_sender_changes_details_dto import WhatsappSenderChangesDetailsDto
from ..models.whatsapp_sender_details_dto import WhatsappSenderDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappSenderChangesDto.__init__.__globals__.update(
    WhatsappSenderChangesDto=WhatsappSenderChangesDto,
    WhatsappSenderChangesDetailsDto=WhatsappSenderChangesDetailsDto,
    WhatsappSenderDetailsDto=WhatsappSenderDetailsDto,
)
