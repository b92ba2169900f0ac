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

T = TypeVar("T", bound="WhatsappPartialTemplateDetailsDto")


@_attrs_define
class WhatsappPartialTemplateDetailsDto:
    """
    Attributes:
        message_send_ttl_seconds (float | Unset): optional; JSON key messageSendTtlSeconds.
        optimization (WhatsappTemplateDetailsOptimizationDto | Unset): optional; JSON key
            optimization.
        components (list[WhatsappPartialBodyComponentDto | WhatsappPartialButtonsComponentDto | WhatsappPartialCarouselComponentDto | WhatsappPartialFooterComponentDto | WhatsappPartialLimitedTimeOfferComponentDto | WhatsappPartialLocationHeaderComponentDto | WhatsappPartialMediaHeaderComponentDto | WhatsappPartialTextHeaderComponentDto] | Unset):
            optional; JSON key components.
    """

    message_send_ttl_seconds: float | Unset = UNSET
    optimization: WhatsappTemplateDetailsOptimizationDto | Unset = UNSET
    components: (
        list[
            WhatsappPartialBodyComponentDto
            | WhatsappPartialButtonsComponentDto
            | WhatsappPartialCarouselComponentDto
            | WhatsappPartialFooterComponentDto
            | WhatsappPartialLimitedTimeOfferComponentDto
            | WhatsappPartialLocationHeaderComponentDto
            | WhatsappPartialMediaHeaderComponentDto
            | WhatsappPartialTextHeaderComponentDto
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_partial_body_component_dto import (
            WhatsappPartialBodyComponentDto,
        )
        from ..models.whatsapp_partial_buttons_component_dto import (
            WhatsappPartialButtonsComponentDto,
        )
        from ..models.whatsapp_partial_carousel_component_dto import (
            WhatsappPartialCarouselComponentDto,
        )
        from ..models.whatsapp_partial_footer_component_dto import (
            WhatsappPartialFooterComponentDto,
        )
        from ..models.whatsapp_partial_location_header_component_dto import (
            WhatsappPartialLocationHeaderComponentDto,
        )
        from ..models.whatsapp_partial_media_header_component_dto import (
            WhatsappPartialMediaHeaderComponentDto,
        )
        from ..models.whatsapp_partial_text_header_component_dto import (
            WhatsappPartialTextHeaderComponentDto,
        )

        message_send_ttl_seconds = self.message_send_ttl_seconds

        optimization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optimization, Unset):
            optimization = self.optimization.to_dict()

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item: dict[str, Any]
                if (
                    isinstance(
                        components_item_data, WhatsappPartialTextHeaderComponentDto
                    )
                    or isinstance(
                        components_item_data, WhatsappPartialMediaHeaderComponentDto
                    )
                    or isinstance(components_item_data, WhatsappPartialBodyComponentDto)
                    or isinstance(
                        components_item_data, WhatsappPartialFooterComponentDto
                    )
                    or isinstance(
                        components_item_data, WhatsappPartialButtonsComponentDto
                    )
                    or isinstance(
                        components_item_data, WhatsappPartialLocationHeaderComponentDto
                    )
                    or isinstance(
                        components_item_data, WhatsappPartialCarouselComponentDto
                    )
                ):
                    components_item = components_item_data.to_dict()
                else:
                    components_item = components_item_data.to_dict()

                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_send_ttl_seconds is not UNSET:
            field_dict["messageSendTtlSeconds"] = message_send_ttl_seconds
        if optimization is not UNSET:
            field_dict["optimization"] = optimization
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_body_component_dto import (
            WhatsappPartialBodyComponentDto,
        )
        from ..models.whatsapp_partial_buttons_component_dto import (
            WhatsappPartialButtonsComponentDto,
        )
        from ..models.whatsapp_partial_carousel_component_dto import (
            WhatsappPartialCarouselComponentDto,
        )
        from ..models.whatsapp_partial_footer_component_dto import (
            WhatsappPartialFooterComponentDto,
        )
        from ..models.whatsapp_partial_limited_time_offer_component_dto import (
            WhatsappPartialLimitedTimeOfferComponentDto,
        )
        from ..models.whatsapp_partial_location_header_component_dto import (
            WhatsappPartialLocationHeaderComponentDto,
        )
        from ..models.whatsapp_partial_media_header_component_dto import (
            WhatsappPartialMediaHeaderComponentDto,
        )
        from ..models.whatsapp_partial_text_header_component_dto import (
            WhatsappPartialTextHeaderComponentDto,
        )
        from ..models.whatsapp_template_details_optimization_dto import (
            WhatsappTemplateDetailsOptimizationDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            message_send_ttl_seconds = d.pop("messageSendTtlSeconds", UNSET)
            if message_send_ttl_seconds is not UNSET and not (
                type(message_send_ttl_seconds) is float
                or type(message_send_ttl_seconds) is int
            ):
                raise mismatch("number", message_send_ttl_seconds)

        except FieldMismatch as exc:
            raise exc.at("messageSendTtlSeconds") from None

        try:
            _optimization = d.pop("optimization", UNSET)
            optimization: WhatsappTemplateDetailsOptimizationDto | Unset
            if isinstance(_optimization, Unset):
                optimization = UNSET
            else:
                optimization = WhatsappTemplateDetailsOptimizationDto.from_dict(
                    _optimization
                )

        except FieldMismatch as exc:
            raise exc.at("optimization") from None

        try:
            _components = d.pop("components", UNSET)
            components: (
                list[
                    WhatsappPartialBodyComponentDto
                    | WhatsappPartialButtonsComponentDto
                    | WhatsappPartialCarouselComponentDto
                    | WhatsappPartialFooterComponentDto
                    | WhatsappPartialLimitedTimeOfferComponentDto
                    | WhatsappPartialLocationHeaderComponentDto
                    | WhatsappPartialMediaHeaderComponentDto
                    | WhatsappPartialTextHeaderComponentDto
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
                            WhatsappPartialBodyComponentDto
                            | WhatsappPartialButtonsComponentDto
                            | WhatsappPartialCarouselComponentDto
                            | WhatsappPartialFooterComponentDto
                            | WhatsappPartialLimitedTimeOfferComponentDto
                            | WhatsappPartialLocationHeaderComponentDto
                            | WhatsappPartialMediaHeaderComponentDto
                            | WhatsappPartialTextHeaderComponentDto
                        ):
                            if isinstance(data, dict):
                                try:
                                    components_item_type_0 = (
                                        WhatsappPartialTextHeaderComponentDto.from_dict(
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
                                    components_item_type_1 = WhatsappPartialMediaHeaderComponentDto.from_dict(
                                        data
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
                                    components_item_type_2 = (
                                        WhatsappPartialBodyComponentDto.from_dict(data)
                                    )

                                    return components_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_3 = (
                                        WhatsappPartialFooterComponentDto.from_dict(
                                            data
                                        )
                                    )

                                    return components_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_4 = (
                                        WhatsappPartialButtonsComponentDto.from_dict(
                                            data
                                        )
                                    )

                                    return components_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_5 = WhatsappPartialLocationHeaderComponentDto.from_dict(
                                        data
                                    )

                                    return components_item_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_6 = (
                                        WhatsappPartialCarouselComponentDto.from_dict(
                                            data
                                        )
                                    )

                                    return components_item_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    components_item_type_7 = WhatsappPartialLimitedTimeOfferComponentDto.from_dict(
                                        data
                                    )

                                    return components_item_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            raise no_variant(
                                "object or object or object or object or object or object or object or object",
                                data,
                                None,
                            )

                        components_item = parse_union(
                            _parse_components_item, components_item_data
                        )

                        components.append(components_item)
                except FieldMismatch as exc:
                    raise exc.at(len(components)) from None

        except FieldMismatch as exc:
            raise exc.at("components") from None

        whatsapp_partial_template_details_dto = cls(
            message_send_ttl_seconds=message_send_ttl_seconds,
            optimization=optimization,
            components=components,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_template_details_dto.additional_properties = d
        return whatsapp_partial_template_details_dto

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
from ..models.whatsapp_partial_body_component_dto import WhatsappPartialBodyComponentDto
from ..models.whatsapp_partial_buttons_component_dto import (
    WhatsappPartialButtonsComponentDto,
)
from ..models.whatsapp_partial_carousel_component_dto import (
    WhatsappPartialCarouselComponentDto,
)
from ..models.whatsapp_partial_footer_component_dto import (
    WhatsappPartialFooterComponentDto,
)
from ..models.whatsapp_partial_limited_time_offer_component_dto import (
    WhatsappPartialLimitedTimeOfferComponentDto,
)
from ..models.whatsapp_partial_location_header_component_dto import (
    WhatsappPartialLocationHeaderComponentDto,
)
from ..models.whatsapp_partial_media_header_component_dto import (
    WhatsappPartialMediaHeaderComponentDto,
)
from ..models.whatsapp_partial_text_header_component_dto import (
    WhatsappPartialTextHeaderComponentDto,
)
from ..models.whatsapp_template_details_optimization_dto import (
    WhatsappTemplateDetailsOptimizationDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialTemplateDetailsDto.__init__.__globals__.update(
    WhatsappPartialTemplateDetailsDto=WhatsappPartialTemplateDetailsDto,
    WhatsappPartialBodyComponentDto=WhatsappPartialBodyComponentDto,
    WhatsappPartialButtonsComponentDto=WhatsappPartialButtonsComponentDto,
    WhatsappPartialCarouselComponentDto=WhatsappPartialCarouselComponentDto,
    WhatsappPartialFooterComponentDto=WhatsappPartialFooterComponentDto,
    WhatsappPartialLimitedTimeOfferComponentDto=WhatsappPartialLimitedTimeOfferComponentDto,
    WhatsappPartialLocationHeaderComponentDto=WhatsappPartialLocationHeaderComponentDto,
    WhatsappPartialMediaHeaderComponentDto=WhatsappPartialMediaHeaderComponentDto,
    WhatsappPartialTextHeaderComponentDto=WhatsappPartialTextHeaderComponentDto,
    WhatsappTemplateDetailsOptimizationDto=WhatsappTemplateDetailsOptimizationDto,
)
