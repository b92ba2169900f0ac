from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        partner_app_id = d.pop("partnerAppId")

        error_code = WhatsappFailedSolutionErrorsEnum(d.pop("errorCode"))

        error_message = d.pop("errorMessage", UNSET)

        whatsapp_failed_solution_dto = cls(
            partner_app_id=partner_app_id,
            error_code=error_code,
            error_message=error_message,
        )

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
