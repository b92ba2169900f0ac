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

T = TypeVar("T", bound="BundlesSubprojectInputDto")


@_attrs_define
class BundlesSubprojectInputDto:
    """
    Attributes:
        name (str | Unset): optional; JSON key name; length 1-255.
        labels (BundlesSubprojectInputDtoLabels | Unset): optional; JSON key labels.
    """

    name: str | Unset = UNSET
    labels: BundlesSubprojectInputDtoLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.bundles_subproject_input_dto_labels import (
            BundlesSubprojectInputDtoLabels,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            _labels = d.pop("labels", UNSET)
            labels: BundlesSubprojectInputDtoLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = BundlesSubprojectInputDtoLabels.from_dict(_labels)

        except FieldMismatch as exc:
            raise exc.at("labels") from None

        bundles_subproject_input_dto = cls(
            name=name,
            labels=labels,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_subproject_input_dto.additional_properties = d
        return bundles_subproject_input_dto

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
from ..models.bundles_subproject_input_dto_labels import BundlesSubprojectInputDtoLabels

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesSubprojectInputDto.__init__.__globals__.update(
    BundlesSubprojectInputDto=BundlesSubprojectInputDto,
    BundlesSubprojectInputDtoLabels=BundlesSubprojectInputDtoLabels,
)
