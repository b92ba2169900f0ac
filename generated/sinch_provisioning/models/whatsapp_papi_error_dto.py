from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPapiErrorDto")


@_attrs_define
class WhatsappPapiErrorDto:
    """
    Attributes:
        error_code (str): required; JSON key errorCode.
        message (str): required; JSON key message.
        resolution (str): required; JSON key resolution.
        additional_information (WhatsappPapiErrorDtoAdditionalInformation | Unset): optional; JSON
            key additionalInformation.
    """

    error_code: str
    message: str
    resolution: str
    additional_information: WhatsappPapiErrorDtoAdditionalInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        resolution = self.resolution

        additional_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_information, Unset):
            additional_information = self.additional_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "message": message,
                "resolution": resolution,
            }
        )
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_papi_error_dto_additional_information import (
            WhatsappPapiErrorDtoAdditionalInformation,
        )

        d = dict(src_dict)
        error_code = d.pop("errorCode")

        message = d.pop("message")

        resolution = d.pop("resolution")

        _additional_information = d.pop("additionalInformation", UNSET)
        additional_information: WhatsappPapiErrorDtoAdditionalInformation | Unset
        if isinstance(_additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = (
                WhatsappPapiErrorDtoAdditionalInformation.from_dict(
                    _additional_information
                )
            )

        whatsapp_papi_error_dto = cls(
            error_code=error_code,
            message=message,
            resolution=resolution,
            additional_information=additional_information,
        )

        whatsapp_papi_error_dto.additional_properties = d
        return whatsapp_papi_error_dto

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
from ..models.whatsapp_papi_error_dto_additional_information import (
    WhatsappPapiErrorDtoAdditionalInformation,
)
