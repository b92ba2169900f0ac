from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
)

T = TypeVar("T", bound="BundlesSubprojectDtoLabels")


@_attrs_define
class BundlesSubprojectDtoLabels:
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        bundles_subproject_dto_labels = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = prop_dict
                if not isinstance(additional_property, str):
                    raise mismatch("string", additional_property)

            except FieldMismatch as exc:
                raise exc.at(prop_name) from None
            additional_properties[prop_name] = additional_property

        bundles_subproject_dto_labels.additional_properties = additional_properties
        return bundles_subproject_dto_labels

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesSubprojectDtoLabels.__init__.__globals__.update(
    BundlesSubprojectDtoLabels=BundlesSubprojectDtoLabels,
)
