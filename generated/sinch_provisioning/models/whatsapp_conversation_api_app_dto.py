from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_conversation_api_app_regions_enum import (
    WhatsappConversationApiAppRegionsEnum,
)
from ..models.whatsapp_conversation_app_channel_integration_status_enum import (
    WhatsappConversationAppChannelIntegrationStatusEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappConversationApiAppDto")


@_attrs_define
class WhatsappConversationApiAppDto:
    """
    Attributes:
        id (str): required; JSON key id.
        project_id (str): required; JSON key projectId.
        region (WhatsappConversationApiAppRegionsEnum): required; JSON key region; one of: BR, EU,
            US, UNRECOGNIZED.
        channel_status (WhatsappConversationAppChannelIntegrationStatusEnum | Unset): optional;
            JSON key channelStatus; one of: ACTIVE, FAILING, PENDING, UNRECOGNIZED.
    """

    id: str
    project_id: str
    region: WhatsappConversationApiAppRegionsEnum
    channel_status: WhatsappConversationAppChannelIntegrationStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        region = self.region.value

        channel_status: str | Unset = UNSET
        if not isinstance(self.channel_status, Unset):
            channel_status = self.channel_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "region": region,
            }
        )
        if channel_status is not UNSET:
            field_dict["channelStatus"] = channel_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("projectId")

        region = WhatsappConversationApiAppRegionsEnum(d.pop("region"))

        _channel_status = d.pop("channelStatus", UNSET)
        channel_status: WhatsappConversationAppChannelIntegrationStatusEnum | Unset
        if isinstance(_channel_status, Unset):
            channel_status = UNSET
        else:
            channel_status = WhatsappConversationAppChannelIntegrationStatusEnum(
                _channel_status
            )

        whatsapp_conversation_api_app_dto = cls(
            id=id,
            project_id=project_id,
            region=region,
            channel_status=channel_status,
        )

        whatsapp_conversation_api_app_dto.additional_properties = d
        return whatsapp_conversation_api_app_dto

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
