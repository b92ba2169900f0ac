from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkPapiErrorDto")


@_attrs_define
class KakaotalkPapiErrorDto:
    """
    Attributes:
        error_code (str): required; JSON key errorCode.
        message (str): required; JSON key message.
        resolution (str): required; JSON key resolution.
        additional_information (KakaotalkPapiErrorDtoAdditionalInformation | Unset): optional;
            JSON key additionalInformation.
    """

    error_code: str
    message: str
    resolution: str
    additional_information: KakaotalkPapiErrorDtoAdditionalInformation | Unset = UNSET
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
        from ..models.kakaotalk_papi_error_dto_additional_information import (
            KakaotalkPapiErrorDtoAdditionalInformation,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            error_code = d.pop("errorCode", MISSING)
            if not isinstance(error_code, str):
                raise mismatch("string", error_code)

        except FieldMismatch as exc:
            raise exc.at("errorCode") from None

        try:
            message = d.pop("message", MISSING)
            if not isinstance(message, str):
                raise mismatch("string", message)

        except FieldMismatch as exc:
            raise exc.at("message") from None

        try:
            resolution = d.pop("resolution", MISSING)
            if not isinstance(resolution, str):
                raise mismatch("string", resolution)

        except FieldMismatch as exc:
            raise exc.at("resolution") from None

        try:
            _additional_information = d.pop("additionalInformation", UNSET)
            additional_information: KakaotalkPapiErrorDtoAdditionalInformation | Unset
            if isinstance(_additional_information, Unset):
                additional_information = UNSET
            else:
                additional_information = (
                    KakaotalkPapiErrorDtoAdditionalInformation.from_dict(
                        _additional_information
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("additionalInformation") from None

        kakaotalk_papi_error_dto = cls(
            error_code=error_code,
            message=message,
            resolution=resolution,
            additional_information=additional_information,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_papi_error_dto.additional_properties = d
        return kakaotalk_papi_error_dto

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
from ..models.kakaotalk_papi_error_dto_additional_information import (
    KakaotalkPapiErrorDtoAdditionalInformation,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkPapiErrorDto.__init__.__globals__.update(
    KakaotalkPapiErrorDto=KakaotalkPapiErrorDto,
    KakaotalkPapiErrorDtoAdditionalInformation=KakaotalkPapiErrorDtoAdditionalInformation,
)
