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

T = TypeVar("T", bound="KakaotalkSenderCategoryListDto")


@_attrs_define
class KakaotalkSenderCategoryListDto:
    """
    Attributes:
        categories (list[KakaotalkSenderCategoryDto]): required; JSON key categories.
    """

    categories: list[KakaotalkSenderCategoryDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_sender_category_dto import KakaotalkSenderCategoryDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _categories = d.pop("categories", MISSING)
            if not isinstance(_categories, list):
                raise mismatch("array", _categories)
            categories = []
            try:
                for categories_item_data in _categories:
                    categories_item = KakaotalkSenderCategoryDto.from_dict(
                        categories_item_data
                    )

                    categories.append(categories_item)
            except FieldMismatch as exc:
                raise exc.at(len(categories)) from None

        except FieldMismatch as exc:
            raise exc.at("categories") from None

        kakaotalk_sender_category_list_dto = cls(
            categories=categories,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_sender_category_list_dto.additional_properties = d
        return kakaotalk_sender_category_list_dto

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
from ..models.kakaotalk_sender_category_dto import KakaotalkSenderCategoryDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkSenderCategoryListDto.__init__.__globals__.update(
    KakaotalkSenderCategoryListDto=KakaotalkSenderCategoryListDto,
    KakaotalkSenderCategoryDto=KakaotalkSenderCategoryDto,
)
