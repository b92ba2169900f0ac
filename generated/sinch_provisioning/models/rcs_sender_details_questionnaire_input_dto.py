from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireInputDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireInputDto:
    """
    Attributes:
        general (RcsSenderDetailsQuestionnaireGeneralInputDto | Unset): optional; JSON key
            general.
        verification (RcsSenderDetailsQuestionnaireVerificationInputDto | Unset): optional; JSON
            key verification.
        gb (RcsSenderDetailsQuestionnaireGBInputDto | Unset): optional; JSON key gb.
        fr (RcsSenderDetailsQuestionnaireFRInputDto | Unset): optional; JSON key fr.
        us (RcsSenderDetailsQuestionnaireUSInputDto | Unset): optional; JSON key us.
    """

    general: RcsSenderDetailsQuestionnaireGeneralInputDto | Unset = UNSET
    verification: RcsSenderDetailsQuestionnaireVerificationInputDto | Unset = UNSET
    gb: RcsSenderDetailsQuestionnaireGBInputDto | Unset = UNSET
    fr: RcsSenderDetailsQuestionnaireFRInputDto | Unset = UNSET
    us: RcsSenderDetailsQuestionnaireUSInputDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = self.general.to_dict()

        verification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verification, Unset):
            verification = self.verification.to_dict()

        gb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gb, Unset):
            gb = self.gb.to_dict()

        fr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fr, Unset):
            fr = self.fr.to_dict()

        us: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us, Unset):
            us = self.us.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general is not UNSET:
            field_dict["general"] = general
        if verification is not UNSET:
            field_dict["verification"] = verification
        if gb is not UNSET:
            field_dict["gb"] = gb
        if fr is not UNSET:
            field_dict["fr"] = fr
        if us is not UNSET:
            field_dict["us"] = us

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_fr_input_dto import (
            RcsSenderDetailsQuestionnaireFRInputDto,
        )
        from ..models.rcs_sender_details_questionnaire_gb_input_dto import (
            RcsSenderDetailsQuestionnaireGBInputDto,
        )
        from ..models.rcs_sender_details_questionnaire_general_input_dto import (
            RcsSenderDetailsQuestionnaireGeneralInputDto,
        )
        from ..models.rcs_sender_details_questionnaire_us_input_dto import (
            RcsSenderDetailsQuestionnaireUSInputDto,
        )
        from ..models.rcs_sender_details_questionnaire_verification_input_dto import (
            RcsSenderDetailsQuestionnaireVerificationInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _general = d.pop("general", UNSET)
            general: RcsSenderDetailsQuestionnaireGeneralInputDto | Unset
            if isinstance(_general, Unset):
                general = UNSET
            else:
                general = RcsSenderDetailsQuestionnaireGeneralInputDto.from_dict(
                    _general
                )

        except FieldMismatch as exc:
            raise exc.at("general") from None

        try:
            _verification = d.pop("verification", UNSET)
            verification: RcsSenderDetailsQuestionnaireVerificationInputDto | Unset
            if isinstance(_verification, Unset):
                verification = UNSET
            else:
                verification = (
                    RcsSenderDetailsQuestionnaireVerificationInputDto.from_dict(
                        _verification
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("verification") from None

        try:
            _gb = d.pop("gb", UNSET)
            gb: RcsSenderDetailsQuestionnaireGBInputDto | Unset
            if isinstance(_gb, Unset):
                gb = UNSET
            else:
                gb = RcsSenderDetailsQuestionnaireGBInputDto.from_dict(_gb)

        except FieldMismatch as exc:
            raise exc.at("gb") from None

        try:
            _fr = d.pop("fr", UNSET)
            fr: RcsSenderDetailsQuestionnaireFRInputDto | Unset
            if isinstance(_fr, Unset):
                fr = UNSET
            else:
                fr = RcsSenderDetailsQuestionnaireFRInputDto.from_dict(_fr)

        except FieldMismatch as exc:
            raise exc.at("fr") from None

        try:
            _us = d.pop("us", UNSET)
            us: RcsSenderDetailsQuestionnaireUSInputDto | Unset
            if isinstance(_us, Unset):
                us = UNSET
            else:
                us = RcsSenderDetailsQuestionnaireUSInputDto.from_dict(_us)

        except FieldMismatch as exc:
            raise exc.at("us") from None

        rcs_sender_details_questionnaire_input_dto = cls(
            general=general,
            verification=verification,
            gb=gb,
            fr=fr,
            us=us,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_input_dto.additional_properties = d
        return rcs_sender_details_questionnaire_input_dto

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
from ..models.rcs_sender_details_questionnaire_fr_input_dto import (
    RcsSenderDetailsQuestionnaireFRInputDto,
)
from ..models.rcs_sender_details_questionnaire_gb_input_dto import (
    RcsSenderDetailsQuestionnaireGBInputDto,
)
from ..models.rcs_sender_details_questionnaire_general_input_dto import (
    RcsSenderDetailsQuestionnaireGeneralInputDto,
)
from ..models.rcs_sender_details_questionnaire_us_input_dto import (
    RcsSenderDetailsQuestionnaireUSInputDto,
)
from ..models.rcs_sender_details_questionnaire_verification_input_dto import (
    RcsSenderDetailsQuestionnaireVerificationInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireInputDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireInputDto=RcsSenderDetailsQuestionnaireInputDto,
    RcsSenderDetailsQuestionnaireFRInputDto=RcsSenderDetailsQuestionnaireFRInputDto,
    RcsSenderDetailsQuestionnaireGBInputDto=RcsSenderDetailsQuestionnaireGBInputDto,
    RcsSenderDetailsQuestionnaireGeneralInputDto=RcsSenderDetailsQuestionnaireGeneralInputDto,
    RcsSenderDetailsQuestionnaireUSInputDto=RcsSenderDetailsQuestionnaireUSInputDto,
    RcsSenderDetailsQuestionnaireVerificationInputDto=RcsSenderDetailsQuestionnaireVerificationInputDto,
)
