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
from ..models.whatsapp_template_analytics_button_types_enum import (
    WhatsappTemplateAnalyticsButtonTypesEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialTemplateAnalyticsButtonsDto")


@_attrs_define
class WhatsappPartialTemplateAnalyticsButtonsDto:
    """
    Attributes:
        type_ (WhatsappTemplateAnalyticsButtonTypesEnum | Unset): optional; JSON key type; one of:
            QUICK_REPLY, UNIQUE_URL, URL, UNRECOGNIZED.
        content (str | Unset): optional; JSON key content.
        clicks (float | Unset): optional; JSON key clicks.
    """

    type_: WhatsappTemplateAnalyticsButtonTypesEnum | Unset = UNSET
    content: str | Unset = UNSET
    clicks: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        content = self.content

        clicks = self.clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if clicks is not UNSET:
            field_dict["clicks"] = clicks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _type_ = d.pop("type", UNSET)
            type_: WhatsappTemplateAnalyticsButtonTypesEnum | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = parse_enum(WhatsappTemplateAnalyticsButtonTypesEnum, _type_)

        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            content = d.pop("content", UNSET)
            if content is not UNSET and not isinstance(content, str):
                raise mismatch("string", content)

        except FieldMismatch as exc:
            raise exc.at("content") from None

        try:
            clicks = d.pop("clicks", UNSET)
            if clicks is not UNSET and not (
                type(clicks) is float or type(clicks) is int
            ):
                raise mismatch("number", clicks)

        except FieldMismatch as exc:
            raise exc.at("clicks") from None

        whatsapp_partial_template_analytics_buttons_dto = cls(
            type_=type_,
            content=content,
            clicks=clicks,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_template_analytics_buttons_dto.additional_properties = d
        return whatsapp_partial_template_analytics_buttons_dto

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
WhatsappPartialTemplateAnalyticsButtonsDto.__init__.__globals__.update(
    WhatsappPartialTemplateAnalyticsButtonsDto=WhatsappPartialTemplateAnalyticsButtonsDto,
)
