from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsappCarouselComponentDto")


@_attrs_define
class WhatsappCarouselComponentDto:
    """
    Attributes:
        type_ (Literal['CAROUSEL']): required; JSON key type; always CAROUSEL.
        cards (list[WhatsappCardDto]): required; JSON key cards.
    """

    type_: Literal["CAROUSEL"]
    cards: list[WhatsappCardDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cards = []
        for cards_item_data in self.cards:
            cards_item = cards_item_data.to_dict()
            cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cards": cards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_card_dto import WhatsappCardDto

        d = dict(src_dict)
        type_ = cast(Literal["CAROUSEL"], d.pop("type"))
        if type_ != "CAROUSEL":
            raise ValueError(f"type must match const 'CAROUSEL', got '{type_}'")

        cards = []
        _cards = d.pop("cards")
        for cards_item_data in _cards:
            cards_item = WhatsappCardDto.from_dict(cards_item_data)

            cards.append(cards_item)

        whatsapp_carousel_component_dto = cls(
            type_=type_,
            cards=cards,
        )

        whatsapp_carousel_component_dto.additional_properties = d
        return whatsapp_carousel_component_dto

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
from ..models.whatsapp_card_dto import WhatsappCardDto
