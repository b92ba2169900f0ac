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
from ..models.bundles_subproject_status_enum import BundlesSubprojectStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesSubprojectDto")


@_attrs_define
class BundlesSubprojectDto:
    """
    Attributes:
        id (str): required; JSON key id.
        name (str): required; JSON key name; length <= 255.
        parent_project_id (str): required; JSON key parentProjectId.
        status (BundlesSubprojectStatusEnum): required; JSON key status; one of: PENDING, READY.
        labels (BundlesSubprojectDtoLabels | Unset): optional; JSON key labels.
    """

    id: str
    name: str
    parent_project_id: str
    status: BundlesSubprojectStatusEnum
    labels: BundlesSubprojectDtoLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_project_id = self.parent_project_id

        status = self.status.value

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "parentProjectId": parent_project_id,
                "status": status,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.bundles_subproject_dto_labels import BundlesSubprojectDtoLabels

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id", MISSING)
            if not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            parent_project_id = d.pop("parentProjectId", MISSING)
            if not isinstance(parent_project_id, str):
                raise mismatch("string", parent_project_id)

        except FieldMismatch as exc:
            raise exc.at("parentProjectId") from None

        try:
            status = parse_enum(BundlesSubprojectStatusEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            _labels = d.pop("labels", UNSET)
            labels: BundlesSubprojectDtoLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = BundlesSubprojectDtoLabels.from_dict(_labels)

        except FieldMismatch as exc:
            raise exc.at("labels") from None

        bundles_subproject_dto = cls(
            id=id,
            name=name,
            parent_project_id=parent_project_id,
            status=status,
            labels=labels,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_subproject_dto.additional_properties = d
        return bundles_subproject_dto

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
from ..models.bundles_subproject_dto_labels import BundlesSubprojectDtoLabels

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesSubprojectDto.__init__.__globals__.update(
    BundlesSubprojectDto=BundlesSubprojectDto,
    BundlesSubprojectDtoLabels=BundlesSubprojectDtoLabels,
)
