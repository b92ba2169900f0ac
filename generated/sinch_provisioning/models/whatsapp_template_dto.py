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
from ..models.whatsapp_template_category_enum import WhatsappTemplateCategoryEnum
from ..models.whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum
from ..models.whatsapp_template_quality_score_enum import (
    WhatsappTemplateQualityScoreEnum,
)
from ..models.whatsapp_template_rejection_code_enum import (
    WhatsappTemplateRejectionCodeEnum,
)
from ..models.whatsapp_template_states_enum import WhatsappTemplateStatesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappTemplateDto")


@_attrs_define
class WhatsappTemplateDto:
    """
    Attributes:
        name (str): required; JSON key name.
        language (WhatsappTemplateLanguagesEnum): required; JSON key language; one of: AF, AR, AZ,
            BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET, FA, FI,
            FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT, LV, MK,
            ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA, TE,
            TH, TR, UK, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        category (WhatsappTemplateCategoryEnum): required; JSON key category; one of:
            AUTHENTICATION, MARKETING, UTILITY, UNRECOGNIZED.
        analytics (list[WhatsappTemplateAnalyticsDto]): required; JSON key analytics.
        is_meta_generated (bool): required; JSON key isMetaGenerated.
        whatsapp_id (str | Unset): optional; JSON key whatsappId.
        state (WhatsappTemplateStatesEnum | Unset): optional; JSON key state; one of: APPROVED,
            DISABLED, PAUSED, PENDING, REJECTED.
        rejection_code (WhatsappTemplateRejectionCodeEnum | Unset): optional; JSON key
            rejectionCode; one of: ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, NONE, SCAM,
            UNRECOGNIZED.
        quality_score (WhatsappTemplateQualityScoreEnum | Unset): optional; JSON key qualityScore;
            one of: QUALITY_SCORE_GREEN, QUALITY_SCORE_RED, QUALITY_SCORE_YELLOW,
            QUALITY_SCORE_UNKNOWN, UNRECOGNIZED.
        changes (WhatsappTemplateChangesDto | Unset): optional; JSON key changes.
        details (WhatsappTemplateDetailsDto | Unset): optional; JSON key details.
    """

    name: str
    language: WhatsappTemplateLanguagesEnum
    category: WhatsappTemplateCategoryEnum
    analytics: list[WhatsappTemplateAnalyticsDto]
    is_meta_generated: bool
    whatsapp_id: str | Unset = UNSET
    state: WhatsappTemplateStatesEnum | Unset = UNSET
    rejection_code: WhatsappTemplateRejectionCodeEnum | Unset = UNSET
    quality_score: WhatsappTemplateQualityScoreEnum | Unset = UNSET
    changes: WhatsappTemplateChangesDto | Unset = UNSET
    details: WhatsappTemplateDetailsDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language.value

        category = self.category.value

        analytics = []
        for analytics_item_data in self.analytics:
            analytics_item = analytics_item_data.to_dict()
            analytics.append(analytics_item)

        is_meta_generated = self.is_meta_generated

        whatsapp_id = self.whatsapp_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        rejection_code: str | Unset = UNSET
        if not isinstance(self.rejection_code, Unset):
            rejection_code = self.rejection_code.value

        quality_score: str | Unset = UNSET
        if not isinstance(self.quality_score, Unset):
            quality_score = self.quality_score.value

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "category": category,
                "analytics": analytics,
                "isMetaGenerated": is_meta_generated,
            }
        )
        if whatsapp_id is not UNSET:
            field_dict["whatsappId"] = whatsapp_id
        if state is not UNSET:
            field_dict["state"] = state
        if rejection_code is not UNSET:
            field_dict["rejectionCode"] = rejection_code
        if quality_score is not UNSET:
            field_dict["qualityScore"] = quality_score
        if changes is not UNSET:
            field_dict["changes"] = changes
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_template_analytics_dto import (
            WhatsappTemplateAnalyticsDto,
        )
        from ..models.whatsapp_template_changes_dto import WhatsappTemplateChangesDto
        from ..models.whatsapp_template_details_dto import WhatsappTemplateDetailsDto

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
            category = parse_enum(
                WhatsappTemplateCategoryEnum, d.pop("category", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("category") from None

        try:
            _analytics = d.pop("analytics", MISSING)
            if not isinstance(_analytics, list):
                raise mismatch("array", _analytics)
            analytics = []
            try:
                for analytics_item_data in _analytics:
                    analytics_item = WhatsappTemplateAnalyticsDto.from_dict(
                        analytics_item_data
                    )

                    analytics.append(analytics_item)
            except FieldMismatch as exc:
                raise exc.at(len(analytics)) from None

        except FieldMismatch as exc:
            raise exc.at("analytics") from None

        try:
            is_meta_generated = d.pop("isMetaGenerated", MISSING)
            if not type(is_meta_generated) is bool:
                raise mismatch("boolean", is_meta_generated)

        except FieldMismatch as exc:
            raise exc.at("isMetaGenerated") from None

        try:
            whatsapp_id = d.pop("whatsappId", UNSET)
            if whatsapp_id is not UNSET and not isinstance(whatsapp_id, str):
                raise mismatch("string", whatsapp_id)

        except FieldMismatch as exc:
            raise exc.at("whatsappId") from None

        try:
            _state = d.pop("state", UNSET)
            state: WhatsappTemplateStatesEnum | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = parse_enum(WhatsappTemplateStatesEnum, _state)

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            _rejection_code = d.pop("rejectionCode", UNSET)
            rejection_code: WhatsappTemplateRejectionCodeEnum | Unset
            if isinstance(_rejection_code, Unset):
                rejection_code = UNSET
            else:
                rejection_code = parse_enum(
                    WhatsappTemplateRejectionCodeEnum, _rejection_code
                )

        except FieldMismatch as exc:
            raise exc.at("rejectionCode") from None

        try:
            _quality_score = d.pop("qualityScore", UNSET)
            quality_score: WhatsappTemplateQualityScoreEnum | Unset
            if isinstance(_quality_score, Unset):
                quality_score = UNSET
            else:
                quality_score = parse_enum(
                    WhatsappTemplateQualityScoreEnum, _quality_score
                )

        except FieldMismatch as exc:
            raise exc.at("qualityScore") from None

        try:
            _changes = d.pop("changes", UNSET)
            changes: WhatsappTemplateChangesDto | Unset
            if isinstance(_changes, Unset):
                changes = UNSET
            else:
                changes = WhatsappTemplateChangesDto.from_dict(_changes)

        except FieldMismatch as exc:
            raise exc.at("changes") from None

        try:
            _details = d.pop("details", UNSET)
            details: WhatsappTemplateDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = WhatsappTemplateDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        whatsapp_template_dto = cls(
            name=name,
            language=language,
            category=category,
            analytics=analytics,
            is_meta_generated=is_meta_generated,
            whatsapp_id=whatsapp_id,
            state=state,
            rejection_code=rejection_code,
            quality_score=quality_score,
            changes=changes,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_template_dto.additional_properties = d
        return whatsapp_template_dto

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
from ..models.whatsapp_template_analytics_dto import WhatsappTemplateAnalyticsDto
from ..models.whatsapp_template_changes_dto import WhatsappTemplateChangesDto
from ..models.whatsapp_template_details_dto import WhatsappTemplateDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappTemplateDto.__init__.__globals__.update(
    WhatsappTemplateDto=WhatsappTemplateDto,
    WhatsappTemplateAnalyticsDto=WhatsappTemplateAnalyticsDto,
    WhatsappTemplateChangesDto=WhatsappTemplateChangesDto,
    WhatsappTemplateDetailsDto=WhatsappTemplateDetailsDto,
)
