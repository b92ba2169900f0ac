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
from ..models.kakaotalk_kakao_talk_template_emphasize_type_enum import (
    KakaotalkKakaoTalkTemplateEmphasizeTypeEnum,
)
from ..models.kakaotalk_kakao_talk_template_message_type_enum import (
    KakaotalkKakaoTalkTemplateMessageTypeEnum,
)
from ..models.kakaotalk_template_languages_enum import KakaotalkTemplateLanguagesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkTemplateDetailsDto")


@_attrs_define
class KakaotalkTemplateDetailsDto:
    """
    Attributes:
        language (KakaotalkTemplateLanguagesEnum): required; JSON key language; one of: AF, AR,
            AZ, BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ET, FA, FI,
            FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK,
            ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE,
            TH, TR, UK, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        message_type (KakaotalkKakaoTalkTemplateMessageTypeEnum): required; JSON key messageType;
            one of: AD_INCLUDED, BASIC, EXTRA_INFORMATION, MIXED, TEMPLATE_MESSAGE_TYPE_UNSPECIFIED,
            UNRECOGNIZED.
        emphasize_type (KakaotalkKakaoTalkTemplateEmphasizeTypeEnum): required; JSON key
            emphasizeType; one of: EMPHASIZE_TYPE_IMAGE, EMPHASIZE_TYPE_NONE, EMPHASIZE_TYPE_TEXT,
            EMPHASIZE_TYPE_UNSPECIFIED, UNRECOGNIZED.
        category_code (str): required; JSON key categoryCode.
        security_flag (bool): required; JSON key securityFlag.
        name (str): required; JSON key name.
        buttons (list[KakaotalkButtonDto]): required; JSON key buttons.
        content (str | Unset): optional; JSON key content.
        extra (str | Unset): optional; JSON key extra.
        ad (str | Unset): optional; JSON key ad.
        title (str | Unset): optional; JSON key title.
        subtitle (str | Unset): optional; JSON key subtitle.
        image_name (str | Unset): optional; JSON key imageName.
        image_url (str | Unset): optional; JSON key imageUrl; format url.
    """

    language: KakaotalkTemplateLanguagesEnum
    message_type: KakaotalkKakaoTalkTemplateMessageTypeEnum
    emphasize_type: KakaotalkKakaoTalkTemplateEmphasizeTypeEnum
    category_code: str
    security_flag: bool
    name: str
    buttons: list[KakaotalkButtonDto]
    content: str | Unset = UNSET
    extra: str | Unset = UNSET
    ad: str | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    image_name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language.value

        message_type = self.message_type.value

        emphasize_type = self.emphasize_type.value

        category_code = self.category_code

        security_flag = self.security_flag

        name = self.name

        buttons = []
        for buttons_item_data in self.buttons:
            buttons_item = buttons_item_data.to_dict()
            buttons.append(buttons_item)

        content = self.content

        extra = self.extra

        ad = self.ad

        title = self.title

        subtitle = self.subtitle

        image_name = self.image_name

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "messageType": message_type,
                "emphasizeType": emphasize_type,
                "categoryCode": category_code,
                "securityFlag": security_flag,
                "name": name,
                "buttons": buttons,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if extra is not UNSET:
            field_dict["extra"] = extra
        if ad is not UNSET:
            field_dict["ad"] = ad
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_button_dto import KakaotalkButtonDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            language = parse_enum(
                KakaotalkTemplateLanguagesEnum, d.pop("language", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("language") from None

        try:
            message_type = parse_enum(
                KakaotalkKakaoTalkTemplateMessageTypeEnum, d.pop("messageType", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("messageType") from None

        try:
            emphasize_type = parse_enum(
                KakaotalkKakaoTalkTemplateEmphasizeTypeEnum,
                d.pop("emphasizeType", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("emphasizeType") from None

        try:
            category_code = d.pop("categoryCode", MISSING)
            if not isinstance(category_code, str):
                raise mismatch("string", category_code)

        except FieldMismatch as exc:
            raise exc.at("categoryCode") from None

        try:
            security_flag = d.pop("securityFlag", MISSING)
            if not type(security_flag) is bool:
                raise mismatch("boolean", security_flag)

        except FieldMismatch as exc:
            raise exc.at("securityFlag") from None

        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            _buttons = d.pop("buttons", MISSING)
            if not isinstance(_buttons, list):
                raise mismatch("array", _buttons)
            buttons = []
            try:
                for buttons_item_data in _buttons:
                    buttons_item = KakaotalkButtonDto.from_dict(buttons_item_data)

                    buttons.append(buttons_item)
            except FieldMismatch as exc:
                raise exc.at(len(buttons)) from None

        except FieldMismatch as exc:
            raise exc.at("buttons") from None

        try:
            content = d.pop("content", UNSET)
            if content is not UNSET and not isinstance(content, str):
                raise mismatch("string", content)

        except FieldMismatch as exc:
            raise exc.at("content") from None

        try:
            extra = d.pop("extra", UNSET)
            if extra is not UNSET and not isinstance(extra, str):
                raise mismatch("string", extra)

        except FieldMismatch as exc:
            raise exc.at("extra") from None

        try:
            ad = d.pop("ad", UNSET)
            if ad is not UNSET and not isinstance(ad, str):
                raise mismatch("string", ad)

        except FieldMismatch as exc:
            raise exc.at("ad") from None

        try:
            title = d.pop("title", UNSET)
            if title is not UNSET and not isinstance(title, str):
                raise mismatch("string", title)

        except FieldMismatch as exc:
            raise exc.at("title") from None

        try:
            subtitle = d.pop("subtitle", UNSET)
            if subtitle is not UNSET and not isinstance(subtitle, str):
                raise mismatch("string", subtitle)

        except FieldMismatch as exc:
            raise exc.at("subtitle") from None

        try:
            image_name = d.pop("imageName", UNSET)
            if image_name is not UNSET and not isinstance(image_name, str):
                raise mismatch("string", image_name)

        except FieldMismatch as exc:
            raise exc.at("imageName") from None

        try:
            image_url = d.pop("imageUrl", UNSET)
            if image_url is not UNSET and not isinstance(image_url, str):
                raise mismatch("string", image_url)

        except FieldMismatch as exc:
            raise exc.at("imageUrl") from None

        kakaotalk_template_details_dto = cls(
            language=language,
            message_type=message_type,
            emphasize_type=emphasize_type,
            category_code=category_code,
            security_flag=security_flag,
            name=name,
            buttons=buttons,
            content=content,
            extra=extra,
            ad=ad,
            title=title,
            subtitle=subtitle,
            image_name=image_name,
            image_url=image_url,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_template_details_dto.additional_properties = d
        return kakaotalk_template_details_dto

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
from ..models.kakaotalk_button_dto import KakaotalkButtonDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkTemplateDetailsDto.__init__.__globals__.update(
    KakaotalkTemplateDetailsDto=KakaotalkTemplateDetailsDto,
    KakaotalkButtonDto=KakaotalkButtonDto,
)
