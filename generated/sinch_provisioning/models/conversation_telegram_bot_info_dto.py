from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        status = ConversationChannelStatusEnum(d.pop("status"))

        status_description = d.pop("statusDescription", UNSET)

        name = d.pop("name", UNSET)

        username = d.pop("username", UNSET)

        can_join_groups = d.pop("canJoinGroups", UNSET)

        can_read_all_group_messages = d.pop("canReadAllGroupMessages", UNSET)

        supports_inline_queries = d.pop("supportsInlineQueries", UNSET)

        conversation_telegram_bot_info_dto = cls(
            status=status,
            status_description=status_description,
            name=name,
            username=username,
            can_join_groups=can_join_groups,
            can_read_all_group_messages=can_read_all_group_messages,
            supports_inline_queries=supports_inline_queries,
        )

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
