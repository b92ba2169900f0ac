from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireGeneralQuestionsDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireGeneralQuestionsDto:
    """
    Attributes:
        opt_in_description (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            optInDescription; read-only.
        trigger_description (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            triggerDescription; read-only.
        interactions_description (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON
            key interactionsDescription; read-only.
        opt_out_description (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            optOutDescription; read-only.
        video_uris (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key videoUris;
            read-only.
        screenshot_uris (RcsSenderDetailsQuestionnaireQuestionObjectDto): required; JSON key
            screenshotUris; read-only.
    """

    opt_in_description: RcsSenderDetailsQuestionnaireQuestionObjectDto
    trigger_description: RcsSenderDetailsQuestionnaireQuestionObjectDto
    interactions_description: RcsSenderDetailsQuestionnaireQuestionObjectDto
    opt_out_description: RcsSenderDetailsQuestionnaireQuestionObjectDto
    video_uris: RcsSenderDetailsQuestionnaireQuestionObjectDto
    screenshot_uris: RcsSenderDetailsQuestionnaireQuestionObjectDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opt_in_description = self.opt_in_description.to_dict()

        trigger_description = self.trigger_description.to_dict()

        interactions_description = self.interactions_description.to_dict()

        opt_out_description = self.opt_out_description.to_dict()

        video_uris = self.video_uris.to_dict()

        screenshot_uris = self.screenshot_uris.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "optInDescription": opt_in_description,
                "triggerDescription": trigger_description,
                "interactionsDescription": interactions_description,
                "optOutDescription": opt_out_description,
                "videoUris": video_uris,
                "screenshotUris": screenshot_uris,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_question_object_dto import (
            RcsSenderDetailsQuestionnaireQuestionObjectDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            opt_in_description = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("optInDescription", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("optInDescription") from None

        try:
            trigger_description = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("triggerDescription", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("triggerDescription") from None

        try:
            interactions_description = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("interactionsDescription", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("interactionsDescription") from None

        try:
            opt_out_description = (
                RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                    d.pop("optOutDescription", MISSING)
                )
            )

        except FieldMismatch as exc:
            raise exc.at("optOutDescription") from None

        try:
            video_uris = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("videoUris", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("videoUris") from None

        try:
            screenshot_uris = RcsSenderDetailsQuestionnaireQuestionObjectDto.from_dict(
                d.pop("screenshotUris", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("screenshotUris") from None

        rcs_sender_details_questionnaire_general_questions_dto = cls(
            opt_in_description=opt_in_description,
            trigger_description=trigger_description,
            interactions_description=interactions_description,
            opt_out_description=opt_out_description,
            video_uris=video_uris,
            screenshot_uris=screenshot_uris,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_general_questions_dto.additional_properties = d
        return rcs_sender_details_questionnaire_general_questions_dto

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
from ..models.rcs_sender_details_questionnaire_question_object_dto import (
    RcsSenderDetailsQuestionnaireQuestionObjectDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireGeneralQuestionsDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireGeneralQuestionsDto=RcsSenderDetailsQuestionnaireGeneralQuestionsDto,
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
)
