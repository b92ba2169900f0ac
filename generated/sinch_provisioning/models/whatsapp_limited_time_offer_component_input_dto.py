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

T = TypeVar("T", bound="WhatsappLimitedTimeOfferComponentInputDto")


@_attrs_define
class WhatsappLimitedTimeOfferComponentInputDto:
    """
    Attributes:
        type_ (Literal['LIMITED_TIME_OFFER']): required; JSON key type; always LIMITED_TIME_OFFER.
        text (str): required; JSON key text; length 1-16.
        has_expiration (bool | Unset): optional; JSON key hasExpiration; default false.
    """

    type_: Literal["LIMITED_TIME_OFFER"]
    text: str
    has_expiration: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        has_expiration = self.has_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if has_expiration is not UNSET:
            field_dict["hasExpiration"] = has_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["LIMITED_TIME_OFFER"], d.pop("type", MISSING))
            if type_ != "LIMITED_TIME_OFFER":
                raise mismatch(repr("LIMITED_TIME_OFFER"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            text = d.pop("text", MISSING)
            if not isinstance(text, str):
                raise mismatch("string", text)

        except FieldMismatch as exc:
            raise exc.at("text") from None

        try:
            has_expiration = d.pop("hasExpiration", UNSET)
            if has_expiration is not UNSET and not type(has_expiration) is bool:
                raise mismatch("boolean", has_expiration)

        except FieldMismatch as exc:
            raise exc.at("hasExpiration") from None

        whatsapp_limited_time_offer_component_input_dto = cls(
            type_=type_,
            text=text,
            has_expiration=has_expiration,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_limited_time_offer_component_input_dto.additional_properties = d
        return whatsapp_limited_time_offer_component_input_dto

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


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappLimitedTimeOfferComponentInputDto.__init__.__globals__.update(
    WhatsappLimitedTimeOfferComponentInputDto=WhatsappLimitedTimeOfferComponentInputDto,
)
