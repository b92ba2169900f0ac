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
from ..models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum

T = TypeVar("T", bound="WhatsappInputTemplateCompareIdentifierDto")


@_attrs_define
class WhatsappInputTemplateCompareIdentifierDto:
    """
    Attributes:
        template_name (str): required; JSON key templateName; pattern
            ^[a-z0-9][a-z0-9_]*[a-z0-9]$.
        template_language (WhatsappTemplateLanguagesEnum): required; JSON key templateLanguage;
            one of: AF, AR, AZ, BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX,
            ES_UY, ET, FA, FI, FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG,
            LO, LT, LV, MK, ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR,
            SV, SW, TA, TE, TH, TR, UK, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
    """

    template_name: str
    template_language: WhatsappTemplateLanguagesEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_name = self.template_name

        template_language = self.template_language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateName": template_name,
                "templateLanguage": template_language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            template_name = d.pop("templateName", MISSING)
            if not isinstance(template_name, str):
                raise mismatch("string", template_name)

        except FieldMismatch as exc:
            raise exc.at("templateName") from None

        try:
            template_language = parse_enum(
                WhatsappTemplateLanguagesEnum, d.pop("templateLanguage", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("templateLanguage") from None

        whatsapp_input_template_compare_identifier_dto = cls(
            template_name=template_name,
            template_language=template_language,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_template_compare_identifier_dto.additional_properties = d
        return whatsapp_input_template_compare_identifier_dto

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
WhatsappInputTemplateCompareIdentifierDto.__init__.__globals__.update(
    WhatsappInputTemplateCompareIdentifierDto=WhatsappInputTemplateCompareIdentifierDto,
)
