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

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialBodyComponentDto")


@_attrs_define
class WhatsappPartialBodyComponentDto:
    """
    Attributes:
        type_ (Literal['BODY'] | Unset): optional; JSON key type; always BODY.
        text (str | Unset): optional; JSON key text.
        examples (list[str] | Unset): optional; JSON key examples.
        add_security_recommendation (bool | Unset): optional; JSON key addSecurityRecommendation.
    """

    type_: Literal["BODY"] | Unset = UNSET
    text: str | Unset = UNSET
    examples: list[str] | Unset = UNSET
    add_security_recommendation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        examples: list[str] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = self.examples

        add_security_recommendation = self.add_security_recommendation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if examples is not UNSET:
            field_dict["examples"] = examples
        if add_security_recommendation is not UNSET:
            field_dict["addSecurityRecommendation"] = add_security_recommendation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        type_ = cast(Literal["BODY"] | Unset, d.pop("type", UNSET))
        if type_ != "BODY" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'BODY', got '{type_}'")

        text = d.pop("text", UNSET)

        examples = cast(list[str], d.pop("examples", UNSET))

        add_security_recommendation = d.pop("addSecurityRecommendation", UNSET)

        whatsapp_partial_body_component_dto = cls(
            type_=type_,
            text=text,
            examples=examples,
            add_security_recommendation=add_security_recommendation,
        )

        whatsapp_partial_body_component_dto.additional_properties = d
        return whatsapp_partial_body_component_dto

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
