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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireDto:
    """
    Attributes:
        general (RcsSenderDetailsQuestionnaireGeneralDto): required; JSON key general.
        verification (RcsSenderDetailsQuestionnaireVerificationDto): required; JSON key
            verification.
        gb (RcsSenderDetailsQuestionnaireGBDto | Unset): optional; JSON key gb.
        fr (RcsSenderDetailsQuestionnaireFRDto | Unset): optional; JSON key fr.
        us (RcsBrandCampaignSenderDetailsQuestionnaireUSDto | RcsDefaultSenderDetailsQuestionnaireUSDto | RcsSenderDetailsQuestionnaireUSDto | Unset):
            optional; JSON key us.
    """

    general: RcsSenderDetailsQuestionnaireGeneralDto
    verification: RcsSenderDetailsQuestionnaireVerificationDto
    gb: RcsSenderDetailsQuestionnaireGBDto | Unset = UNSET
    fr: RcsSenderDetailsQuestionnaireFRDto | Unset = UNSET
    us: (
        RcsBrandCampaignSenderDetailsQuestionnaireUSDto
        | RcsDefaultSenderDetailsQuestionnaireUSDto
        | RcsSenderDetailsQuestionnaireUSDto
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rcs_brand_campaign_sender_details_questionnaire_us_dto import (
            RcsBrandCampaignSenderDetailsQuestionnaireUSDto,
        )
        from ..models.rcs_default_sender_details_questionnaire_us_dto import (
            RcsDefaultSenderDetailsQuestionnaireUSDto,
        )

        general = self.general.to_dict()

        verification = self.verification.to_dict()

        gb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gb, Unset):
            gb = self.gb.to_dict()

        fr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fr, Unset):
            fr = self.fr.to_dict()

        us: dict[str, Any] | Unset
        if isinstance(self.us, Unset):
            us = UNSET
        elif isinstance(
            self.us, RcsBrandCampaignSenderDetailsQuestionnaireUSDto
        ) or isinstance(self.us, RcsDefaultSenderDetailsQuestionnaireUSDto):
            us = self.us.to_dict()
        else:
            us = self.us.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "general": general,
                "verification": verification,
            }
        )
        if gb is not UNSET:
            field_dict["gb"] = gb
        if fr is not UNSET:
            field_dict["fr"] = fr
        if us is not UNSET:
            field_dict["us"] = us

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_brand_campaign_sender_details_questionnaire_us_dto import (
            RcsBrandCampaignSenderDetailsQuestionnaireUSDto,
        )
        from ..models.rcs_default_sender_details_questionnaire_us_dto import (
            RcsDefaultSenderDetailsQuestionnaireUSDto,
        )
        from ..models.rcs_sender_details_questionnaire_fr_dto import (
            RcsSenderDetailsQuestionnaireFRDto,
        )
        from ..models.rcs_sender_details_questionnaire_gb_dto import (
            RcsSenderDetailsQuestionnaireGBDto,
        )
        from ..models.rcs_sender_details_questionnaire_general_dto import (
            RcsSenderDetailsQuestionnaireGeneralDto,
        )
        from ..models.rcs_sender_details_questionnaire_us_dto import (
            RcsSenderDetailsQuestionnaireUSDto,
        )
        from ..models.rcs_sender_details_questionnaire_verification_dto import (
            RcsSenderDetailsQuestionnaireVerificationDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            general = RcsSenderDetailsQuestionnaireGeneralDto.from_dict(
                d.pop("general", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("general") from None

        try:
            verification = RcsSenderDetailsQuestionnaireVerificationDto.from_dict(
                d.pop("verification", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("verification") from None

        try:
            _gb = d.pop("gb", UNSET)
            gb: RcsSenderDetailsQuestionnaireGBDto | Unset
            if isinstance(_gb, Unset):
                gb = UNSET
            else:
                gb = RcsSenderDetailsQuestionnaireGBDto.from_dict(_gb)

        except FieldMismatch as exc:
            raise exc.at("gb") from None

        try:
            _fr = d.pop("fr", UNSET)
            fr: RcsSenderDetailsQuestionnaireFRDto | Unset
            if isinstance(_fr, Unset):
                fr = UNSET
            else:
                fr = RcsSenderDetailsQuestionnaireFRDto.from_dict(_fr)

        except FieldMismatch as exc:
            raise exc.at("fr") from None

        try:

            def _parse_us(
                data: object,
            ) -> (
                RcsBrandCampaignSenderDetailsQuestionnaireUSDto
                | RcsDefaultSenderDetailsQuestionnaireUSDto
                | RcsSenderDetailsQuestionnaireUSDto
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    try:
                        us_type_0 = (
                            RcsBrandCampaignSenderDetailsQuestionnaireUSDto.from_dict(
                                data
                            )
                        )

                        return us_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        us_type_1 = RcsDefaultSenderDetailsQuestionnaireUSDto.from_dict(
                            data
                        )

                        return us_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        us_type_2 = RcsSenderDetailsQuestionnaireUSDto.from_dict(data)

                        return us_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object or object", data, None)

            us = parse_union(_parse_us, d.pop("us", UNSET))

        except FieldMismatch as exc:
            raise exc.at("us") from None

        rcs_sender_details_questionnaire_dto = cls(
            general=general,
            verification=verification,
            gb=gb,
            fr=fr,
            us=us,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_dto.additional_properties = d
        return rcs_sender_details_questionnaire_dto

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
from ..models.rcs_brand_campaign_sender_details_questionnaire_us_dto import (
    RcsBrandCampaignSenderDetailsQuestionnaireUSDto,
)
from ..models.rcs_default_sender_details_questionnaire_us_dto import (
    RcsDefaultSenderDetailsQuestionnaireUSDto,
)
from ..models.rcs_sender_details_questionnaire_fr_dto import (
    RcsSenderDetailsQuestionnaireFRDto,
)
from ..models.rcs_sender_details_questionnaire_gb_dto import (
    RcsSenderDetailsQuestionnaireGBDto,
)
from ..models.rcs_sender_details_questionnaire_general_dto import (
    RcsSenderDetailsQuestionnaireGeneralDto,
)
from ..models.rcs_sender_details_questionnaire_us_dto import (
    RcsSenderDetailsQuestionnaireUSDto,
)
from ..models.rcs_sender_details_questionnaire_verification_dto import (
    RcsSenderDetailsQuestionnaireVerificationDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireDto=RcsSenderDetailsQuestionnaireDto,
    RcsBrandCampaignSenderDetailsQuestionnaireUSDto=RcsBrandCampaignSenderDetailsQuestionnaireUSDto,
    RcsDefaultSenderDetailsQuestionnaireUSDto=RcsDefaultSenderDetailsQuestionnaireUSDto,
    RcsSenderDetailsQuestionnaireFRDto=RcsSenderDetailsQuestionnaireFRDto,
    RcsSenderDetailsQuestionnaireGBDto=RcsSenderDetailsQuestionnaireGBDto,
    RcsSenderDetailsQuestionnaireGeneralDto=RcsSenderDetailsQuestionnaireGeneralDto,
    RcsSenderDetailsQuestionnaireUSDto=RcsSenderDetailsQuestionnaireUSDto,
    RcsSenderDetailsQuestionnaireVerificationDto=RcsSenderDetailsQuestionnaireVerificationDto,
)
