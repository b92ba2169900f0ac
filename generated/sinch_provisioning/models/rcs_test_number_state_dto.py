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
from ..models.rcs_test_number_states_enum import RcsTestNumberStatesEnum

T = TypeVar("T", bound="RcsTestNumberStateDto")


@_attrs_define
class RcsTestNumberStateDto:
    """
    Attributes:
        number (str): required; JSON key number; format e.164 phone number: E.164 number ('+' then
            2-15 digits, the first not 0).
        state (RcsTestNumberStatesEnum): required; JSON key state; one of: DECLINED, EXPIRED,
            FAILED, INVALID, PENDING, REJECTED, UNVERIFIED, VERIFIED, UNRECOGNIZED.
        submitted (str): required; JSON key submitted.
    """

    number: str
    state: RcsTestNumberStatesEnum
    submitted: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        state = self.state.value

        submitted = self.submitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "state": state,
                "submitted": submitted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            number = d.pop("number", MISSING)
            if not isinstance(number, str):
                raise mismatch("string", number)

        except FieldMismatch as exc:
            raise exc.at("number") from None

        try:
            state = parse_enum(RcsTestNumberStatesEnum, d.pop("state", MISSING))

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            submitted = d.pop("submitted", MISSING)
            if not isinstance(submitted, str):
                raise mismatch("string", submitted)

        except FieldMismatch as exc:
            raise exc.at("submitted") from None

        rcs_test_number_state_dto = cls(
            number=number,
            state=state,
            submitted=submitted,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_test_number_state_dto.additional_properties = d
        return rcs_test_number_state_dto

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
RcsTestNumberStateDto.__init__.__globals__.update(
    RcsTestNumberStateDto=RcsTestNumberStateDto,
)
