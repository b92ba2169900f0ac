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
from ..models.kakaotalk_sender_notification_type_enum import (
    KakaotalkSenderNotificationTypeEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkSenderNotificationDto")


@_attrs_define
class KakaotalkSenderNotificationDto:
    """
    Attributes:
        type_ (KakaotalkSenderNotificationTypeEnum): required; JSON key type; one of: ACTIVE,
            COMMENT_ADDED, CREATED, DRAFT, EDITED, IN_PROGRESS, INACTIVE, REJECTED.
        created (str | Unset): optional; JSON key created.
        author (str | Unset): optional; JSON key author.
        comment (str | Unset): optional; JSON key comment.
    """

    type_: KakaotalkSenderNotificationTypeEnum
    created: str | Unset = UNSET
    author: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        created = self.created

        author = self.author

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if author is not UNSET:
            field_dict["author"] = author
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = parse_enum(
                KakaotalkSenderNotificationTypeEnum, d.pop("type", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            created = d.pop("created", UNSET)
            if created is not UNSET and not isinstance(created, str):
                raise mismatch("string", created)

        except FieldMismatch as exc:
            raise exc.at("created") from None

        try:
            author = d.pop("author", UNSET)
            if author is not UNSET and not isinstance(author, str):
                raise mismatch("string", author)

        except FieldMismatch as exc:
            raise exc.at("author") from None

        try:
            comment = d.pop("comment", UNSET)
            if comment is not UNSET and not isinstance(comment, str):
                raise mismatch("string", comment)

        except FieldMismatch as exc:
            raise exc.at("comment") from None

        kakaotalk_sender_notification_dto = cls(
            type_=type_,
            created=created,
            author=author,
            comment=comment,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_sender_notification_dto.additional_properties = d
        return kakaotalk_sender_notification_dto

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
KakaotalkSenderNotificationDto.__init__.__globals__.update(
    KakaotalkSenderNotificationDto=KakaotalkSenderNotificationDto,
)
