from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kakaotalk_template_subcategory_english_names_enum import (
    KakaotalkTemplateSubcategoryEnglishNamesEnum,
)
from ..models.kakaotalk_template_subcategory_names_enum import (
    KakaotalkTemplateSubcategoryNamesEnum,
)

T = TypeVar("T", bound="KakaotalkTemplateSubcategoryDto")


@_attrs_define
class KakaotalkTemplateSubcategoryDto:
    """
    Attributes:
        code (str):
        name (KakaotalkTemplateSubcategoryNamesEnum):
        name_english (KakaotalkTemplateSubcategoryEnglishNamesEnum):
        group_name (str):
        inclusion (str):
        exclusion (str):
    """

    code: str
    name: KakaotalkTemplateSubcategoryNamesEnum
    name_english: KakaotalkTemplateSubcategoryEnglishNamesEnum
    group_name: str
    inclusion: str
    exclusion: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name.value

        name_english = self.name_english.value

        group_name = self.group_name

        inclusion = self.inclusion

        exclusion = self.exclusion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "nameEnglish": name_english,
                "groupName": group_name,
                "inclusion": inclusion,
                "exclusion": exclusion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        code = d.pop("code")

        name = KakaotalkTemplateSubcategoryNamesEnum(d.pop("name"))

        name_english = KakaotalkTemplateSubcategoryEnglishNamesEnum(
            d.pop("nameEnglish")
        )

        group_name = d.pop("groupName")

        inclusion = d.pop("inclusion")

        exclusion = d.pop("exclusion")

        kakaotalk_template_subcategory_dto = cls(
            code=code,
            name=name,
            name_english=name_english,
            group_name=group_name,
            inclusion=inclusion,
            exclusion=exclusion,
        )

        kakaotalk_template_subcategory_dto.additional_properties = d
        return kakaotalk_template_subcategory_dto

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
