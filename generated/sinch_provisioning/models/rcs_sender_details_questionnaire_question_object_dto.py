from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireQuestionObjectDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireQuestionObjectDto:
    """
    Attributes:
        question (str): required; JSON key question; read-only.
        suggested_answers (list[str]): required; JSON key suggestedAnswers; read-only.
    """

    question: str
    suggested_answers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        suggested_answers = self.suggested_answers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "suggestedAnswers": suggested_answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            question = d.pop("question", MISSING)
            if not isinstance(question, str):
                raise mismatch("string", question)

        except FieldMismatch as exc:
            raise exc.at("question") from None

        try:
            _suggested_answers = d.pop("suggestedAnswers", MISSING)
            suggested_answers = scalar_items(_suggested_answers, "string")

        except FieldMismatch as exc:
            raise exc.at("suggestedAnswers") from None

        rcs_sender_details_questionnaire_question_object_dto = cls(
            question=question,
            suggested_answers=suggested_answers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_question_object_dto.additional_properties = d
        return rcs_sender_details_questionnaire_question_object_dto

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
RcsSenderDetailsQuestionnaireQuestionObjectDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireQuestionObjectDto=RcsSenderDetailsQuestionnaireQuestionObjectDto,
)
