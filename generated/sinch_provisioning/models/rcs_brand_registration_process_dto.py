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
from ..models.rcs_brand_registration_process_statuses_enum import (
    RcsBrandRegistrationProcessStatusesEnum,
)

T = TypeVar("T", bound="RcsBrandRegistrationProcessDto")


@_attrs_define
class RcsBrandRegistrationProcessDto:
    """
    Attributes:
        id (str): required; JSON key id.
        status (RcsBrandRegistrationProcessStatusesEnum): required; JSON key status; one of:
            ARCHIVED, COMPLETED, INCOMPLETE, MANUAL_REVIEW, NEW, PENDING, PENDING_REVIEW, REJECTED,
            UNRECOGNIZED, UNSPECIFIED.
    """

    id: str
    status: RcsBrandRegistrationProcessStatusesEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
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
            status = parse_enum(
                RcsBrandRegistrationProcessStatusesEnum, d.pop("status", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("status") from None

        rcs_brand_registration_process_dto = cls(
            id=id,
            status=status,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_brand_registration_process_dto.additional_properties = d
        return rcs_brand_registration_process_dto

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
RcsBrandRegistrationProcessDto.__init__.__globals__.update(
    RcsBrandRegistrationProcessDto=RcsBrandRegistrationProcessDto,
)
