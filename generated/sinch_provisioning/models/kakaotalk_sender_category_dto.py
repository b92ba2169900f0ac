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

T = TypeVar("T", bound="KakaotalkSenderCategoryDto")


@_attrs_define
class KakaotalkSenderCategoryDto:
    """
    Attributes:
        parent_code (str): required; JSON key parentCode; length 0-4.
        depth (float): required; JSON key depth; value 1-3.
        code (str): required; JSON key code; length 3-4.
        name (str): required; JSON key name.
        subcategories (list[KakaotalkSenderCategoryDto]): required; JSON key subcategories.
    """

    parent_code: str
    depth: float
    code: str
    name: str
    subcategories: list[KakaotalkSenderCategoryDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_code = self.parent_code

        depth = self.depth

        code = self.code

        name = self.name

        subcategories = []
        for subcategories_item_data in self.subcategories:
            subcategories_item = subcategories_item_data.to_dict()
            subcategories.append(subcategories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parentCode": parent_code,
                "depth": depth,
                "code": code,
                "name": name,
                "subcategories": subcategories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            parent_code = d.pop("parentCode", MISSING)
            if not isinstance(parent_code, str):
                raise mismatch("string", parent_code)

        except FieldMismatch as exc:
            raise exc.at("parentCode") from None

        try:
            depth = d.pop("depth", MISSING)
            if not (type(depth) is float or type(depth) is int):
                raise mismatch("number", depth)

        except FieldMismatch as exc:
            raise exc.at("depth") from None

        try:
            code = d.pop("code", MISSING)
            if not isinstance(code, str):
                raise mismatch("string", code)

        except FieldMismatch as exc:
            raise exc.at("code") from None

        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            _subcategories = d.pop("subcategories", MISSING)
            if not isinstance(_subcategories, list):
                raise mismatch("array", _subcategories)
            subcategories = []
            try:
                for subcategories_item_data in _subcategories:
                    subcategories_item = KakaotalkSenderCategoryDto.from_dict(
                        subcategories_item_data
                    )

                    subcategories.append(subcategories_item)
            except FieldMismatch as exc:
                raise exc.at(len(subcategories)) from None

        except FieldMismatch as exc:
            raise exc.at("subcategories") from None

        kakaotalk_sender_category_dto = cls(
            parent_code=parent_code,
            depth=depth,
            code=code,
            name=name,
            subcategories=subcategories,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_sender_category_dto.additional_properties = d
        return kakaotalk_sender_category_dto

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
KakaotalkSenderCategoryDto.__init__.__globals__.update(
    KakaotalkSenderCategoryDto=KakaotalkSenderCategoryDto,
)
