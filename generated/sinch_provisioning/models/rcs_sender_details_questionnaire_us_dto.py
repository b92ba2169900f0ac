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

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireUSDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireUSDto:
    """
    Attributes:
        questions (RcsSenderDetailsQuestionnaireUSQuestionsDto): required; JSON key questions;
            read-only.
        answers (RcsSenderDetailsQuestionnaireUSAnswersDto): required; JSON key answers.
    """

    questions: RcsSenderDetailsQuestionnaireUSQuestionsDto
    answers: RcsSenderDetailsQuestionnaireUSAnswersDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        questions = self.questions.to_dict()

        answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questions": questions,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_us_answers_dto import (
            RcsSenderDetailsQuestionnaireUSAnswersDto,
        )
        from ..models.rcs_sender_details_questionnaire_us_questions_dto import (
            RcsSenderDetailsQuestionnaireUSQuestionsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            questions = RcsSenderDetailsQuestionnaireUSQuestionsDto.from_dict(
                d.pop("questions", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("questions") from None

        try:
            answers = RcsSenderDetailsQuestionnaireUSAnswersDto.from_dict(
                d.pop("answers", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("answers") from None

        rcs_sender_details_questionnaire_us_dto = cls(
            questions=questions,
            answers=answers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_us_dto.additional_properties = d
        return rcs_sender_details_questionnaire_us_dto

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
from ..models.rcs_sender_details_questionnaire_us_answers_dto import (
    RcsSenderDetailsQuestionnaireUSAnswersDto,
)
from ..models.rcs_sender_details_questionnaire_us_questions_dto import (
    RcsSenderDetailsQuestionnaireUSQuestionsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireUSDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireUSDto=RcsSenderDetailsQuestionnaireUSDto,
    RcsSenderDetailsQuestionnaireUSAnswersDto=RcsSenderDetailsQuestionnaireUSAnswersDto,
    RcsSenderDetailsQuestionnaireUSQuestionsDto=RcsSenderDetailsQuestionnaireUSQuestionsDto,
)
