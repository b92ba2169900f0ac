from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialTemplateAnalyticsDto")


@_attrs_define
class WhatsappPartialTemplateAnalyticsDto:
    """
    Attributes:
        sent (float | Unset): optional; JSON key sent.
        delivered (float | Unset): optional; JSON key delivered.
        read (float | Unset): optional; JSON key read.
        start (str | Unset): optional; JSON key start.
        end (str | Unset): optional; JSON key end.
        buttons (list[WhatsappPartialTemplateAnalyticsButtonsDto] | Unset): optional; JSON key
            buttons.
    """

    sent: float | Unset = UNSET
    delivered: float | Unset = UNSET
    read: float | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    buttons: list[WhatsappPartialTemplateAnalyticsButtonsDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        delivered = self.delivered

        read = self.read

        start = self.start

        end = self.end

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if read is not UNSET:
            field_dict["read"] = read
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_template_analytics_buttons_dto import (
            WhatsappPartialTemplateAnalyticsButtonsDto,
        )

        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        read = d.pop("read", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[WhatsappPartialTemplateAnalyticsButtonsDto] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = WhatsappPartialTemplateAnalyticsButtonsDto.from_dict(
                    buttons_item_data
                )

                buttons.append(buttons_item)

        whatsapp_partial_template_analytics_dto = cls(
            sent=sent,
            delivered=delivered,
            read=read,
            start=start,
            end=end,
            buttons=buttons,
        )

        whatsapp_partial_template_analytics_dto.additional_properties = d
        return whatsapp_partial_template_analytics_dto

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
from ..models.whatsapp_partial_template_analytics_buttons_dto import (
    WhatsappPartialTemplateAnalyticsButtonsDto,
)
