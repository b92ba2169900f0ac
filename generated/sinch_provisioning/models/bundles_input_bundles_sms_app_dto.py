from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesInputBundlesSmsAppDto")


@_attrs_define
class BundlesInputBundlesSmsAppDto:
    """
    Attributes:
        test (bool | Unset): optional; JSON key test; deprecated; default false.
        name (str | Unset): optional; JSON key name; length 1-255.
    """

    test: bool | Unset = False
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test = self.test

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test is not UNSET:
            field_dict["test"] = test
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        test = d.pop("test", UNSET)

        name = d.pop("name", UNSET)

        bundles_input_bundles_sms_app_dto = cls(
            test=test,
            name=name,
        )

        bundles_input_bundles_sms_app_dto.additional_properties = d
        return bundles_input_bundles_sms_app_dto

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
