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
from ..models.whatsapp_actions_enum import WhatsappActionsEnum
from ..models.whatsapp_input_template_languages_enum import (
    WhatsappInputTemplateLanguagesEnum,
)
from ..models.whatsapp_template_input_category_enum import (
    WhatsappTemplateInputCategoryEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappTemplateInputDto")


@_attrs_define
class WhatsappTemplateInputDto:
    """
    Attributes:
        name (str): required; JSON key name; pattern ^[a-z0-9][a-z0-9_]*[a-z0-9]$; length <= 512.
        language (WhatsappInputTemplateLanguagesEnum): required; JSON key language; one of: AF,
            AR, AZ, BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET,
            FA, FI, FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT,
            LV, MK, ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW,
            TA, TE, TH, TR, UK, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU.
        category (WhatsappTemplateInputCategoryEnum): required; JSON key category; one of:
            AUTHENTICATION, MARKETING, UTILITY.
        details (WhatsappTemplateDetailsInputDto): required; JSON key details.
        status (WhatsappActionsEnum | Unset): optional; JSON key status; one of: DRAFT, SUBMIT;
            default "SUBMIT".
        save_draft_on_failure (bool | Unset): optional; JSON key saveDraftOnFailure; default
            false.
        allow_category_change (bool | Unset): optional; JSON key allowCategoryChange; default
            false.
    """

    name: str
    language: WhatsappInputTemplateLanguagesEnum
    category: WhatsappTemplateInputCategoryEnum
    details: WhatsappTemplateDetailsInputDto
    status: WhatsappActionsEnum | Unset = WhatsappActionsEnum.SUBMIT
    save_draft_on_failure: bool | Unset = False
    allow_category_change: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language.value

        category = self.category.value

        details = self.details.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        save_draft_on_failure = self.save_draft_on_failure

        allow_category_change = self.allow_category_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "category": category,
                "details": details,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if save_draft_on_failure is not UNSET:
            field_dict["saveDraftOnFailure"] = save_draft_on_failure
        if allow_category_change is not UNSET:
            field_dict["allowCategoryChange"] = allow_category_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_template_details_input_dto import (
            WhatsappTemplateDetailsInputDto,
        )

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
                WhatsappInputTemplateLanguagesEnum, d.pop("language", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("language") from None

        try:
            category = parse_enum(
                WhatsappTemplateInputCategoryEnum, d.pop("category", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("category") from None

        try:
            details = WhatsappTemplateDetailsInputDto.from_dict(
                d.pop("details", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _status = d.pop("status", UNSET)
            status: WhatsappActionsEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = parse_enum(WhatsappActionsEnum, _status)

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            save_draft_on_failure = d.pop("saveDraftOnFailure", UNSET)
            if (
                save_draft_on_failure is not UNSET
                and not type(save_draft_on_failure) is bool
            ):
                raise mismatch("boolean", save_draft_on_failure)

        except FieldMismatch as exc:
            raise exc.at("saveDraftOnFailure") from None

        try:
            allow_category_change = d.pop("allowCategoryChange", UNSET)
            if (
                allow_category_change is not UNSET
                and not type(allow_category_change) is bool
            ):
                raise mismatch("boolean", allow_category_change)

        except FieldMismatch as exc:
            raise exc.at("allowCategoryChange") from None

        whatsapp_template_input_dto = cls(
            name=name,
            language=language,
            category=category,
            details=details,
            status=status,
            save_draft_on_failure=save_draft_on_failure,
            allow_category_change=allow_category_change,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_template_input_dto.additional_properties = d
        return whatsapp_template_input_dto

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
from ..models.whatsapp_template_details_input_dto import WhatsappTemplateDetailsInputDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappTemplateInputDto.__init__.__globals__.update(
    WhatsappTemplateInputDto=WhatsappTemplateInputDto,
    WhatsappTemplateDetailsInputDto=WhatsappTemplateDetailsInputDto,
)
