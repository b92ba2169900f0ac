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
from ..models.rcs_conversation_api_app_regions_enum import (
    RcsConversationApiAppRegionsEnum,
)
from ..models.rcs_conversation_app_channel_integration_status_enum import (
    RcsConversationAppChannelIntegrationStatusEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsConversationApiAppDto")


@_attrs_define
class RcsConversationApiAppDto:
    """
    Attributes:
        id (str): required; JSON key id.
        project_id (str): required; JSON key projectId.
        region (RcsConversationApiAppRegionsEnum): required; JSON key region; one of: BR, EU, US,
            UNRECOGNIZED.
        channel_status (RcsConversationAppChannelIntegrationStatusEnum | Unset): optional; JSON
            key channelStatus; one of: ACTIVE, FAILING, PENDING, UNRECOGNIZED.
    """

    id: str
    project_id: str
    region: RcsConversationApiAppRegionsEnum
    channel_status: RcsConversationAppChannelIntegrationStatusEnum | Unset = UNSET
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id", MISSING)
            if not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            project_id = d.pop("projectId", MISSING)
            if not isinstance(project_id, str):
                raise mismatch("string", project_id)

        except FieldMismatch as exc:
            raise exc.at("projectId") from None

        try:
            region = parse_enum(
                RcsConversationApiAppRegionsEnum, d.pop("region", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            _channel_status = d.pop("channelStatus", UNSET)
            channel_status: RcsConversationAppChannelIntegrationStatusEnum | Unset
            if isinstance(_channel_status, Unset):
                channel_status = UNSET
            else:
                channel_status = parse_enum(
                    RcsConversationAppChannelIntegrationStatusEnum, _channel_status
                )

        except FieldMismatch as exc:
            raise exc.at("channelStatus") from None

        rcs_conversation_api_app_dto = cls(
            id=id,
            project_id=project_id,
            region=region,
            channel_status=channel_status,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_conversation_api_app_dto.additional_properties = d
        return rcs_conversation_api_app_dto

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
RcsConversationApiAppDto.__init__.__globals__.update(
    RcsConversationApiAppDto=RcsConversationApiAppDto,
)
