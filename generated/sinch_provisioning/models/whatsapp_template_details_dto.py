from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    no_variant,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappTemplateDetailsDto")


@_attrs_define
class WhatsappTemplateDetailsDto:
    """
    Attributes:
        components (list[WhatsappBodyComponentDto | WhatsappButtonsComponentDto | WhatsappCarouselComponentDto | WhatsappFooterComponentDto | WhatsappLimitedTimeOfferComponentDto | WhatsappLocationHeaderComponentDto | WhatsappMediaHeaderComponentDto | WhatsappTextHeaderComponentDto]):
            required; JSON key components.
        message_send_ttl_seconds (float | Unset): optional; JSON key messageSendTtlSeconds.
        optimization (WhatsappTemplateDetailsOptimizationDto | Unset): optional; JSON key
            optimization.
    """

    components: list[
        WhatsappBodyComponentDto
        | WhatsappButtonsComponentDto
        | WhatsappCarouselComponentDto
        | WhatsappFooterComponentDto
        | WhatsappLimitedTimeOfferComponentDto
        | WhatsappLocationHeaderComponentDto
        | WhatsappMediaHeaderComponentDto
        | WhatsappTextHeaderComponentDto
    ]
    message_send_ttl_seconds: float | Unset = UNSET
    optimization: WhatsappTemplateDetailsOptimizationDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_body_component_dto import WhatsappBodyComponentDto
        from ..models.whatsapp_buttons_component_dto import WhatsappButtonsComponentDto
        from ..models.whatsapp_carousel_component_dto import (
            WhatsappCarouselComponentDto,
        )
        from ..models.whatsapp_footer_component_dto import WhatsappFooterComponentDto
        from ..models.whatsapp_location_header_component_dto import (
            WhatsappLocationHeaderComponentDto,
        )
        from ..models.whatsapp_media_header_component_dto import (
            WhatsappMediaHeaderComponentDto,
        )
        from ..models.whatsapp_text_header_component_dto import (
            WhatsappTextHeaderComponentDto,
        )

        components = []
        for components_item_data in self.components:
            components_item: dict[str, Any]
            if (
                isinstance(components_item_data, WhatsappTextHeaderComponentDto)
                or isinstance(components_item_data, WhatsappMediaHeaderComponentDto)
                or isinstance(components_item_data, WhatsappBodyComponentDto)
                or isinstance(components_item_data, WhatsappFooterComponentDto)
                or isinstance(components_item_data, WhatsappButtonsComponentDto)
                or isinstance(components_item_data, WhatsappLocationHeaderComponentDto)
                or isinstance(components_item_data, WhatsappCarouselComponentDto)
            ):
                components_item = components_item_data.to_dict()
            else:
                components_item = components_item_data.to_dict()

            components.append(components_item)

        message_send_ttl_seconds = self.message_send_ttl_seconds

        optimization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optimization, Unset):
            optimization = self.optimization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "components": components,
            }
        )
        if message_send_ttl_seconds is not UNSET:
            field_dict["messageSendTtlSeconds"] = message_send_ttl_seconds
        if optimization is not UNSET:
            field_dict["optimization"] = optimization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_body_component_dto import WhatsappBodyComponentDto
        from ..models.whatsapp_buttons_component_dto import WhatsappButtonsComponentDto
        from ..models.whatsapp_carousel_component_dto import (
            WhatsappCarouselComponentDto,
        )
        from ..models.whatsapp_footer_component_dto import WhatsappFooterComponentDto
        from ..models.whatsapp_limited_time_offer_component_dto import (
            WhatsappLimitedTimeOfferComponentDto,
        )
        from ..models.whatsapp_location_header_component_dto import (
            WhatsappLocationHeaderComponentDto,
        )
        from ..models.whatsapp_media_header_component_dto import (
            WhatsappMediaHeaderComponentDto,
        )
        from ..models.whatsapp_template_details_optimization_dto import (
            WhatsappTemplateDetailsOptimizationDto,
        )
        from ..models.whatsapp_text_header_component_dto import (
            WhatsappTextHeaderComponentDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _components = d.pop("components", MISSING)
            if not isinstance(_components, list):
                raise mismatch("array", _components)
            components = []
            try:
                for components_item_data in _components:

                    def _parse_components_item(
                        data: object,
                    ) -> (
                        WhatsappBodyComponentDto
                        | WhatsappButtonsComponentDto
                        | WhatsappCarouselComponentDto
                        | WhatsappFooterComponentDto
                        | WhatsappLimitedTimeOfferComponentDto
                        | WhatsappLocationHeaderComponentDto
                        | WhatsappMediaHeaderComponentDto
                        | WhatsappTextHeaderComponentDto
                    ):
                        if isinstance(data, dict):
                            try:
                                components_item_type_0 = (
                                    WhatsappTextHeaderComponentDto.from_dict(data)
                                )

                                return components_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_1 = (
                                    WhatsappMediaHeaderComponentDto.from_dict(data)
                                )

                                return components_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_2 = (
                                    WhatsappBodyComponentDto.from_dict(data)
                                )

                                return components_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_3 = (
                                    WhatsappFooterComponentDto.from_dict(data)
                                )

                                return components_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_4 = (
                                    WhatsappButtonsComponentDto.from_dict(data)
                                )

                                return components_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_5 = (
                                    WhatsappLocationHeaderComponentDto.from_dict(data)
                                )

                                return components_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_6 = (
                                    WhatsappCarouselComponentDto.from_dict(data)
                                )

                                return components_item_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                components_item_type_7 = (
                                    WhatsappLimitedTimeOfferComponentDto.from_dict(data)
                                )

                                return components_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
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

        whatsapp_template_details_dto = cls(
            components=components,
            message_send_ttl_seconds=message_send_ttl_seconds,
            optimization=optimization,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_template_details_dto.additional_properties = d
        return whatsapp_template_details_dto

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
from ..models.whatsapp_body_component_dto import WhatsappBodyComponentDto
from ..models.whatsapp_buttons_component_dto import WhatsappButtonsComponentDto
from ..models.whatsapp_carousel_component_dto import WhatsappCarouselComponentDto
from ..models.whatsapp_footer_component_dto import WhatsappFooterComponentDto
from ..models.whatsapp_limited_time_offer_component_dto import (
    WhatsappLimitedTimeOfferComponentDto,
)
from ..models.whatsapp_location_header_component_dto import (
    WhatsappLocationHeaderComponentDto,
)
from ..models.whatsapp_media_header_component_dto import WhatsappMediaHeaderComponentDto
from ..models.whatsapp_template_details_optimization_dto import (
    WhatsappTemplateDetailsOptimizationDto,
)
from ..models.whatsapp_text_header_component_dto import WhatsappTextHeaderComponentDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappTemplateDetailsDto.__init__.__globals__.update(
    WhatsappTemplateDetailsDto=WhatsappTemplateDetailsDto,
    WhatsappBodyComponentDto=WhatsappBodyComponentDto,
    WhatsappButtonsComponentDto=WhatsappButtonsComponentDto,
    WhatsappCarouselComponentDto=WhatsappCarouselComponentDto,
    WhatsappFooterComponentDto=WhatsappFooterComponentDto,
    WhatsappLimitedTimeOfferComponentDto=WhatsappLimitedTimeOfferComponentDto,
    WhatsappLocationHeaderComponentDto=WhatsappLocationHeaderComponentDto,
    WhatsappMediaHeaderComponentDto=WhatsappMediaHeaderComponentDto,
    WhatsappTemplateDetailsOptimizationDto=WhatsappTemplateDetailsOptimizationDto,
    WhatsappTextHeaderComponentDto=WhatsappTextHeaderComponentDto,
)
