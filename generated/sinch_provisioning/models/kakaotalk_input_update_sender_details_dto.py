from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkInputUpdateSenderDetailsDto")


@_attrs_define
class KakaotalkInputUpdateSenderDetailsDto:
    """
    Attributes:
        admin_phone_no (str | Unset): optional; JSON key adminPhoneNo; format phone number; length
            1-15.
        name (str | Unset): optional; JSON key name; length 1-512.
        logo_image (None | str | Unset): optional; JSON key logoImage; format url.
        top_level_category_code (str | Unset): optional; JSON key topLevelCategoryCode.
        mid_level_category_code (str | Unset): optional; JSON key midLevelCategoryCode.
        sub_level_category_code (str | Unset): optional; JSON key subLevelCategoryCode.
    """

    admin_phone_no: str | Unset = UNSET
    name: str | Unset = UNSET
    logo_image: None | str | Unset = UNSET
    top_level_category_code: str | Unset = UNSET
    mid_level_category_code: str | Unset = UNSET
    sub_level_category_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_phone_no = self.admin_phone_no

        name = self.name

        logo_image: None | str | Unset
        if isinstance(self.logo_image, Unset):
            logo_image = UNSET
        else:
            logo_image = self.logo_image

        top_level_category_code = self.top_level_category_code

        mid_level_category_code = self.mid_level_category_code

        sub_level_category_code = self.sub_level_category_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_phone_no is not UNSET:
            field_dict["adminPhoneNo"] = admin_phone_no
        if name is not UNSET:
            field_dict["name"] = name
        if logo_image is not UNSET:
            field_dict["logoImage"] = logo_image
        if top_level_category_code is not UNSET:
            field_dict["topLevelCategoryCode"] = top_level_category_code
        if mid_level_category_code is not UNSET:
            field_dict["midLevelCategoryCode"] = mid_level_category_code
        if sub_level_category_code is not UNSET:
            field_dict["subLevelCategoryCode"] = sub_level_category_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        admin_phone_no = d.pop("adminPhoneNo", UNSET)

        name = d.pop("name", UNSET)

        def _parse_logo_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_image = _parse_logo_image(d.pop("logoImage", UNSET))

        top_level_category_code = d.pop("topLevelCategoryCode", UNSET)

        mid_level_category_code = d.pop("midLevelCategoryCode", UNSET)

        sub_level_category_code = d.pop("subLevelCategoryCode", UNSET)

        kakaotalk_input_update_sender_details_dto = cls(
            admin_phone_no=admin_phone_no,
            name=name,
            logo_image=logo_image,
            top_level_category_code=top_level_category_code,
            mid_level_category_code=mid_level_category_code,
            sub_level_category_code=sub_level_category_code,
        )

        kakaotalk_input_update_sender_details_dto.additional_properties = d
        return kakaotalk_input_update_sender_details_dto

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
