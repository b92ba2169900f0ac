from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel_status_enum import ConversationChannelStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationMessengerInfoDto")


@_attrs_define
class ConversationMessengerInfoDto:
    """
    Attributes:
        status (ConversationChannelStatusEnum): required; JSON key status; one of: ACTIVE, ERROR,
            FAILING, PENDING, UNRECOGNIZED.
        status_description (str | Unset): optional; JSON key statusDescription.
        id (str | Unset): optional; JSON key id.
        name (str | Unset): optional; JSON key name.
        global_brand_page_name (str | Unset): optional; JSON key globalBrandPageName.
    """

    status: ConversationChannelStatusEnum
    status_description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    global_brand_page_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        status_description = self.status_description

        id = self.id

        name = self.name

        global_brand_page_name = self.global_brand_page_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if status_description is not UNSET:
            field_dict["statusDescription"] = status_description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if global_brand_page_name is not UNSET:
            field_dict["globalBrandPageName"] = global_brand_page_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        status = ConversationChannelStatusEnum(d.pop("status"))

        status_description = d.pop("statusDescription", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        global_brand_page_name = d.pop("globalBrandPageName", UNSET)

        conversation_messenger_info_dto = cls(
            status=status,
            status_description=status_description,
            id=id,
            name=name,
            global_brand_page_name=global_brand_page_name,
        )

        conversation_messenger_info_dto.additional_properties = d
        return conversation_messenger_info_dto

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
