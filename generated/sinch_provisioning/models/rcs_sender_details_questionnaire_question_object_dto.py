from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        question = d.pop("question")

        suggested_answers = cast(list[str], d.pop("suggestedAnswers"))

        rcs_sender_details_questionnaire_question_object_dto = cls(
            question=question,
            suggested_answers=suggested_answers,
        )

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
