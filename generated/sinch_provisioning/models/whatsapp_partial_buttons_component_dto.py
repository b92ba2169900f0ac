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
    FieldMismatch,
    mismatch,
    no_variant,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialButtonsComponentDto")


@_attrs_define
class WhatsappPartialButtonsComponentDto:
    """
    Attributes:
        type_ (Literal['BUTTONS'] | Unset): optional; JSON key type; always BUTTONS.
        buttons (list[WhatsappPartialFlowButtonDto | WhatsappPartialOtpButtonDto | WhatsappPartialPhoneNumberButtonDto | WhatsappPartialQuickReplyButtonDto | WhatsappPartialUrlButtonDto] | Unset):
            optional; JSON key buttons.
    """

    type_: Literal["BUTTONS"] | Unset = UNSET
    buttons: (
        list[
            WhatsappPartialFlowButtonDto
            | WhatsappPartialOtpButtonDto
            | WhatsappPartialPhoneNumberButtonDto
            | WhatsappPartialQuickReplyButtonDto
            | WhatsappPartialUrlButtonDto
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_partial_otp_button_dto import WhatsappPartialOtpButtonDto
        from ..models.whatsapp_partial_phone_number_button_dto import (
            WhatsappPartialPhoneNumberButtonDto,
        )
        from ..models.whatsapp_partial_quick_reply_button_dto import (
            WhatsappPartialQuickReplyButtonDto,
        )
        from ..models.whatsapp_partial_url_button_dto import WhatsappPartialUrlButtonDto

        type_ = self.type_

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item: dict[str, Any]
                if (
                    isinstance(buttons_item_data, WhatsappPartialPhoneNumberButtonDto)
                    or isinstance(buttons_item_data, WhatsappPartialUrlButtonDto)
                    or isinstance(buttons_item_data, WhatsappPartialQuickReplyButtonDto)
                    or isinstance(buttons_item_data, WhatsappPartialOtpButtonDto)
                ):
                    buttons_item = buttons_item_data.to_dict()
                else:
                    buttons_item = buttons_item_data.to_dict()

                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_flow_button_dto import (
            WhatsappPartialFlowButtonDto,
        )
        from ..models.whatsapp_partial_otp_button_dto import WhatsappPartialOtpButtonDto
        from ..models.whatsapp_partial_phone_number_button_dto import (
            WhatsappPartialPhoneNumberButtonDto,
        )
        from ..models.whatsapp_partial_quick_reply_button_dto import (
            WhatsappPartialQuickReplyButtonDto,
        )
        from ..models.whatsapp_partial_url_button_dto import WhatsappPartialUrlButtonDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["BUTTONS"] | Unset, d.pop("type", UNSET))
            if type_ != "BUTTONS" and not isinstance(type_, Unset):
                raise mismatch(repr("BUTTONS"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            _buttons = d.pop("buttons", UNSET)
            buttons: (
                list[
                    WhatsappPartialFlowButtonDto
                    | WhatsappPartialOtpButtonDto
                    | WhatsappPartialPhoneNumberButtonDto
                    | WhatsappPartialQuickReplyButtonDto
                    | WhatsappPartialUrlButtonDto
                ]
                | Unset
            ) = UNSET
            if _buttons is not UNSET:
                if not isinstance(_buttons, list):
                    raise mismatch("array", _buttons)
                buttons = []
                try:
                    for buttons_item_data in _buttons:

                        def _parse_buttons_item(
                            data: object,
                        ) -> (
                            WhatsappPartialFlowButtonDto
                            | WhatsappPartialOtpButtonDto
                            | WhatsappPartialPhoneNumberButtonDto
                            | WhatsappPartialQuickReplyButtonDto
                            | WhatsappPartialUrlButtonDto
                        ):
                            if isinstance(data, dict):
                                try:
                                    buttons_item_type_0 = (
                                        WhatsappPartialPhoneNumberButtonDto.from_dict(
                                            data
                                        )
                                    )

                                    return buttons_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    buttons_item_type_1 = (
                                        WhatsappPartialUrlButtonDto.from_dict(data)
                                    )

                                    return buttons_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    buttons_item_type_2 = (
                                        WhatsappPartialQuickReplyButtonDto.from_dict(
                                            data
                                        )
                                    )

                                    return buttons_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    buttons_item_type_3 = (
                                        WhatsappPartialOtpButtonDto.from_dict(data)
                                    )

                                    return buttons_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    buttons_item_type_4 = (
                                        WhatsappPartialFlowButtonDto.from_dict(data)
                                    )

                                    return buttons_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            raise no_variant(
                                "object or object or object or object or object",
                                data,
                                None,
                            )

                        buttons_item = parse_union(
                            _parse_buttons_item, buttons_item_data
                        )

                        buttons.append(buttons_item)
                except FieldMismatch as exc:
                    raise exc.at(len(buttons)) from None

        except FieldMismatch as exc:
            raise exc.at("buttons") from None

        whatsapp_partial_buttons_component_dto = cls(
            type_=type_,
            buttons=buttons,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_buttons_component_dto.additional_properties = d
        return whatsapp_partial_buttons_component_dto

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
from ..models.whatsapp_partial_flow_button_dto import WhatsappPartialFlowButtonDto
from ..models.whatsapp_partial_otp_button_dto import WhatsappPartialOtpButtonDto
from ..models.whatsapp_partial_phone_number_button_dto import (
    WhatsappPartialPhoneNumberButtonDto,
)
from ..models.whatsapp_partial_quick_reply_button_dto import (
    WhatsappPartialQuickReplyButtonDto,
)
from ..models.whatsapp_partial_url_button_dto import WhatsappPartialUrlButtonDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialButtonsComponentDto.__init__.__globals__.update(
    WhatsappPartialButtonsComponentDto=WhatsappPartialButtonsComponentDto,
    WhatsappPartialFlowButtonDto=WhatsappPartialFlowButtonDto,
    WhatsappPartialOtpButtonDto=WhatsappPartialOtpButtonDto,
    WhatsappPartialPhoneNumberButtonDto=WhatsappPartialPhoneNumberButtonDto,
    WhatsappPartialQuickReplyButtonDto=WhatsappPartialQuickReplyButtonDto,
    WhatsappPartialUrlButtonDto=WhatsappPartialUrlButtonDto,
)
