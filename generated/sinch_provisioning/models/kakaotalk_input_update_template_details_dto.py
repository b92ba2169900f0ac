from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..models.kakaotalk_input_kakao_talk_template_emphasize_type_enum import (
    KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum,
)
from ..models.kakaotalk_input_kakao_talk_template_message_type_enum import (
    KakaotalkInputKakaoTalkTemplateMessageTypeEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkInputUpdateTemplateDetailsDto")


@_attrs_define
class KakaotalkInputUpdateTemplateDetailsDto:
    """
    Attributes:
        name (str | Unset): optional; JSON key name; length 1-150.
        content (str | Unset): optional; JSON key content; length 1-1000.
        message_type (KakaotalkInputKakaoTalkTemplateMessageTypeEnum | Unset): optional; JSON key
            messageType; one of: AD_INCLUDED, BASIC, EXTRA_INFORMATION, MIXED.
        emphasize_type (KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum | Unset): optional; JSON
            key emphasizeType; one of: EMPHASIZE_TYPE_IMAGE, EMPHASIZE_TYPE_NONE, EMPHASIZE_TYPE_TEXT.
        category_code (str | Unset): optional; JSON key categoryCode; length 1-6.
        security_flag (bool | Unset): optional; JSON key securityFlag.
        extra (None | str | Unset): optional; JSON key extra; length 1-500.
        title (None | str | Unset): optional; JSON key title; length 1-50.
        subtitle (None | str | Unset): optional; JSON key subtitle; length 1-50.
        image_name (None | str | Unset): optional; JSON key imageName; length 1-250.
        image_url (None | str | Unset): optional; JSON key imageUrl; format url.
        buttons (list[KakaotalkInputButtonDto] | None | Unset): optional; JSON key buttons; items
            0-5; unique items.
    """

    name: str | Unset = UNSET
    content: str | Unset = UNSET
    message_type: KakaotalkInputKakaoTalkTemplateMessageTypeEnum | Unset = UNSET
    emphasize_type: KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum | Unset = UNSET
    category_code: str | Unset = UNSET
    security_flag: bool | Unset = UNSET
    extra: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    subtitle: None | str | Unset = UNSET
    image_name: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    buttons: list[KakaotalkInputButtonDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type.value

        emphasize_type: str | Unset = UNSET
        if not isinstance(self.emphasize_type, Unset):
            emphasize_type = self.emphasize_type.value

        category_code = self.category_code

        security_flag = self.security_flag

        extra: None | str | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        else:
            extra = self.extra

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        image_name: None | str | Unset
        if isinstance(self.image_name, Unset):
            image_name = UNSET
        else:
            image_name = self.image_name

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        buttons: list[dict[str, Any]] | None | Unset
        if isinstance(self.buttons, Unset):
            buttons = UNSET
        elif isinstance(self.buttons, list):
            buttons = []
            for buttons_type_0_item_data in self.buttons:
                buttons_type_0_item = buttons_type_0_item_data.to_dict()
                buttons.append(buttons_type_0_item)

        else:
            buttons = self.buttons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if message_type is not UNSET:
            field_dict["messageType"] = message_type
        if emphasize_type is not UNSET:
            field_dict["emphasizeType"] = emphasize_type
        if category_code is not UNSET:
            field_dict["categoryCode"] = category_code
        if security_flag is not UNSET:
            field_dict["securityFlag"] = security_flag
        if extra is not UNSET:
            field_dict["extra"] = extra
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_input_button_dto import KakaotalkInputButtonDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            content = d.pop("content", UNSET)
            if content is not UNSET and not isinstance(content, str):
                raise mismatch("string", content)

        except FieldMismatch as exc:
            raise exc.at("content") from None

        try:
            _message_type = d.pop("messageType", UNSET)
            message_type: KakaotalkInputKakaoTalkTemplateMessageTypeEnum | Unset
            if isinstance(_message_type, Unset):
                message_type = UNSET
            else:
                message_type = parse_enum(
                    KakaotalkInputKakaoTalkTemplateMessageTypeEnum, _message_type
                )

        except FieldMismatch as exc:
            raise exc.at("messageType") from None

        try:
            _emphasize_type = d.pop("emphasizeType", UNSET)
            emphasize_type: KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum | Unset
            if isinstance(_emphasize_type, Unset):
                emphasize_type = UNSET
            else:
                emphasize_type = parse_enum(
                    KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum, _emphasize_type
                )

        except FieldMismatch as exc:
            raise exc.at("emphasizeType") from None

        try:
            category_code = d.pop("categoryCode", UNSET)
            if category_code is not UNSET and not isinstance(category_code, str):
                raise mismatch("string", category_code)

        except FieldMismatch as exc:
            raise exc.at("categoryCode") from None

        try:
            security_flag = d.pop("securityFlag", UNSET)
            if security_flag is not UNSET and not type(security_flag) is bool:
                raise mismatch("boolean", security_flag)

        except FieldMismatch as exc:
            raise exc.at("securityFlag") from None

        try:

            def _parse_extra(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        extra_type_0 = data
                        if not isinstance(extra_type_0, str):
                            raise mismatch("string", extra_type_0)

                        return extra_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            extra = _parse_extra(d.pop("extra", UNSET))

        except FieldMismatch as exc:
            raise exc.at("extra") from None

        try:

            def _parse_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        title_type_0 = data
                        if not isinstance(title_type_0, str):
                            raise mismatch("string", title_type_0)

                        return title_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            title = _parse_title(d.pop("title", UNSET))

        except FieldMismatch as exc:
            raise exc.at("title") from None

        try:

            def _parse_subtitle(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        subtitle_type_0 = data
                        if not isinstance(subtitle_type_0, str):
                            raise mismatch("string", subtitle_type_0)

                        return subtitle_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        except FieldMismatch as exc:
            raise exc.at("subtitle") from None

        try:

            def _parse_image_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        image_name_type_0 = data
                        if not isinstance(image_name_type_0, str):
                            raise mismatch("string", image_name_type_0)

                        return image_name_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            image_name = _parse_image_name(d.pop("imageName", UNSET))

        except FieldMismatch as exc:
            raise exc.at("imageName") from None

        try:

            def _parse_image_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        image_url_type_0 = data
                        if not isinstance(image_url_type_0, str):
                            raise mismatch("string", image_url_type_0)

                        return image_url_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        except FieldMismatch as exc:
            raise exc.at("imageUrl") from None

        try:

            def _parse_buttons(
                data: object,
            ) -> list[KakaotalkInputButtonDto] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _buttons_type_0 = data
                        if not isinstance(_buttons_type_0, list):
                            raise mismatch("array", _buttons_type_0)
                        buttons_type_0 = []
                        try:
                            for buttons_type_0_item_data in _buttons_type_0:
                                buttons_type_0_item = KakaotalkInputButtonDto.from_dict(
                                    buttons_type_0_item_data
                                )

                                buttons_type_0.append(buttons_type_0_item)
                        except FieldMismatch as exc:
                            raise exc.at(len(buttons_type_0)) from None

                        return buttons_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            buttons = parse_union(_parse_buttons, d.pop("buttons", UNSET))

        except FieldMismatch as exc:
            raise exc.at("buttons") from None

        kakaotalk_input_update_template_details_dto = cls(
            name=name,
            content=content,
            message_type=message_type,
            emphasize_type=emphasize_type,
            category_code=category_code,
            security_flag=security_flag,
            extra=extra,
            title=title,
            subtitle=subtitle,
            image_name=image_name,
            image_url=image_url,
            buttons=buttons,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_input_update_template_details_dto.additional_properties = d
        return kakaotalk_input_update_template_details_dto

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
from ..models.kakaotalk_input_button_dto import KakaotalkInputButtonDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkInputUpdateTemplateDetailsDto.__init__.__globals__.update(
    KakaotalkInputUpdateTemplateDetailsDto=KakaotalkInputUpdateTemplateDetailsDto,
    KakaotalkInputButtonDto=KakaotalkInputButtonDto,
)
