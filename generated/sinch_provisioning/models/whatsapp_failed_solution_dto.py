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
from ..models.whatsapp_failed_solution_errors_enum import (
    WhatsappFailedSolutionErrorsEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappFailedSolutionDto")


@_attrs_define
class WhatsappFailedSolutionDto:
    """
    Attributes:
        partner_app_id (str): required; JSON key partnerAppId; read-only.
        error_code (WhatsappFailedSolutionErrorsEnum): required; JSON key errorCode; read-only;
            one of: ACTIVATION_FAILED, CREATION_FAILED, UNRECOGNIZED.
        error_message (str | Unset): optional; JSON key errorMessage; read-only.
    """

    partner_app_id: str
    error_code: WhatsappFailedSolutionErrorsEnum
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_app_id = self.partner_app_id

        error_code = self.error_code.value

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partnerAppId": partner_app_id,
                "errorCode": error_code,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            partner_app_id = d.pop("partnerAppId", MISSING)
            if not isinstance(partner_app_id, str):
                raise mismatch("string", partner_app_id)

        except FieldMismatch as exc:
            raise exc.at("partnerAppId") from None

        try:
            error_code = parse_enum(
                WhatsappFailedSolutionErrorsEnum, d.pop("errorCode", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("errorCode") from None

        try:
            error_message = d.pop("errorMessage", UNSET)
            if error_message is not UNSET and not isinstance(error_message, str):
                raise mismatch("string", error_message)

        except FieldMismatch as exc:
            raise exc.at("errorMessage") from None

        whatsapp_failed_solution_dto = cls(
            partner_app_id=partner_app_id,
            error_code=error_code,
            error_message=error_message,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_failed_solution_dto.additional_properties = d
        return whatsapp_failed_solution_dto

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
WhatsappFailedSolutionDto.__init__.__globals__.update(
    WhatsappFailedSolutionDto=WhatsappFailedSolutionDto,
)
