from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    scalar_items,
)
from .._enums import parse_union

T = TypeVar("T", bound="WhatsappPapiErrorDtoAdditionalInformation")


@_attrs_define
class WhatsappPapiErrorDtoAdditionalInformation:
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        whatsapp_papi_error_dto_additional_information = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> list[str]:
                    error: Exception | None = None
                    if isinstance(data, list):
                        try:
                            _additional_property_type_0 = data
                            additional_property_type_0 = scalar_items(
                                _additional_property_type_0, "string"
                            )

                            return additional_property_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as exc:
                            error = exc
                    raise no_variant("array", data, error)

                additional_property = parse_union(_parse_additional_property, prop_dict)

            except FieldMismatch as exc:
                raise exc.at(prop_name) from None
            additional_properties[prop_name] = additional_property

        whatsapp_papi_error_dto_additional_information.additional_properties = (
            additional_properties
        )
        return whatsapp_papi_error_dto_additional_information

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPapiErrorDtoAdditionalInformation.__init__.__globals__.update(
    WhatsappPapiErrorDtoAdditionalInformation=WhatsappPapiErrorDtoAdditionalInformation,
)
