from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    unknown_field,
)
from .._enums import is_lenient
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            admin_phone_no = d.pop("adminPhoneNo", UNSET)
            if admin_phone_no is not UNSET and not isinstance(admin_phone_no, str):
                raise mismatch("string", admin_phone_no)

        except FieldMismatch as exc:
            raise exc.at("adminPhoneNo") from None

        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:

            def _parse_logo_image(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        logo_image_type_0 = data
                        if not isinstance(logo_image_type_0, str):
                            raise mismatch("string", logo_image_type_0)

                        return logo_image_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            logo_image = _parse_logo_image(d.pop("logoImage", UNSET))

        except FieldMismatch as exc:
            raise exc.at("logoImage") from None

        try:
            top_level_category_code = d.pop("topLevelCategoryCode", UNSET)
            if top_level_category_code is not UNSET and not isinstance(
                top_level_category_code, str
            ):
                raise mismatch("string", top_level_category_code)

        except FieldMismatch as exc:
            raise exc.at("topLevelCategoryCode") from None

        try:
            mid_level_category_code = d.pop("midLevelCategoryCode", UNSET)
            if mid_level_category_code is not UNSET and not isinstance(
                mid_level_category_code, str
            ):
                raise mismatch("string", mid_level_category_code)

        except FieldMismatch as exc:
            raise exc.at("midLevelCategoryCode") from None

        try:
            sub_level_category_code = d.pop("subLevelCategoryCode", UNSET)
            if sub_level_category_code is not UNSET and not isinstance(
                sub_level_category_code, str
            ):
                raise mismatch("string", sub_level_category_code)

        except FieldMismatch as exc:
            raise exc.at("subLevelCategoryCode") from None

        kakaotalk_input_update_sender_details_dto = cls(
            admin_phone_no=admin_phone_no,
            name=name,
            logo_image=logo_image,
            top_level_category_code=top_level_category_code,
            mid_level_category_code=mid_level_category_code,
            sub_level_category_code=sub_level_category_code,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
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


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkInputUpdateSenderDetailsDto.__init__.__globals__.update(
    KakaotalkInputUpdateSenderDetailsDto=KakaotalkInputUpdateSenderDetailsDto,
)
