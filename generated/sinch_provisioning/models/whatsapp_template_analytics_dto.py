from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsappTemplateAnalyticsDto")


@_attrs_define
class WhatsappTemplateAnalyticsDto:
    """
    Attributes:
        sent (float): required; JSON key sent.
        delivered (float): required; JSON key delivered.
        read (float): required; JSON key read.
        start (str): required; JSON key start.
        end (str): required; JSON key end.
        buttons (list[WhatsappTemplateAnalyticsButtonsDto]): required; JSON key buttons.
    """

    sent: float
    delivered: float
    read: float
    start: str
    end: str
    buttons: list[WhatsappTemplateAnalyticsButtonsDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        delivered = self.delivered

        read = self.read

        start = self.start

        end = self.end

        buttons = []
        for buttons_item_data in self.buttons:
            buttons_item = buttons_item_data.to_dict()
            buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sent": sent,
                "delivered": delivered,
                "read": read,
                "start": start,
                "end": end,
                "buttons": buttons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_template_analytics_buttons_dto import (
            WhatsappTemplateAnalyticsButtonsDto,
        )

        d = dict(src_dict)
        sent = d.pop("sent")

        delivered = d.pop("delivered")

        read = d.pop("read")

        start = d.pop("start")

        end = d.pop("end")

        buttons = []
        _buttons = d.pop("buttons")
        for buttons_item_data in _buttons:
            buttons_item = WhatsappTemplateAnalyticsButtonsDto.from_dict(
                buttons_item_data
            )

            buttons.append(buttons_item)

        whatsapp_template_analytics_dto = cls(
            sent=sent,
            delivered=delivered,
            read=read,
            start=start,
            end=end,
            buttons=buttons,
        )

        whatsapp_template_analytics_dto.additional_properties = d
        return whatsapp_template_analytics_dto

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
from ..models.whatsapp_template_analytics_buttons_dto import (
    WhatsappTemplateAnalyticsButtonsDto,
)
