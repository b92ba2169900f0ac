from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        number = d.pop("number")

        state = RcsTestNumberStatesEnum(d.pop("state"))

        submitted = d.pop("submitted")

        rcs_test_number_state_dto = cls(
            number=number,
            state=state,
            submitted=submitted,
        )

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
