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
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.whatsapp_input_flow_action_enum import WhatsappInputFlowActionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappFlowButtonInputDto")


@_attrs_define
class WhatsappFlowButtonInputDto:
    """
    Attributes:
        type_ (Literal['FLOW']): required; JSON key type; always FLOW.
        text (str): required; JSON key text; length 1-25.
        flow_id (str): required; JSON key flowId; format digits; length 1-30.
        flow_action (WhatsappInputFlowActionEnum): required; JSON key flowAction; one of:
            DATA_EXCHANGE, NAVIGATE.
        navigate_screen (str | Unset): optional; JSON key navigateScreen; length 1-432.
    """

    type_: Literal["FLOW"]
    text: str
    flow_id: str
    flow_action: WhatsappInputFlowActionEnum
    navigate_screen: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        flow_id = self.flow_id

        flow_action = self.flow_action.value

        navigate_screen = self.navigate_screen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "flowId": flow_id,
                "flowAction": flow_action,
            }
        )
        if navigate_screen is not UNSET:
            field_dict["navigateScreen"] = navigate_screen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["FLOW"], d.pop("type", MISSING))
            if type_ != "FLOW":
                raise mismatch(repr("FLOW"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            text = d.pop("text", MISSING)
            if not isinstance(text, str):
                raise mismatch("string", text)

        except FieldMismatch as exc:
            raise exc.at("text") from None

        try:
            flow_id = d.pop("flowId", MISSING)
            if not isinstance(flow_id, str):
                raise mismatch("string", flow_id)

        except FieldMismatch as exc:
            raise exc.at("flowId") from None

        try:
            flow_action = parse_enum(
                WhatsappInputFlowActionEnum, d.pop("flowAction", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("flowAction") from None

        try:
            navigate_screen = d.pop("navigateScreen", UNSET)
            if navigate_screen is not UNSET and not isinstance(navigate_screen, str):
                raise mismatch("string", navigate_screen)

        except FieldMismatch as exc:
            raise exc.at("navigateScreen") from None

        whatsapp_flow_button_input_dto = cls(
            type_=type_,
            text=text,
            flow_id=flow_id,
            flow_action=flow_action,
            navigate_screen=navigate_screen,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_flow_button_input_dto.additional_properties = d
        return whatsapp_flow_button_input_dto

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
WhatsappFlowButtonInputDto.__init__.__globals__.update(
    WhatsappFlowButtonInputDto=WhatsappFlowButtonInputDto,
)
