from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationPapiErrorDtoAdditionalInformation")


@_attrs_define
class ConversationPapiErrorDtoAdditionalInformation:
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        conversation_papi_error_dto_additional_information = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[str]:
                if not isinstance(data, list):
                    raise TypeError()
                additional_property_type_0 = cast(list[str], data)

                return additional_property_type_0

            from sinch_provisioning._enums import parse_union

            additional_property = parse_union(_parse_additional_property, prop_dict)

            additional_properties[prop_name] = additional_property

        conversation_papi_error_dto_additional_information.additional_properties = (
            additional_properties
        )
        return conversation_papi_error_dto_additional_information

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
