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

T = TypeVar("T", bound="RcsBrandCampaignSenderDetailsQuestionnaireUSDto")


@_attrs_define
class RcsBrandCampaignSenderDetailsQuestionnaireUSDto:
    """
    Attributes:
        questions (RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto | RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto | RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto | RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto | RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto):
            required; JSON key questions; read-only.
        answers (RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto): required; JSON key
            answers.
    """

    questions: (
        RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
        | RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
        | RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
        | RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
        | RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
    )
    answers: RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )

        questions: dict[str, Any]
        if (
            isinstance(
                self.questions,
                RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
            )
            or isinstance(
                self.questions,
                RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
            )
            or isinstance(
                self.questions,
                RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
            )
            or isinstance(
                self.questions,
                RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
            )
        ):
            questions = self.questions.to_dict()
        else:
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
        from ..models.rcs_brand_campaign_sender_details_questionnaire_us_answers_dto import (
            RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto,
        )
        from ..models.rcs_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )
        from ..models.rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
            RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:

            def _parse_questions(
                data: object,
            ) -> (
                RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
                | RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
                | RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
                | RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
                | RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto
            ):
                if isinstance(data, dict):
                    try:
                        questions_type_0 = RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto.from_dict(
                            data
                        )

                        return questions_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        questions_type_1 = RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto.from_dict(
                            data
                        )

                        return questions_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        questions_type_2 = RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto.from_dict(
                            data
                        )

                        return questions_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        questions_type_3 = RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto.from_dict(
                            data
                        )

                        return questions_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        questions_type_4 = RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto.from_dict(
                            data
                        )

                        return questions_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant(
                    "object or object or object or object or object", data, None
                )

            questions = parse_union(_parse_questions, d.pop("questions", MISSING))

        except FieldMismatch as exc:
            raise exc.at("questions") from None

        try:
            answers = RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto.from_dict(
                d.pop("answers", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("answers") from None

        rcs_brand_campaign_sender_details_questionnaire_us_dto = cls(
            questions=questions,
            answers=answers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_brand_campaign_sender_details_questionnaire_us_dto.additional_properties = d
        return rcs_brand_campaign_sender_details_questionnaire_us_dto

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
from ..models.rcs_brand_campaign_sender_details_questionnaire_us_answers_dto import (
    RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto,
)
from ..models.rcs_brand_campaign_sender_details_questionnaire_us_questions_dto import (
    RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
)
from ..models.rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
    RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
)
from ..models.rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
    RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
)
from ..models.rcs_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
    RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
)
from ..models.rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
    RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsBrandCampaignSenderDetailsQuestionnaireUSDto.__init__.__globals__.update(
    RcsBrandCampaignSenderDetailsQuestionnaireUSDto=RcsBrandCampaignSenderDetailsQuestionnaireUSDto,
    RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto=RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto,
    RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto=RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto=RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto=RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto=RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto=RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
)
