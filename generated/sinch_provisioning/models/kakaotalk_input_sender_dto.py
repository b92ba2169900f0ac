from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.kakaotalk_actions_enum import KakaotalkActionsEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkInputSenderDto")


@_attrs_define
class KakaotalkInputSenderDto:
    """
    Attributes:
        plus_friend_id (str): required; JSON key plusFriendId; length 1-30.
        details (KakaotalkInputSenderDetailsDto): required; JSON key details.
        status (KakaotalkActionsEnum | Unset): optional; JSON key status; one of: DRAFT, SUBMIT;
            default "SUBMIT".
        save_draft_on_failure (bool | Unset): optional; JSON key saveDraftOnFailure; default
            false.
    """

    plus_friend_id: str
    details: KakaotalkInputSenderDetailsDto
    status: KakaotalkActionsEnum | Unset = KakaotalkActionsEnum.SUBMIT
    save_draft_on_failure: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plus_friend_id = self.plus_friend_id

        details = self.details.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        save_draft_on_failure = self.save_draft_on_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plusFriendId": plus_friend_id,
                "details": details,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if save_draft_on_failure is not UNSET:
            field_dict["saveDraftOnFailure"] = save_draft_on_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_input_sender_details_dto import (
            KakaotalkInputSenderDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            plus_friend_id = d.pop("plusFriendId", MISSING)
            if not isinstance(plus_friend_id, str):
                raise mismatch("string", plus_friend_id)

        except FieldMismatch as exc:
            raise exc.at("plusFriendId") from None

        try:
            details = KakaotalkInputSenderDetailsDto.from_dict(
                d.pop("details", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _status = d.pop("status", UNSET)
            status: KakaotalkActionsEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = parse_enum(KakaotalkActionsEnum, _status)

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            save_draft_on_failure = d.pop("saveDraftOnFailure", UNSET)
            if (
                save_draft_on_failure is not UNSET
                and not type(save_draft_on_failure) is bool
            ):
                raise mismatch("boolean", save_draft_on_failure)

        except FieldMismatch as exc:
            raise exc.at("saveDraftOnFailure") from None

        kakaotalk_input_sender_dto = cls(
            plus_friend_id=plus_friend_id,
            details=details,
            status=status,
            save_draft_on_failure=save_draft_on_failure,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_input_sender_dto.additional_properties = d
        return kakaotalk_input_sender_dto

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
from ..models.kakaotalk_input_sender_details_dto import KakaotalkInputSenderDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkInputSenderDto.__init__.__globals__.update(
    KakaotalkInputSenderDto=KakaotalkInputSenderDto,
    KakaotalkInputSenderDetailsDto=KakaotalkInputSenderDetailsDto,
)
