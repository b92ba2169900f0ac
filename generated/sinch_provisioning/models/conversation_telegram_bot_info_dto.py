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
from ..models.conversation_channel_status_enum import ConversationChannelStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationTelegramBotInfoDto")


@_attrs_define
class ConversationTelegramBotInfoDto:
    """
    Attributes:
        status (ConversationChannelStatusEnum): required; JSON key status; one of: ACTIVE, ERROR,
            FAILING, PENDING, UNRECOGNIZED.
        status_description (str | Unset): optional; JSON key statusDescription.
        name (str | Unset): optional; JSON key name.
        username (str | Unset): optional; JSON key username.
        can_join_groups (bool | Unset): optional; JSON key canJoinGroups.
        can_read_all_group_messages (bool | Unset): optional; JSON key canReadAllGroupMessages.
        supports_inline_queries (bool | Unset): optional; JSON key supportsInlineQueries.
    """

    status: ConversationChannelStatusEnum
    status_description: str | Unset = UNSET
    name: str | Unset = UNSET
    username: str | Unset = UNSET
    can_join_groups: bool | Unset = UNSET
    can_read_all_group_messages: bool | Unset = UNSET
    supports_inline_queries: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        status_description = self.status_description

        name = self.name

        username = self.username

        can_join_groups = self.can_join_groups

        can_read_all_group_messages = self.can_read_all_group_messages

        supports_inline_queries = self.supports_inline_queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if status_description is not UNSET:
            field_dict["statusDescription"] = status_description
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if can_join_groups is not UNSET:
            field_dict["canJoinGroups"] = can_join_groups
        if can_read_all_group_messages is not UNSET:
            field_dict["canReadAllGroupMessages"] = can_read_all_group_messages
        if supports_inline_queries is not UNSET:
            field_dict["supportsInlineQueries"] = supports_inline_queries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            status = parse_enum(ConversationChannelStatusEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            status_description = d.pop("statusDescription", UNSET)
            if status_description is not UNSET and not isinstance(
                status_description, str
            ):
                raise mismatch("string", status_description)

        except FieldMismatch as exc:
            raise exc.at("statusDescription") from None

        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            username = d.pop("username", UNSET)
            if username is not UNSET and not isinstance(username, str):
                raise mismatch("string", username)

        except FieldMismatch as exc:
            raise exc.at("username") from None

        try:
            can_join_groups = d.pop("canJoinGroups", UNSET)
            if can_join_groups is not UNSET and not type(can_join_groups) is bool:
                raise mismatch("boolean", can_join_groups)

        except FieldMismatch as exc:
            raise exc.at("canJoinGroups") from None

        try:
            can_read_all_group_messages = d.pop("canReadAllGroupMessages", UNSET)
            if (
                can_read_all_group_messages is not UNSET
                and not type(can_read_all_group_messages) is bool
            ):
                raise mismatch("boolean", can_read_all_group_messages)

        except FieldMismatch as exc:
            raise exc.at("canReadAllGroupMessages") from None

        try:
            supports_inline_queries = d.pop("supportsInlineQueries", UNSET)
            if (
                supports_inline_queries is not UNSET
                and not type(supports_inline_queries) is bool
            ):
                raise mismatch("boolean", supports_inline_queries)

        except FieldMismatch as exc:
            raise exc.at("supportsInlineQueries") from None

        conversation_telegram_bot_info_dto = cls(
            status=status,
            status_description=status_description,
            name=name,
            username=username,
            can_join_groups=can_join_groups,
            can_read_all_group_messages=can_read_all_group_messages,
            supports_inline_queries=supports_inline_queries,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        conversation_telegram_bot_info_dto.additional_properties = d
        return conversation_telegram_bot_info_dto

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
ConversationTelegramBotInfoDto.__init__.__globals__.update(
    ConversationTelegramBotInfoDto=ConversationTelegramBotInfoDto,
)
