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
from ..models.whatsapp_template_compare_block_reasons_enum import (
    WhatsappTemplateCompareBlockReasonsEnum,
)
from ..models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum

T = TypeVar("T", bound="WhatsappTemplateCompareIdentifierDto")


@_attrs_define
class WhatsappTemplateCompareIdentifierDto:
    """
    Attributes:
        name (str): required; JSON key name.
        language (WhatsappTemplateLanguagesEnum): required; JSON key language; one of: AF, AR, AZ,
            BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI,
            FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK,
            ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE,
            TH, TR, UK, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        block_order (float): required; JSON key blockOrder.
        message_sends (float): required; JSON key messageSends.
        top_block_reason (WhatsappTemplateCompareBlockReasonsEnum): required; JSON key
            topBlockReason; one of: NO_LONGER_NEEDED, NO_REASON, NO_REASON_GIVEN, NO_SIGN_UP,
            OFFENSIVE_MESSAGES, OTHER, OTP_DID_NOT_REQUEST, SPAM, UNKNOWN_BLOCK_REASON, UNRECOGNIZED.
    """

    name: str
    language: WhatsappTemplateLanguagesEnum
    block_order: float
    message_sends: float
    top_block_reason: WhatsappTemplateCompareBlockReasonsEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language.value

        block_order = self.block_order

        message_sends = self.message_sends

        top_block_reason = self.top_block_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "blockOrder": block_order,
                "messageSends": message_sends,
                "topBlockReason": top_block_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            language = parse_enum(
                WhatsappTemplateLanguagesEnum, d.pop("language", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("language") from None

        try:
            block_order = d.pop("blockOrder", MISSING)
            if not (type(block_order) is float or type(block_order) is int):
                raise mismatch("number", block_order)

        except FieldMismatch as exc:
            raise exc.at("blockOrder") from None

        try:
            message_sends = d.pop("messageSends", MISSING)
            if not (type(message_sends) is float or type(message_sends) is int):
                raise mismatch("number", message_sends)

        except FieldMismatch as exc:
            raise exc.at("messageSends") from None

        try:
            top_block_reason = parse_enum(
                WhatsappTemplateCompareBlockReasonsEnum,
                d.pop("topBlockReason", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("topBlockReason") from None

        whatsapp_template_compare_identifier_dto = cls(
            name=name,
            language=language,
            block_order=block_order,
            message_sends=message_sends,
            top_block_reason=top_block_reason,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_template_compare_identifier_dto.additional_properties = d
        return whatsapp_template_compare_identifier_dto

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
WhatsappTemplateCompareIdentifierDto.__init__.__globals__.update(
    WhatsappTemplateCompareIdentifierDto=WhatsappTemplateCompareIdentifierDto,
)
