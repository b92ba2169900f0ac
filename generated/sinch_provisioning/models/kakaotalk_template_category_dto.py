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
from ..models.kakaotalk_template_category_english_names_enum import (
    KakaotalkTemplateCategoryEnglishNamesEnum,
)
from ..models.kakaotalk_template_category_names_enum import (
    KakaotalkTemplateCategoryNamesEnum,
)

T = TypeVar("T", bound="KakaotalkTemplateCategoryDto")


@_attrs_define
class KakaotalkTemplateCategoryDto:
    """
    Attributes:
        name (KakaotalkTemplateCategoryNamesEnum): required; JSON key name; one of: 구매, 기타, 리포팅,
            배송, 법적고지, 서비스이용, 업무알림, 예약, 쿠폰/포인트, 회원, UNRECOGNIZED.
        name_english (KakaotalkTemplateCategoryEnglishNamesEnum): required; JSON key nameEnglish;
            one of: Business notification, Coupon/Points, Customer service, Legal notification,
            Membership, Others, Purchase, Reports, Reservation, Shipping, UNRECOGNIZED.
        subcategories (list[KakaotalkTemplateSubcategoryDto]): required; JSON key subcategories.
    """

    name: KakaotalkTemplateCategoryNamesEnum
    name_english: KakaotalkTemplateCategoryEnglishNamesEnum
    subcategories: list[KakaotalkTemplateSubcategoryDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        name_english = self.name_english.value

        subcategories = []
        for subcategories_item_data in self.subcategories:
            subcategories_item = subcategories_item_data.to_dict()
            subcategories.append(subcategories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "nameEnglish": name_english,
                "subcategories": subcategories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_template_subcategory_dto import (
            KakaotalkTemplateSubcategoryDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = parse_enum(
                KakaotalkTemplateCategoryNamesEnum, d.pop("name", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            name_english = parse_enum(
                KakaotalkTemplateCategoryEnglishNamesEnum, d.pop("nameEnglish", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("nameEnglish") from None

        try:
            _subcategories = d.pop("subcategories", MISSING)
            if not isinstance(_subcategories, list):
                raise mismatch("array", _subcategories)
            subcategories = []
            try:
                for subcategories_item_data in _subcategories:
                    subcategories_item = KakaotalkTemplateSubcategoryDto.from_dict(
                        subcategories_item_data
                    )

                    subcategories.append(subcategories_item)
            except FieldMismatch as exc:
                raise exc.at(len(subcategories)) from None

        except FieldMismatch as exc:
            raise exc.at("subcategories") from None

        kakaotalk_template_category_dto = cls(
            name=name,
            name_english=name_english,
            subcategories=subcategories,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_template_category_dto.additional_properties = d
        return kakaotalk_template_category_dto

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
from ..models.kakaotalk_template_subcategory_dto import KakaotalkTemplateSubcategoryDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkTemplateCategoryDto.__init__.__globals__.update(
    KakaotalkTemplateCategoryDto=KakaotalkTemplateCategoryDto,
    KakaotalkTemplateSubcategoryDto=KakaotalkTemplateSubcategoryDto,
)
