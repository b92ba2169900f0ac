from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.kakaotalk_kakao_talk_button_type_enum import (
    KakaotalkKakaoTalkButtonTypeEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkButtonDto")


@_attrs_define
class KakaotalkButtonDto:
    """
    Attributes:
        ordering (float | Unset): optional; JSON key ordering.
        type_ (KakaotalkKakaoTalkButtonTypeEnum | Unset): optional; JSON key type; one of:
            APP_LINK, BOT_FOR_CONSULTATION, BOT_KEYWORD, BOT_TRANSFER, BUSINESS_FORM,
            BUTTON_TYPE_UNSPECIFIED, CHANNEL_ID_ADDED, DELIVERY_SEARCH,
            IMAGE_SECURE_TRANSMISSION_PLUGIN_ID, MESSAGE_DELIVERY, ONE_CLICK_PAYMENT_PLUGIN,
            PERSONAL_INFORMATION_USE_PLUGIN_ID, WEB_LINK, UNRECOGNIZED.
        name (str | Unset): optional; JSON key name.
        link_mo (str | Unset): optional; JSON key linkMo; format url.
        link_pc (str | Unset): optional; JSON key linkPc; format url.
        scheme_ios (str | Unset): optional; JSON key schemeIos.
        scheme_android (str | Unset): optional; JSON key schemeAndroid.
    """

    ordering: float | Unset = UNSET
    type_: KakaotalkKakaoTalkButtonTypeEnum | Unset = UNSET
    name: str | Unset = UNSET
    link_mo: str | Unset = UNSET
    link_pc: str | Unset = UNSET
    scheme_ios: str | Unset = UNSET
    scheme_android: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ordering = self.ordering

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        link_mo = self.link_mo

        link_pc = self.link_pc

        scheme_ios = self.scheme_ios

        scheme_android = self.scheme_android

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ordering is not UNSET:
            field_dict["ordering"] = ordering
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if link_mo is not UNSET:
            field_dict["linkMo"] = link_mo
        if link_pc is not UNSET:
            field_dict["linkPc"] = link_pc
        if scheme_ios is not UNSET:
            field_dict["schemeIos"] = scheme_ios
        if scheme_android is not UNSET:
            field_dict["schemeAndroid"] = scheme_android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            ordering = d.pop("ordering", UNSET)
            if ordering is not UNSET and not (
                type(ordering) is float or type(ordering) is int
            ):
                raise mismatch("number", ordering)

        except FieldMismatch as exc:
            raise exc.at("ordering") from None

        try:
            _type_ = d.pop("type", UNSET)
            type_: KakaotalkKakaoTalkButtonTypeEnum | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = parse_enum(KakaotalkKakaoTalkButtonTypeEnum, _type_)

        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            link_mo = d.pop("linkMo", UNSET)
            if link_mo is not UNSET and not isinstance(link_mo, str):
                raise mismatch("string", link_mo)

        except FieldMismatch as exc:
            raise exc.at("linkMo") from None

        try:
            link_pc = d.pop("linkPc", UNSET)
            if link_pc is not UNSET and not isinstance(link_pc, str):
                raise mismatch("string", link_pc)

        except FieldMismatch as exc:
            raise exc.at("linkPc") from None

        try:
            scheme_ios = d.pop("schemeIos", UNSET)
            if scheme_ios is not UNSET and not isinstance(scheme_ios, str):
                raise mismatch("string", scheme_ios)

        except FieldMismatch as exc:
            raise exc.at("schemeIos") from None

        try:
            scheme_android = d.pop("schemeAndroid", UNSET)
            if scheme_android is not UNSET and not isinstance(scheme_android, str):
                raise mismatch("string", scheme_android)

        except FieldMismatch as exc:
            raise exc.at("schemeAndroid") from None

        kakaotalk_button_dto = cls(
            ordering=ordering,
            type_=type_,
            name=name,
            link_mo=link_mo,
            link_pc=link_pc,
            scheme_ios=scheme_ios,
            scheme_android=scheme_android,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_button_dto.additional_properties = d
        return kakaotalk_button_dto

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
KakaotalkButtonDto.__init__.__globals__.update(
    KakaotalkButtonDto=KakaotalkButtonDto,
)
