from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="RcsTestNumbersDto")


@_attrs_define
class RcsTestNumbersDto:
    """
    Attributes:
        test_numbers (list[RcsTestNumberStateDto]): required; JSON key testNumbers.
    """

    test_numbers: list[RcsTestNumberStateDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_numbers = []
        for test_numbers_item_data in self.test_numbers:
            test_numbers_item = test_numbers_item_data.to_dict()
            test_numbers.append(test_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "testNumbers": test_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_test_number_state_dto import RcsTestNumberStateDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _test_numbers = d.pop("testNumbers", MISSING)
            if not isinstance(_test_numbers, list):
                raise mismatch("array", _test_numbers)
            test_numbers = []
            try:
                for test_numbers_item_data in _test_numbers:
                    test_numbers_item = RcsTestNumberStateDto.from_dict(
                        test_numbers_item_data
                    )

                    test_numbers.append(test_numbers_item)
            except FieldMismatch as exc:
                raise exc.at(len(test_numbers)) from None

        except FieldMismatch as exc:
            raise exc.at("testNumbers") from None

        rcs_test_numbers_dto = cls(
            test_numbers=test_numbers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_test_numbers_dto.additional_properties = d
        return rcs_test_numbers_dto

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
from ..models.rcs_test_number_state_dto import RcsTestNumberStateDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsTestNumbersDto.__init__.__globals__.update(
    RcsTestNumbersDto=RcsTestNumbersDto,
    RcsTestNumberStateDto=RcsTestNumberStateDto,
)
