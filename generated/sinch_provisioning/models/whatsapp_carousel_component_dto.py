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

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

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

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["CAROUSEL"], d.pop("type", MISSING))
            if type_ != "CAROUSEL":
                raise mismatch(repr("CAROUSEL"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            _cards = d.pop("cards", MISSING)
            if not isinstance(_cards, list):
                raise mismatch("array", _cards)
            cards = []
            try:
                for cards_item_data in _cards:
                    cards_item = WhatsappCardDto.from_dict(cards_item_data)

                    cards.append(cards_item)
            except FieldMismatch as exc:
                raise exc.at(len(cards)) from None

        except FieldMismatch as exc:
            raise exc.at("cards") from None

        whatsapp_carousel_component_dto = cls(
            type_=type_,
            cards=cards,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
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

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappCarouselComponentDto.__init__.__globals__.update(
    WhatsappCarouselComponentDto=WhatsappCarouselComponentDto,
    WhatsappCardDto=WhatsappCardDto,
)
