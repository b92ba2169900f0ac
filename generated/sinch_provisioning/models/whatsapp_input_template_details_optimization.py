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
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInputTemplateDetailsOptimization")


@_attrs_define
class WhatsappInputTemplateDetailsOptimization:
    """
    Attributes:
        bid_amount (float): required; JSON key bidAmount; value >= 0.
        bid_strategy (Literal['LOWEST_COST_WITH_BID_CAP']): required; JSON key bidStrategy; always
            LOWEST_COST_WITH_BID_CAP.
        bid_country_multiplier_overrides (WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides | Unset):
            optional; JSON key bidCountryMultiplierOverrides.
    """

    bid_amount: float
    bid_strategy: Literal["LOWEST_COST_WITH_BID_CAP"]
    bid_country_multiplier_overrides: (
        WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bid_amount = self.bid_amount

        bid_strategy = self.bid_strategy

        bid_country_multiplier_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bid_country_multiplier_overrides, Unset):
            bid_country_multiplier_overrides = (
                self.bid_country_multiplier_overrides.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bidAmount": bid_amount,
                "bidStrategy": bid_strategy,
            }
        )
        if bid_country_multiplier_overrides is not UNSET:
            field_dict["bidCountryMultiplierOverrides"] = (
                bid_country_multiplier_overrides
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_input_template_details_optimization_bid_country_multiplier_overrides import (
            WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            bid_amount = d.pop("bidAmount", MISSING)
            if not (type(bid_amount) is float or type(bid_amount) is int):
                raise mismatch("number", bid_amount)

        except FieldMismatch as exc:
            raise exc.at("bidAmount") from None

        try:
            bid_strategy = cast(
                Literal["LOWEST_COST_WITH_BID_CAP"], d.pop("bidStrategy", MISSING)
            )
            if bid_strategy != "LOWEST_COST_WITH_BID_CAP":
                raise mismatch(repr("LOWEST_COST_WITH_BID_CAP"), bid_strategy)
        except FieldMismatch as exc:
            raise exc.at("bidStrategy") from None

        try:
            _bid_country_multiplier_overrides = d.pop(
                "bidCountryMultiplierOverrides", UNSET
            )
            bid_country_multiplier_overrides: (
                WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides
                | Unset
            )
            if isinstance(_bid_country_multiplier_overrides, Unset):
                bid_country_multiplier_overrides = UNSET
            else:
                bid_country_multiplier_overrides = WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides.from_dict(
                    _bid_country_multiplier_overrides
                )

        except FieldMismatch as exc:
            raise exc.at("bidCountryMultiplierOverrides") from None

        whatsapp_input_template_details_optimization = cls(
            bid_amount=bid_amount,
            bid_strategy=bid_strategy,
            bid_country_multiplier_overrides=bid_country_multiplier_overrides,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_input_template_details_optimization.additional_properties = d
        return whatsapp_input_template_details_optimization

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
from ..models.whatsapp_input_template_details_optimization_bid_country_multiplier_overrides import (
    WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappInputTemplateDetailsOptimization.__init__.__globals__.update(
    WhatsappInputTemplateDetailsOptimization=WhatsappInputTemplateDetailsOptimization,
    WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides=WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides,
)
