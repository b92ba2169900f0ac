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

T = TypeVar("T", bound="WhatsappUpdateTemplateDetailsInputDto")


@_attrs_define
class WhatsappUpdateTemplateDetailsInputDto:
    """
    Attributes:
        components (list[WhatsappBodyComponentInputDto | WhatsappButtonsComponentInputDto | WhatsappFooterComponentInputDto | WhatsappInputCarouselComponentDto | WhatsappLimitedTimeOfferComponentInputDto | WhatsappLocationHeaderComponentInputDto | WhatsappMediaHeaderComponentInputDto | WhatsappTextHeaderComponentInputDto] | Unset):
            optional; JSON key components; unique items.
        message_send_ttl_seconds (float | Unset): optional; JSON key messageSendTtlSeconds.
        optimization (None | Unset | WhatsappInputUpdateTemplateDetailsOptimization): optional;
            JSON key optimization.
    """

    components: (
        list[
            WhatsappBodyComponentInputDto
            | WhatsappButtonsComponentInputDto
            | WhatsappFooterComponentInputDto
            | WhatsappInputCarouselComponentDto
            | WhatsappLimitedTimeOfferComponentInputDto
            | WhatsappLocationHeaderComponentInputDto
            | WhatsappMediaHeaderComponentInputDto
            | WhatsappTextHeaderComponentInputDto
        ]
        | Unset
    ) = UNSET
    message_send_ttl_seconds: float | Unset = UNSET
    optimization: None | Unset | WhatsappInputUpdateTemplateDetailsOptimization = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_body_component_input_dto import (
            WhatsappBodyComponentInputDto,
        )
        from ..models.whatsapp_buttons_component_input_dto import (
            WhatsappButtonsComponentInputDto,
        )
        from ..models.whatsapp_footer_component_input_dto import (
            WhatsappFooterComponentInputDto,
        )
        from ..models.whatsapp_input_carousel_component_dto import (
            WhatsappInputCarouselComponentDto,
        )
        from ..models.whatsapp_input_update_template_details_optimization import (
            WhatsappInputUpdateTemplateDetailsOptimization,
        )
        from ..models.whatsapp_location_header_component_input_dto import (
            WhatsappLocationHeaderComponentInputDto,
        )
        from ..models.whatsapp_media_header_component_input_dto import (
            WhatsappMediaHeaderComponentInputDto,
        )
        from ..models.whatsapp_text_header_component_input_dto import (
            WhatsappTextHeaderComponentInputDto,
        )

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item: dict[str, Any]
                if (
                    isinstance(
                        components_item_data, WhatsappLocationHeaderComponentInputDto
                    )
                    or isinstance(
                        components_item_data, WhatsappTextHeaderComponentInputDto
                    )
                    or isinstance(
                        components_item_data, WhatsappMediaHeaderComponentInputDto
                    )
                    or isinstance(components_item_data, WhatsappBodyComponentInputDto)
                    or isinstance(components_item_data, WhatsappFooterComponentInputDto)
                    or isinstance(
                        components_item_data, WhatsappButtonsComponentInputDto
                    )
                    or isinstance(
                        components_item_data, WhatsappInputCarouselComponentDto
                    )
                ):
                    components_item = components_item_data.to_dict()
                else:
                    components_item = components_item_data.to_dict()

                components.append(components_item)

        message_send_ttl_seconds = self.message_send_ttl_seconds

        optimization: dict[str, Any] | None | Unset
        if isinstance(self.optimization, Unset):
            optimization = UNSET
        elif isinstance(
            self.optimization, WhatsappInputUpdateTemplateDetailsOptimization
        ):
            optimization = self.optimization.to_dict()
        else:
            optimization = self.optimization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if message_send_ttl_seconds is not UNSET:
            field_dict["messageSendTtlSeconds"] = message_send_ttl_seconds
        if optimization is not UNSET:
            field_dict["optimization"] = optimization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_body_component_input_dto import (
            WhatsappBodyComponentInputDto,
        )
        from ..models.whatsapp_buttons_component_input_dto import (
            WhatsappButtonsComponentInputDto,
        )
        from ..models.whatsapp_footer_component_input_dto import (
            WhatsappFooterComponentInputDto,
        )
        from ..models.whatsapp_input_carousel_component_dto import (
            WhatsappInputCarouselComponentDto,
        )
        from ..models.whatsapp_input_update_template_details_optimization import (
            WhatsappInputUpdateTemplateDetailsOptimization,
        )
        from ..models.whatsapp_limited_time_offer_component_input_dto import (
            WhatsappLimitedTimeOfferComponentInputDto,
        )
        from ..models.whatsapp_location_header_component_input_dto import (
            WhatsappLocationHeaderComponentInputDto,
        )
        from ..models.whatsapp_media_header_component_input_dto import (
            WhatsappMediaHeaderComponentInputDto,
        )
        from ..models.whatsapp_text_header_component_input_dto import (
            WhatsappTextHeaderComponentInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _components = d.pop("components", UNSET)
            components: (
                list[
                    WhatsappBodyComponentInputDto
                    | WhatsappButtonsComponentInputDto
                    | WhatsappFooterComponentInputDto
                    | WhatsappInputCarouselComponentDto
                    | WhatsappLimitedTimeOfferComponentInputDto
                    | WhatsappLocationHeaderComponentInputDto
                    | WhatsappMediaHeaderComponentInputDto
                    | WhatsappTextHeaderComponentInputDto
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
                            WhatsappBodyComponentInputDto
                            | WhatsappButtonsComponentInputDto
                            | WhatsappFooterComponentInputDto
                            | WhatsappInputCarouselComponentDto
                            | WhatsappLimitedTimeOfferComponentInputDto
                            | WhatsappLocationHeaderComponentInputDto
                            | WhatsappMediaHeaderComponentInputDto
                            | WhatsappTextHeaderComponentInputDto
                        ):
                            if isinstance(data, dict):
                                try:
                                    components_item_type_0 = WhatsappLocationHeaderComponentInputDto.from_dict(
                                        data
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
                                        WhatsappTextHeaderComponentInputDto.from_dict(
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
                                    components_item_type_2 = (
                                        WhatsappMediaHeaderComponentInputDto.from_dict(
                                            data
                                        )
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
                                        WhatsappBodyComponentInputDto.from_dict(data)
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
                                        WhatsappFooterComponentInputDto.from_dict(data)
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
                                    components_item_type_5 = (
                                        WhatsappButtonsComponentInputDto.from_dict(data)
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
                                        WhatsappInputCarouselComponentDto.from_dict(
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
                                    components_item_type_7 = WhatsappLimitedTimeOfferComponentInputDto.from_dict(
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

            def _parse_optimization(
                data: object,
            ) -> None | Unset | WhatsappInputUpdateTemplateDetailsOptimization:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, dict):
                    try:
                        optimization_type_0 = (
                            WhatsappInputUpdateTemplateDetailsOptimization.from_dict(
                                data
                            )
                        )

                        return optimization_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("object or null", data, error)

            optimization = parse_union(
                _parse_optimization, d.pop("optimization", UNSET)
            )

        except FieldMismatch as exc:
            raise exc.at("optimization") from None

        whatsapp_update_template_details_input_dto = cls(
            components=components,
            message_send_ttl_seconds=message_send_ttl_seconds,
            optimization=optimization,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_update_template_details_input_dto.additional_properties = d
        return whatsapp_update_template_details_input_dto

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
from ..models.whatsapp_body_component_input_dto import WhatsappBodyComponentInputDto
from ..models.whatsapp_buttons_component_input_dto import (
    WhatsappButtonsComponentInputDto,
)
from ..models.whatsapp_footer_component_input_dto import WhatsappFooterComponentInputDto
from ..models.whatsapp_input_carousel_component_dto import (
    WhatsappInputCarouselComponentDto,
)
from ..models.whatsapp_input_update_template_details_optimization import (
    WhatsappInputUpdateTemplateDetailsOptimization,
)
from ..models.whatsapp_limited_time_offer_component_input_dto import (
    WhatsappLimitedTimeOfferComponentInputDto,
)
from ..models.whatsapp_location_header_component_input_dto import (
    WhatsappLocationHeaderComponentInputDto,
)
from ..models.whatsapp_media_header_component_input_dto import (
    WhatsappMediaHeaderComponentInputDto,
)
from ..models.whatsapp_text_header_component_input_dto import (
    WhatsappTextHeaderComponentInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappUpdateTemplateDetailsInputDto.__init__.__globals__.update(
    WhatsappUpdateTemplateDetailsInputDto=WhatsappUpdateTemplateDetailsInputDto,
    WhatsappBodyComponentInputDto=WhatsappBodyComponentInputDto,
    WhatsappButtonsComponentInputDto=WhatsappButtonsComponentInputDto,
    WhatsappFooterComponentInputDto=WhatsappFooterComponentInputDto,
    WhatsappInputCarouselComponentDto=WhatsappInputCarouselComponentDto,
    WhatsappInputUpdateTemplateDetailsOptimization=WhatsappInputUpdateTemplateDetailsOptimization,
    WhatsappLimitedTimeOfferComponentInputDto=WhatsappLimitedTimeOfferComponentInputDto,
    WhatsappLocationHeaderComponentInputDto=WhatsappLocationHeaderComponentInputDto,
    WhatsappMediaHeaderComponentInputDto=WhatsappMediaHeaderComponentInputDto,
    WhatsappTextHeaderComponentInputDto=WhatsappTextHeaderComponentInputDto,
)
