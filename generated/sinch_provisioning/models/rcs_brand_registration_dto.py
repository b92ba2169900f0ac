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
from ..models.rcs_brand_registration_statuses_enum import (
    RcsBrandRegistrationStatusesEnum,
)

T = TypeVar("T", bound="RcsBrandRegistrationDto")


@_attrs_define
class RcsBrandRegistrationDto:
    """
    Attributes:
        id (str): required; JSON key id.
        status (RcsBrandRegistrationStatusesEnum): required; JSON key status; one of: ARCHIVED,
            COMPLETED, DRAFT, UNRECOGNIZED, UNSPECIFIED.
        registration (RcsBrandRegistrationProcessDto): required; JSON key registration.
    """

    id: str
    status: RcsBrandRegistrationStatusesEnum
    registration: RcsBrandRegistrationProcessDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        registration = self.registration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_brand_registration_process_dto import (
            RcsBrandRegistrationProcessDto,
        )

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
                RcsBrandRegistrationStatusesEnum, d.pop("status", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            registration = RcsBrandRegistrationProcessDto.from_dict(
                d.pop("registration", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("registration") from None

        rcs_brand_registration_dto = cls(
            id=id,
            status=status,
            registration=registration,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_brand_registration_dto.additional_properties = d
        return rcs_brand_registration_dto

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
from ..models.rcs_brand_registration_process_dto import RcsBrandRegistrationProcessDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsBrandRegistrationDto.__init__.__globals__.update(
    RcsBrandRegistrationDto=RcsBrandRegistrationDto,
    RcsBrandRegistrationProcessDto=RcsBrandRegistrationProcessDto,
)
