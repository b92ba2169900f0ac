from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialCardDto")


@_attrs_define
class WhatsappPartialCardDto:
    """
    Attributes:
        components (list[WhatsappPartialCardBodyComponentDto | WhatsappPartialCardButtonsComponentDto | WhatsappPartialCardHeaderComponentDto] | Unset):
            optional; JSON key components.
    """

    components: (
        list[
            WhatsappPartialCardBodyComponentDto
            | WhatsappPartialCardButtonsComponentDto
            | WhatsappPartialCardHeaderComponentDto
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_partial_card_body_component_dto import (
            WhatsappPartialCardBodyComponentDto,
        )
        from ..models.whatsapp_partial_card_header_component_dto import (
            WhatsappPartialCardHeaderComponentDto,
        )

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item: dict[str, Any]
                if isinstance(
                    components_item_data, WhatsappPartialCardHeaderComponentDto
                ) or isinstance(
                    components_item_data, WhatsappPartialCardBodyComponentDto
                ):
                    components_item = components_item_data.to_dict()
                else:
                    components_item = components_item_data.to_dict()

                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_card_body_component_dto import (
            WhatsappPartialCardBodyComponentDto,
        )
        from ..models.whatsapp_partial_card_buttons_component_dto import (
            WhatsappPartialCardButtonsComponentDto,
        )
        from ..models.whatsapp_partial_card_header_component_dto import (
            WhatsappPartialCardHeaderComponentDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _components = d.pop("components", UNSET)
            components: (
                list[
                    WhatsappPartialCardBodyComponentDto
                    | WhatsappPartialCardButtonsComponentDto
                    | WhatsappPartialCardHeaderComponentDto
                ]
                | Unset
            ) = UNSET
            if _components is not UNSET:
                if not isinstance(_components, list):
                    raise mismatch("array", _components)
                components = []
                try:
                    for components_item_data in _components:

                        def _parse_components_item(
                            data: object,
                        ) -> (
                            WhatsappPartialCardBodyComponentDto
                            | WhatsappPartialCardButtonsComponentDto
                            | WhatsappPartialCardHeaderComponentDto
                        ):
                            if isinstance(data, dict):
                                try:
                                    components_item_type_0 = (
                                        WhatsappPartialCardHeaderComponentDto.from_dict(
                                            data
                                        )
                                    )

                                    return components_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_1 = (
                                        WhatsappPartialCardBodyComponentDto.from_dict(
                                            data
                                        )
                                    )

                                    return components_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_2 = WhatsappPartialCardButtonsComponentDto.from_dict(
                                        data
                                    )

                                    return components_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            raise no_variant("object or object or object", data, None)

                        components_item = parse_union(
                            _parse_components_item, components_item_data
                        )

                        components.append(components_item)
                except FieldMismatch as exc:
                    raise exc.at(len(components)) from None

        except FieldMismatch as exc:
            raise exc.at("components") from None

        whatsapp_partial_card_dto = cls(
            components=components,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_card_dto.additional_properties = d
        return whatsapp_partial_card_dto

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
from ..models.whatsapp_partial_card_body_component_dto import (
    WhatsappPartialCardBodyComponentDto,
)
from ..models.whatsapp_partial_card_buttons_component_dto import (
    WhatsappPartialCardButtonsComponentDto,
)
from ..models.whatsapp_partial_card_header_component_dto import (
    WhatsappPartialCardHeaderComponentDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialCardDto.__init__.__globals__.update(
    WhatsappPartialCardDto=WhatsappPartialCardDto,
    WhatsappPartialCardBodyComponentDto=WhatsappPartialCardBodyComponentDto,
    WhatsappPartialCardButtonsComponentDto=WhatsappPartialCardButtonsComponentDto,
    WhatsappPartialCardHeaderComponentDto=WhatsappPartialCardHeaderComponentDto,
)
