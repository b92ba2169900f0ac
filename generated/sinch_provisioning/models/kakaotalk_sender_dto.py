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
from ..models.kakaotalk_sender_states_enum import KakaotalkSenderStatesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkSenderDto")


@_attrs_define
class KakaotalkSenderDto:
    """
    Attributes:
        plus_friend_id (str): required; JSON key plusFriendId.
        id (str | Unset): optional; JSON key id.
        state (KakaotalkSenderStatesEnum | Unset): optional; JSON key state; one of: ACTIVE,
            BLOCKED, INACTIVE, SUSPENDED, VERIFYING.
        changes (KakaotalkSenderChangesDto | Unset): optional; JSON key changes.
        details (KakaotalkSenderDetailsDto | Unset): optional; JSON key details.
        created (str | Unset): optional; JSON key created.
        modified (str | Unset): optional; JSON key modified.
    """

    plus_friend_id: str
    id: str | Unset = UNSET
    state: KakaotalkSenderStatesEnum | Unset = UNSET
    changes: KakaotalkSenderChangesDto | Unset = UNSET
    details: KakaotalkSenderDetailsDto | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plus_friend_id = self.plus_friend_id

        id = self.id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plusFriendId": plus_friend_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if changes is not UNSET:
            field_dict["changes"] = changes
        if details is not UNSET:
            field_dict["details"] = details
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_sender_changes_dto import KakaotalkSenderChangesDto
        from ..models.kakaotalk_sender_details_dto import KakaotalkSenderDetailsDto

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
            id = d.pop("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            _state = d.pop("state", UNSET)
            state: KakaotalkSenderStatesEnum | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = parse_enum(KakaotalkSenderStatesEnum, _state)

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            _changes = d.pop("changes", UNSET)
            changes: KakaotalkSenderChangesDto | Unset
            if isinstance(_changes, Unset):
                changes = UNSET
            else:
                changes = KakaotalkSenderChangesDto.from_dict(_changes)

        except FieldMismatch as exc:
            raise exc.at("changes") from None

        try:
            _details = d.pop("details", UNSET)
            details: KakaotalkSenderDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = KakaotalkSenderDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            created = d.pop("created", UNSET)
            if created is not UNSET and not isinstance(created, str):
                raise mismatch("string", created)

        except FieldMismatch as exc:
            raise exc.at("created") from None

        try:
            modified = d.pop("modified", UNSET)
            if modified is not UNSET and not isinstance(modified, str):
                raise mismatch("string", modified)

        except FieldMismatch as exc:
            raise exc.at("modified") from None

        kakaotalk_sender_dto = cls(
            plus_friend_id=plus_friend_id,
            id=id,
            state=state,
            changes=changes,
            details=details,
            created=created,
            modified=modified,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_sender_dto.additional_properties = d
        return kakaotalk_sender_dto

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
from ..models.kakaotalk_sender_changes_dto import KakaotalkSenderChangesDto
from ..models.kakaotalk_sender_details_dto import KakaotalkSenderDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkSenderDto.__init__.__globals__.update(
    KakaotalkSenderDto=KakaotalkSenderDto,
    KakaotalkSenderChangesDto=KakaotalkSenderChangesDto,
    KakaotalkSenderDetailsDto=KakaotalkSenderDetailsDto,
)
