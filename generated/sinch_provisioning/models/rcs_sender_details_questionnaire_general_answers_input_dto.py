from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDetailsQuestionnaireGeneralAnswersInputDto")


@_attrs_define
class RcsSenderDetailsQuestionnaireGeneralAnswersInputDto:
    """
    Attributes:
        opt_in_description (str | Unset): optional; JSON key optInDescription; length >= 1.
        opt_in_description_metadata (RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key optInDescriptionMetadata.
        trigger_description (str | Unset): optional; JSON key triggerDescription; length >= 1.
        trigger_description_metadata (RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key triggerDescriptionMetadata.
        interactions_description (str | Unset): optional; JSON key interactionsDescription; length
            >= 1.
        interactions_description_metadata (RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key interactionsDescriptionMetadata.
        opt_out_description (str | Unset): optional; JSON key optOutDescription; length >= 1.
        opt_out_description_metadata (RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key optOutDescriptionMetadata.
        video_uris (list[str] | Unset): optional; JSON key videoUris; items >= 1; each item:
            format url.
        screenshot_uris (list[str] | Unset): optional; JSON key screenshotUris; items >= 1; each
            item: format url.
    """

    opt_in_description: str | Unset = UNSET
    opt_in_description_metadata: (
        RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    trigger_description: str | Unset = UNSET
    trigger_description_metadata: (
        RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    interactions_description: str | Unset = UNSET
    interactions_description_metadata: (
        RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    opt_out_description: str | Unset = UNSET
    opt_out_description_metadata: (
        RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    video_uris: list[str] | Unset = UNSET
    screenshot_uris: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opt_in_description = self.opt_in_description

        opt_in_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_in_description_metadata, Unset):
            opt_in_description_metadata = self.opt_in_description_metadata.to_dict()

        trigger_description = self.trigger_description

        trigger_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_description_metadata, Unset):
            trigger_description_metadata = self.trigger_description_metadata.to_dict()

        interactions_description = self.interactions_description

        interactions_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactions_description_metadata, Unset):
            interactions_description_metadata = (
                self.interactions_description_metadata.to_dict()
            )

        opt_out_description = self.opt_out_description

        opt_out_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_out_description_metadata, Unset):
            opt_out_description_metadata = self.opt_out_description_metadata.to_dict()

        video_uris: list[str] | Unset = UNSET
        if not isinstance(self.video_uris, Unset):
            video_uris = self.video_uris

        screenshot_uris: list[str] | Unset = UNSET
        if not isinstance(self.screenshot_uris, Unset):
            screenshot_uris = self.screenshot_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opt_in_description is not UNSET:
            field_dict["optInDescription"] = opt_in_description
        if opt_in_description_metadata is not UNSET:
            field_dict["optInDescriptionMetadata"] = opt_in_description_metadata
        if trigger_description is not UNSET:
            field_dict["triggerDescription"] = trigger_description
        if trigger_description_metadata is not UNSET:
            field_dict["triggerDescriptionMetadata"] = trigger_description_metadata
        if interactions_description is not UNSET:
            field_dict["interactionsDescription"] = interactions_description
        if interactions_description_metadata is not UNSET:
            field_dict["interactionsDescriptionMetadata"] = (
                interactions_description_metadata
            )
        if opt_out_description is not UNSET:
            field_dict["optOutDescription"] = opt_out_description
        if opt_out_description_metadata is not UNSET:
            field_dict["optOutDescriptionMetadata"] = opt_out_description_metadata
        if video_uris is not UNSET:
            field_dict["videoUris"] = video_uris
        if screenshot_uris is not UNSET:
            field_dict["screenshotUris"] = screenshot_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_questionnaire_answer_metadata_input_dto import (
            RcsSenderDetailsQuestionnaireAnswerMetadataInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            opt_in_description = d.pop("optInDescription", UNSET)
            if opt_in_description is not UNSET and not isinstance(
                opt_in_description, str
            ):
                raise mismatch("string", opt_in_description)

        except FieldMismatch as exc:
            raise exc.at("optInDescription") from None

        try:
            _opt_in_description_metadata = d.pop("optInDescriptionMetadata", UNSET)
            opt_in_description_metadata: (
                RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_opt_in_description_metadata, Unset):
                opt_in_description_metadata = UNSET
            else:
                opt_in_description_metadata = (
                    RcsSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _opt_in_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("optInDescriptionMetadata") from None

        try:
            trigger_description = d.pop("triggerDescription", UNSET)
            if trigger_description is not UNSET and not isinstance(
                trigger_description, str
            ):
                raise mismatch("string", trigger_description)

        except FieldMismatch as exc:
            raise exc.at("triggerDescription") from None

        try:
            _trigger_description_metadata = d.pop("triggerDescriptionMetadata", UNSET)
            trigger_description_metadata: (
                RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_trigger_description_metadata, Unset):
                trigger_description_metadata = UNSET
            else:
                trigger_description_metadata = (
                    RcsSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _trigger_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("triggerDescriptionMetadata") from None

        try:
            interactions_description = d.pop("interactionsDescription", UNSET)
            if interactions_description is not UNSET and not isinstance(
                interactions_description, str
            ):
                raise mismatch("string", interactions_description)

        except FieldMismatch as exc:
            raise exc.at("interactionsDescription") from None

        try:
            _interactions_description_metadata = d.pop(
                "interactionsDescriptionMetadata", UNSET
            )
            interactions_description_metadata: (
                RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_interactions_description_metadata, Unset):
                interactions_description_metadata = UNSET
            else:
                interactions_description_metadata = (
                    RcsSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _interactions_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("interactionsDescriptionMetadata") from None

        try:
            opt_out_description = d.pop("optOutDescription", UNSET)
            if opt_out_description is not UNSET and not isinstance(
                opt_out_description, str
            ):
                raise mismatch("string", opt_out_description)

        except FieldMismatch as exc:
            raise exc.at("optOutDescription") from None

        try:
            _opt_out_description_metadata = d.pop("optOutDescriptionMetadata", UNSET)
            opt_out_description_metadata: (
                RcsSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_opt_out_description_metadata, Unset):
                opt_out_description_metadata = UNSET
            else:
                opt_out_description_metadata = (
                    RcsSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _opt_out_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("optOutDescriptionMetadata") from None

        try:
            _video_uris = d.pop("videoUris", UNSET)
            video_uris: list[str] | Unset = UNSET
            if _video_uris is not UNSET:
                video_uris = scalar_items(_video_uris, "string")

        except FieldMismatch as exc:
            raise exc.at("videoUris") from None

        try:
            _screenshot_uris = d.pop("screenshotUris", UNSET)
            screenshot_uris: list[str] | Unset = UNSET
            if _screenshot_uris is not UNSET:
                screenshot_uris = scalar_items(_screenshot_uris, "string")

        except FieldMismatch as exc:
            raise exc.at("screenshotUris") from None

        rcs_sender_details_questionnaire_general_answers_input_dto = cls(
            opt_in_description=opt_in_description,
            opt_in_description_metadata=opt_in_description_metadata,
            trigger_description=trigger_description,
            trigger_description_metadata=trigger_description_metadata,
            interactions_description=interactions_description,
            interactions_description_metadata=interactions_description_metadata,
            opt_out_description=opt_out_description,
            opt_out_description_metadata=opt_out_description_metadata,
            video_uris=video_uris,
            screenshot_uris=screenshot_uris,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_details_questionnaire_general_answers_input_dto.additional_properties = d
        return rcs_sender_details_questionnaire_general_answers_input_dto

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
from ..models.rcs_sender_details_questionnaire_answer_metadata_input_dto import (
    RcsSenderDetailsQuestionnaireAnswerMetadataInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDetailsQuestionnaireGeneralAnswersInputDto.__init__.__globals__.update(
    RcsSenderDetailsQuestionnaireGeneralAnswersInputDto=RcsSenderDetailsQuestionnaireGeneralAnswersInputDto,
    RcsSenderDetailsQuestionnaireAnswerMetadataInputDto=RcsSenderDetailsQuestionnaireAnswerMetadataInputDto,
)
