from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="WhatsappFlowScreenListDto")


@_attrs_define
class WhatsappFlowScreenListDto:
    """
    Attributes:
        screens (list[WhatsappFlowScreenDto]): required; JSON key screens.
    """

    screens: list[WhatsappFlowScreenDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screens = []
        for screens_item_data in self.screens:
            screens_item = screens_item_data.to_dict()
            screens.append(screens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "screens": screens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_flow_screen_dto import WhatsappFlowScreenDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _screens = d.pop("screens", MISSING)
            if not isinstance(_screens, list):
                raise mismatch("array", _screens)
            screens = []
            try:
                for screens_item_data in _screens:
                    screens_item = WhatsappFlowScreenDto.from_dict(screens_item_data)

                    screens.append(screens_item)
            except FieldMismatch as exc:
                raise exc.at(len(screens)) from None

        except FieldMismatch as exc:
            raise exc.at("screens") from None

        whatsapp_flow_screen_list_dto = cls(
            screens=screens,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_flow_screen_list_dto.additional_properties = d
        return whatsapp_flow_screen_list_dto

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
from ..models.whatsapp_flow_screen_dto import WhatsappFlowScreenDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappFlowScreenListDto.__init__.__globals__.update(
    WhatsappFlowScreenListDto=WhatsappFlowScreenListDto,
    WhatsappFlowScreenDto=WhatsappFlowScreenDto,
)
