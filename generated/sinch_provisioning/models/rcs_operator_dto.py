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
from ..models.rcs_operator_status_enum import RcsOperatorStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsOperatorDto")


@_attrs_define
class RcsOperatorDto:
    """
    Attributes:
        name (str): required; JSON key name.
        status (RcsOperatorStatusEnum): required; JSON key status; one of: LAUNCHED, NOT_LAUNCHED,
            PENDING, PENDING_UNLAUNCHED, REJECTED, SUSPENDED, UNLAUNCHED,
            INVALID_IN_GOOGLE_MY_BUSINESS, UNRECOGNIZED.
        remark (str | Unset): optional; JSON key remark.
        modified (str | Unset): optional; JSON key modified.
    """

    name: str
    status: RcsOperatorStatusEnum
    remark: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        remark = self.remark

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            status = parse_enum(RcsOperatorStatusEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            remark = d.pop("remark", UNSET)
            if remark is not UNSET and not isinstance(remark, str):
                raise mismatch("string", remark)

        except FieldMismatch as exc:
            raise exc.at("remark") from None

        try:
            modified = d.pop("modified", UNSET)
            if modified is not UNSET and not isinstance(modified, str):
                raise mismatch("string", modified)

        except FieldMismatch as exc:
            raise exc.at("modified") from None

        rcs_operator_dto = cls(
            name=name,
            status=status,
            remark=remark,
            modified=modified,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_operator_dto.additional_properties = d
        return rcs_operator_dto

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
RcsOperatorDto.__init__.__globals__.update(
    RcsOperatorDto=RcsOperatorDto,
)
