from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    no_variant,
    unknown_field,
)
from .._enums import is_lenient, parse_union

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireVerificationInputDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireVerificationInputDto:
    """
    Attributes:
        answers (RcsSenderDetailsQuestionnaireVerificationAnswersInputDto | RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto):
            required; JSON key answers.
    """

    answers: (
        RcsSenderDetailsQuestionnaireVerificationAnswersInputDto
        | RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rcs_us_sender_details_questionnaire_verification_answers_input_dto import (
            RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto,
        )

        answers: dict[str, Any]
        if isinstance(
            self.answers, RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto
        ):
            answers = self.answers.to_dict()
        else:
            answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_verification_answers_input_dto import (
            RcsSenderDetailsQuestionnaireVerificationAnswersInputDto,
        )
        from ..models.rcs_us_sender_details_questionnaire_verification_answers_input_dto import (
            RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:

            def _parse_answers(
                data: object,
            ) -> (
                RcsSenderDetailsQuestionnaireVerificationAnswersInputDto
                | RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto
            ):
                if isinstance(data, dict):
                    try:
                        answers_type_0 = RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto.from_dict(
                            data
                        )

                        return answers_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        answers_type_1 = RcsSenderDetailsQuestionnaireVerificationAnswersInputDto.from_dict(
                            data
                        )

                        return answers_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            answers = parse_union(_parse_answers, d.pop("answers", MISSING))

        except FieldMismatch as exc:
            raise exc.at("answers") from None

        rcs_sender_details_questionnaire_verification_input_dto = cls(
            answers=answers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_verification_input_dto.additional_properties = d
        return rcs_sender_details_questionnaire_verification_input_dto

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
from ..models.rcs_sender_details_questionnaire_verification_answers_input_dto import (
    RcsSenderDetailsQuestionnaireVerificationAnswersInputDto,
)
from ..models.rcs_us_sender_details_questionnaire_verification_answers_input_dto import (
    RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireVerificationInputDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireVerificationInputDto=RcsSenderDetailsQuestionnaireVerificationInputDto,
    RcsSenderDetailsQuestionnaireVerificationAnswersInputDto=RcsSenderDetailsQuestionnaireVerificationAnswersInputDto,
    RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto=RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto,
)
