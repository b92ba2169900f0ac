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

T = TypeVar("T", bound="WhatsappPartialTemplateDto")


@_attrs_define
class WhatsappPartialTemplateDto:
    """
    Attributes:
        whatsapp_id (str | Unset): optional; JSON key whatsappId.
        state (WhatsappTemplateStatesEnum | Unset): optional; JSON key state; one of: APPROVED,
            DISABLED, PAUSED, PENDING, REJECTED.
        name (str | Unset): optional; JSON key name.
        language (WhatsappTemplateLanguagesEnum | Unset): optional; JSON key language; one of: AF,
            AR, AZ, BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX, ES_UY, ET,
            FA, FI, FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO, LT,
            LV, MK, ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW,
            TA, TE, TH, TR, UK, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU, UNRECOGNIZED.
        category (WhatsappTemplateCategoryEnum | Unset): optional; JSON key category; one of:
            AUTHENTICATION, MARKETING, UTILITY, UNRECOGNIZED.
        rejection_code (WhatsappTemplateRejectionCodeEnum | Unset): optional; JSON key
            rejectionCode; one of: ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, NONE, SCAM,
            UNRECOGNIZED.
        quality_score (WhatsappTemplateQualityScoreEnum | Unset): optional; JSON key qualityScore;
            one of: QUALITY_SCORE_GREEN, QUALITY_SCORE_RED, QUALITY_SCORE_YELLOW,
            QUALITY_SCORE_UNKNOWN, UNRECOGNIZED.
        is_meta_generated (bool | Unset): optional; JSON key isMetaGenerated.
        changes (WhatsappPartialTemplateChangesDto | Unset): optional; JSON key changes.
        details (WhatsappPartialTemplateDetailsDto | Unset): optional; JSON key details.
        analytics (list[WhatsappPartialTemplateAnalyticsDto] | Unset): optional; JSON key
            analytics.
    """

    whatsapp_id: str | Unset = UNSET
    state: WhatsappTemplateStatesEnum | Unset = UNSET
    name: str | Unset = UNSET
    language: WhatsappTemplateLanguagesEnum | Unset = UNSET
    category: WhatsappTemplateCategoryEnum | Unset = UNSET
    rejection_code: WhatsappTemplateRejectionCodeEnum | Unset = UNSET
    quality_score: WhatsappTemplateQualityScoreEnum | Unset = UNSET
    is_meta_generated: bool | Unset = UNSET
    changes: WhatsappPartialTemplateChangesDto | Unset = UNSET
    details: WhatsappPartialTemplateDetailsDto | Unset = UNSET
    analytics: list[WhatsappPartialTemplateAnalyticsDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_id = self.whatsapp_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        name = self.name

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        rejection_code: str | Unset = UNSET
        if not isinstance(self.rejection_code, Unset):
            rejection_code = self.rejection_code.value

        quality_score: str | Unset = UNSET
        if not isinstance(self.quality_score, Unset):
            quality_score = self.quality_score.value

        is_meta_generated = self.is_meta_generated

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        analytics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.analytics, Unset):
            analytics = []
            for analytics_item_data in self.analytics:
                analytics_item = analytics_item_data.to_dict()
                analytics.append(analytics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if whatsapp_id is not UNSET:
            field_dict["whatsappId"] = whatsapp_id
        if state is not UNSET:
            field_dict["state"] = state
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if category is not UNSET:
            field_dict["category"] = category
        if rejection_code is not UNSET:
            field_dict["rejectionCode"] = rejection_code
        if quality_score is not UNSET:
            field_dict["qualityScore"] = quality_score
        if is_meta_generated is not UNSET:
            field_dict["isMetaGenerated"] = is_meta_generated
        if changes is not UNSET:
            field_dict["changes"] = changes
        if details is not UNSET:
            field_dict["details"] = details
        if analytics is not UNSET:
            field_dict["analytics"] = analytics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_template_analytics_dto import (
            WhatsappPartialTemplateAnalyticsDto,
        )
        from ..models.whatsapp_partial_template_changes_dto import (
            WhatsappPartialTemplateChangesDto,
        )
        from ..models.whatsapp_partial_template_details_dto import (
            WhatsappPartialTemplateDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
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
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            _language = d.pop("language", UNSET)
            language: WhatsappTemplateLanguagesEnum | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = parse_enum(WhatsappTemplateLanguagesEnum, _language)

        except FieldMismatch as exc:
            raise exc.at("language") from None

        try:
            _category = d.pop("category", UNSET)
            category: WhatsappTemplateCategoryEnum | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = parse_enum(WhatsappTemplateCategoryEnum, _category)

        except FieldMismatch as exc:
            raise exc.at("category") from None

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
            is_meta_generated = d.pop("isMetaGenerated", UNSET)
            if is_meta_generated is not UNSET and not type(is_meta_generated) is bool:
                raise mismatch("boolean", is_meta_generated)

        except FieldMismatch as exc:
            raise exc.at("isMetaGenerated") from None

        try:
            _changes = d.pop("changes", UNSET)
            changes: WhatsappPartialTemplateChangesDto | Unset
            if isinstance(_changes, Unset):
                changes = UNSET
            else:
                changes = WhatsappPartialTemplateChangesDto.from_dict(_changes)

        except FieldMismatch as exc:
            raise exc.at("changes") from None

        try:
            _details = d.pop("details", UNSET)
            details: WhatsappPartialTemplateDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = WhatsappPartialTemplateDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _analytics = d.pop("analytics", UNSET)
            analytics: list[WhatsappPartialTemplateAnalyticsDto] | Unset = UNSET
            if _analytics is not UNSET:
                if not isinstance(_analytics, list):
                    raise mismatch("array", _analytics)
                analytics = []
                try:
                    for analytics_item_data in _analytics:
                        analytics_item = WhatsappPartialTemplateAnalyticsDto.from_dict(
                            analytics_item_data
                        )

                        analytics.append(analytics_item)
                except FieldMismatch as exc:
                    raise exc.at(len(analytics)) from None

        except FieldMismatch as exc:
            raise exc.at("analytics") from None

        whatsapp_partial_template_dto = cls(
            whatsapp_id=whatsapp_id,
            state=state,
            name=name,
            language=language,
            category=category,
            rejection_code=rejection_code,
            quality_score=quality_score,
            is_meta_generated=is_meta_generated,
            changes=changes,
            details=details,
            analytics=analytics,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_template_dto.additional_properties = d
        return whatsapp_partial_template_dto

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
from ..models.whatsapp_partial_template_analytics_dto import (
    WhatsappPartialTemplateAnalyticsDto,
)
from ..models.whatsapp_partial_template_changes_dto import (
    WhatsappPartialTemplateChangesDto,
)
from ..models.whatsapp_partial_template_details_dto import (
    WhatsappPartialTemplateDetailsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialTemplateDto.__init__.__globals__.update(
    WhatsappPartialTemplateDto=WhatsappPartialTemplateDto,
    WhatsappPartialTemplateAnalyticsDto=WhatsappPartialTemplateAnalyticsDto,
    WhatsappPartialTemplateChangesDto=WhatsappPartialTemplateChangesDto,
    WhatsappPartialTemplateDetailsDto=WhatsappPartialTemplateDetailsDto,
)
