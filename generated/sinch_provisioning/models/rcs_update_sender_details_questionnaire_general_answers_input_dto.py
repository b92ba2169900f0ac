from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    scalar_items,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto")


@_attrs_define
class RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto:
    """
    Attributes:
        opt_in_description (None | str | Unset): optional; JSON key optInDescription; length >= 1.
        opt_in_description_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key optInDescriptionMetadata.
        trigger_description (None | str | Unset): optional; JSON key triggerDescription; length >=
            1.
        trigger_description_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key triggerDescriptionMetadata.
        interactions_description (None | str | Unset): optional; JSON key interactionsDescription;
            length >= 1.
        interactions_description_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key interactionsDescriptionMetadata.
        opt_out_description (None | str | Unset): optional; JSON key optOutDescription; length >=
            1.
        opt_out_description_metadata (RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset):
            optional; JSON key optOutDescriptionMetadata.
        video_uris (list[str] | None | Unset): optional; JSON key videoUris; items >= 1; each
            item: format url.
        screenshot_uris (list[str] | None | Unset): optional; JSON key screenshotUris; items >= 1;
            each item: format url.
    """

    opt_in_description: None | str | Unset = UNSET
    opt_in_description_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    trigger_description: None | str | Unset = UNSET
    trigger_description_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    interactions_description: None | str | Unset = UNSET
    interactions_description_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    opt_out_description: None | str | Unset = UNSET
    opt_out_description_metadata: (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
    ) = UNSET
    video_uris: list[str] | None | Unset = UNSET
    screenshot_uris: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opt_in_description: None | str | Unset
        if isinstance(self.opt_in_description, Unset):
            opt_in_description = UNSET
        else:
            opt_in_description = self.opt_in_description

        opt_in_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_in_description_metadata, Unset):
            opt_in_description_metadata = self.opt_in_description_metadata.to_dict()

        trigger_description: None | str | Unset
        if isinstance(self.trigger_description, Unset):
            trigger_description = UNSET
        else:
            trigger_description = self.trigger_description

        trigger_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_description_metadata, Unset):
            trigger_description_metadata = self.trigger_description_metadata.to_dict()

        interactions_description: None | str | Unset
        if isinstance(self.interactions_description, Unset):
            interactions_description = UNSET
        else:
            interactions_description = self.interactions_description

        interactions_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactions_description_metadata, Unset):
            interactions_description_metadata = (
                self.interactions_description_metadata.to_dict()
            )

        opt_out_description: None | str | Unset
        if isinstance(self.opt_out_description, Unset):
            opt_out_description = UNSET
        else:
            opt_out_description = self.opt_out_description

        opt_out_description_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_out_description_metadata, Unset):
            opt_out_description_metadata = self.opt_out_description_metadata.to_dict()

        video_uris: list[str] | None | Unset
        if isinstance(self.video_uris, Unset):
            video_uris = UNSET
        elif isinstance(self.video_uris, list):
            video_uris = self.video_uris

        else:
            video_uris = self.video_uris

        screenshot_uris: list[str] | None | Unset
        if isinstance(self.screenshot_uris, Unset):
            screenshot_uris = UNSET
        elif isinstance(self.screenshot_uris, list):
            screenshot_uris = self.screenshot_uris

        else:
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
        from ..models.rcs_update_sender_details_questionnaire_answer_metadata_input_dto import (
            RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:

            def _parse_opt_in_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        opt_in_description_type_0 = data
                        if not isinstance(opt_in_description_type_0, str):
                            raise mismatch("string", opt_in_description_type_0)

                        return opt_in_description_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            opt_in_description = _parse_opt_in_description(
                d.pop("optInDescription", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("optInDescription") from None

        try:
            _opt_in_description_metadata = d.pop("optInDescriptionMetadata", UNSET)
            opt_in_description_metadata: (
                RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_opt_in_description_metadata, Unset):
                opt_in_description_metadata = UNSET
            else:
                opt_in_description_metadata = (
                    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _opt_in_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("optInDescriptionMetadata") from None

        try:

            def _parse_trigger_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        trigger_description_type_0 = data
                        if not isinstance(trigger_description_type_0, str):
                            raise mismatch("string", trigger_description_type_0)

                        return trigger_description_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            trigger_description = _parse_trigger_description(
                d.pop("triggerDescription", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("triggerDescription") from None

        try:
            _trigger_description_metadata = d.pop("triggerDescriptionMetadata", UNSET)
            trigger_description_metadata: (
                RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_trigger_description_metadata, Unset):
                trigger_description_metadata = UNSET
            else:
                trigger_description_metadata = (
                    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _trigger_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("triggerDescriptionMetadata") from None

        try:

            def _parse_interactions_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        interactions_description_type_0 = data
                        if not isinstance(interactions_description_type_0, str):
                            raise mismatch("string", interactions_description_type_0)

                        return interactions_description_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            interactions_description = _parse_interactions_description(
                d.pop("interactionsDescription", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("interactionsDescription") from None

        try:
            _interactions_description_metadata = d.pop(
                "interactionsDescriptionMetadata", UNSET
            )
            interactions_description_metadata: (
                RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_interactions_description_metadata, Unset):
                interactions_description_metadata = UNSET
            else:
                interactions_description_metadata = (
                    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _interactions_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("interactionsDescriptionMetadata") from None

        try:

            def _parse_opt_out_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        opt_out_description_type_0 = data
                        if not isinstance(opt_out_description_type_0, str):
                            raise mismatch("string", opt_out_description_type_0)

                        return opt_out_description_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("string or null", data, error)

            opt_out_description = _parse_opt_out_description(
                d.pop("optOutDescription", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("optOutDescription") from None

        try:
            _opt_out_description_metadata = d.pop("optOutDescriptionMetadata", UNSET)
            opt_out_description_metadata: (
                RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto | Unset
            )
            if isinstance(_opt_out_description_metadata, Unset):
                opt_out_description_metadata = UNSET
            else:
                opt_out_description_metadata = (
                    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto.from_dict(
                        _opt_out_description_metadata
                    )
                )

        except FieldMismatch as exc:
            raise exc.at("optOutDescriptionMetadata") from None

        try:

            def _parse_video_uris(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _video_uris_type_0 = data
                        video_uris_type_0 = scalar_items(_video_uris_type_0, "string")

                        return video_uris_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            video_uris = parse_union(_parse_video_uris, d.pop("videoUris", UNSET))

        except FieldMismatch as exc:
            raise exc.at("videoUris") from None

        try:

            def _parse_screenshot_uris(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, list):
                    try:
                        _screenshot_uris_type_0 = data
                        screenshot_uris_type_0 = scalar_items(
                            _screenshot_uris_type_0, "string"
                        )

                        return screenshot_uris_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("array or null", data, error)

            screenshot_uris = parse_union(
                _parse_screenshot_uris, d.pop("screenshotUris", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("screenshotUris") from None

        rcs_update_sender_details_questionnaire_general_answers_input_dto = cls(
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
        rcs_update_sender_details_questionnaire_general_answers_input_dto.additional_properties = d
        return rcs_update_sender_details_questionnaire_general_answers_input_dto

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
from ..models.rcs_update_sender_details_questionnaire_answer_metadata_input_dto import (
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto.__init__.__globals__.update(
    RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto=RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto,
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto=RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
)
