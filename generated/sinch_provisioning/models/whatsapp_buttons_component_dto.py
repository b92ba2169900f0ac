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
    no_variant,
    unknown_field,
)
from .._enums import is_lenient, parse_union

T = TypeVar("T", bound="WhatsappButtonsComponentDto")


@_attrs_define
class WhatsappButtonsComponentDto:
    """
    Attributes:
        type_ (Literal['BUTTONS']): required; JSON key type; always BUTTONS.
        buttons (list[WhatsappCopyCodeButtonDto | WhatsappFlowButtonDto | WhatsappOrderDetailsButtonDto | WhatsappOtpButtonDto | WhatsappPhoneNumberButtonDto | WhatsappQuickReplyButtonDto | WhatsappRequestContactInfoButtonDto | WhatsappUrlButtonDto]):
            required; JSON key buttons.
    """

    type_: Literal["BUTTONS"]
    buttons: list[
        WhatsappCopyCodeButtonDto
        | WhatsappFlowButtonDto
        | WhatsappOrderDetailsButtonDto
        | WhatsappOtpButtonDto
        | WhatsappPhoneNumberButtonDto
        | WhatsappQuickReplyButtonDto
        | WhatsappRequestContactInfoButtonDto
        | WhatsappUrlButtonDto
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_flow_button_dto import WhatsappFlowButtonDto
        from ..models.whatsapp_order_details_button_dto import (
            WhatsappOrderDetailsButtonDto,
        )
        from ..models.whatsapp_otp_button_dto import WhatsappOtpButtonDto
        from ..models.whatsapp_phone_number_button_dto import (
            WhatsappPhoneNumberButtonDto,
        )
        from ..models.whatsapp_quick_reply_button_dto import WhatsappQuickReplyButtonDto
        from ..models.whatsapp_request_contact_info_button_dto import (
            WhatsappRequestContactInfoButtonDto,
        )
        from ..models.whatsapp_url_button_dto import WhatsappUrlButtonDto

        type_ = self.type_

        buttons = []
        for buttons_item_data in self.buttons:
            buttons_item: dict[str, Any]
            if (
                isinstance(buttons_item_data, WhatsappPhoneNumberButtonDto)
                or isinstance(buttons_item_data, WhatsappUrlButtonDto)
                or isinstance(buttons_item_data, WhatsappQuickReplyButtonDto)
                or isinstance(buttons_item_data, WhatsappOtpButtonDto)
                or isinstance(buttons_item_data, WhatsappFlowButtonDto)
                or isinstance(buttons_item_data, WhatsappRequestContactInfoButtonDto)
                or isinstance(buttons_item_data, WhatsappOrderDetailsButtonDto)
            ):
                buttons_item = buttons_item_data.to_dict()
            else:
                buttons_item = buttons_item_data.to_dict()

            buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "buttons": buttons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_copy_code_button_dto import WhatsappCopyCodeButtonDto
        from ..models.whatsapp_flow_button_dto import WhatsappFlowButtonDto
        from ..models.whatsapp_order_details_button_dto import (
            WhatsappOrderDetailsButtonDto,
        )
        from ..models.whatsapp_otp_button_dto import WhatsappOtpButtonDto
        from ..models.whatsapp_phone_number_button_dto import (
            WhatsappPhoneNumberButtonDto,
        )
        from ..models.whatsapp_quick_reply_button_dto import WhatsappQuickReplyButtonDto
        from ..models.whatsapp_request_contact_info_button_dto import (
            WhatsappRequestContactInfoButtonDto,
        )
        from ..models.whatsapp_url_button_dto import WhatsappUrlButtonDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            type_ = cast(Literal["BUTTONS"], d.pop("type", MISSING))
            if type_ != "BUTTONS":
                raise mismatch(repr("BUTTONS"), type_)
        except FieldMismatch as exc:
            raise exc.at("type") from None

        try:
            _buttons = d.pop("buttons", MISSING)
            if not isinstance(_buttons, list):
                raise mismatch("array", _buttons)
            buttons = []
            try:
                for buttons_item_data in _buttons:

                    def _parse_buttons_item(
                        data: object,
                    ) -> (
                        WhatsappCopyCodeButtonDto
                        | WhatsappFlowButtonDto
                        | WhatsappOrderDetailsButtonDto
                        | WhatsappOtpButtonDto
                        | WhatsappPhoneNumberButtonDto
                        | WhatsappQuickReplyButtonDto
                        | WhatsappRequestContactInfoButtonDto
                        | WhatsappUrlButtonDto
                    ):
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_0 = (
                                    WhatsappPhoneNumberButtonDto.from_dict(data)
                                )

                                return buttons_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_1 = WhatsappUrlButtonDto.from_dict(
                                    data
                                )

                                return buttons_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_2 = (
                                    WhatsappQuickReplyButtonDto.from_dict(data)
                                )

                                return buttons_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_3 = WhatsappOtpButtonDto.from_dict(
                                    data
                                )

                                return buttons_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_4 = WhatsappFlowButtonDto.from_dict(
                                    data
                                )

                                return buttons_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_5 = (
                                    WhatsappRequestContactInfoButtonDto.from_dict(data)
                                )

                                return buttons_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_6 = (
                                    WhatsappOrderDetailsButtonDto.from_dict(data)
                                )

                                return buttons_item_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                buttons_item_type_7 = (
                                    WhatsappCopyCodeButtonDto.from_dict(data)
                                )

                                return buttons_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        raise no_variant(
                            "object or object or object or object or object or object or object or object",
                            data,
                            None,
                        )

                    buttons_item = parse_union(_parse_buttons_item, buttons_item_data)

                    buttons.append(buttons_item)
            except FieldMismatch as exc:
                raise exc.at(len(buttons)) from None

        except FieldMismatch as exc:
            raise exc.at("buttons") from None

        whatsapp_buttons_component_dto = cls(
            type_=type_,
            buttons=buttons,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_buttons_component_dto.additional_properties = d
        return whatsapp_buttons_component_dto

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
from ..models.whatsapp_copy_code_button_dto import WhatsappCopyCodeButtonDto
from ..models.whatsapp_flow_button_dto import WhatsappFlowButtonDto
from ..models.whatsapp_order_details_button_dto import WhatsappOrderDetailsButtonDto
from ..models.whatsapp_otp_button_dto import WhatsappOtpButtonDto
from ..models.whatsapp_phone_number_button_dto import WhatsappPhoneNumberButtonDto
from ..models.whatsapp_quick_reply_button_dto import WhatsappQuickReplyButtonDto
from ..models.whatsapp_request_contact_info_button_dto import (
    WhatsappRequestContactInfoButtonDto,
)
from ..models.whatsapp_url_button_dto import WhatsappUrlButtonDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappButtonsComponentDto.__init__.__globals__.update(
    WhatsappButtonsComponentDto=WhatsappButtonsComponentDto,
    WhatsappCopyCodeButtonDto=WhatsappCopyCodeButtonDto,
    WhatsappFlowButtonDto=WhatsappFlowButtonDto,
    WhatsappOrderDetailsButtonDto=WhatsappOrderDetailsButtonDto,
    WhatsappOtpButtonDto=WhatsappOtpButtonDto,
    WhatsappPhoneNumberButtonDto=WhatsappPhoneNumberButtonDto,
    WhatsappQuickReplyButtonDto=WhatsappQuickReplyButtonDto,
    WhatsappRequestContactInfoButtonDto=WhatsappRequestContactInfoButtonDto,
    WhatsappUrlButtonDto=WhatsappUrlButtonDto,
)
