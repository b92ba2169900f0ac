from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.whatsapp_actions_enum import WhatsappActionsEnum
from ..models.whatsapp_template_input_category_enum import (
    WhatsappTemplateInputCategoryEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappUpdateTemplateInputDto")


@_attrs_define
class WhatsappUpdateTemplateInputDto:
    """
    Attributes:
        status (WhatsappActionsEnum | Unset): optional; JSON key status; one of: DRAFT, SUBMIT;
            default "DRAFT".
        category (WhatsappTemplateInputCategoryEnum | Unset): optional; JSON key category; one of:
            AUTHENTICATION, MARKETING, UTILITY.
        allow_category_change (bool | Unset): optional; JSON key allowCategoryChange.
        details (WhatsappUpdateTemplateDetailsInputDto | Unset): optional; JSON key details.
    """

    status: WhatsappActionsEnum | Unset = WhatsappActionsEnum.DRAFT
    category: WhatsappTemplateInputCategoryEnum | Unset = UNSET
    allow_category_change: bool | Unset = UNSET
    details: WhatsappUpdateTemplateDetailsInputDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        allow_category_change = self.allow_category_change

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if category is not UNSET:
            field_dict["category"] = category
        if allow_category_change is not UNSET:
            field_dict["allowCategoryChange"] = allow_category_change
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_update_template_details_input_dto import (
            WhatsappUpdateTemplateDetailsInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _status = d.pop("status", UNSET)
            status: WhatsappActionsEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = parse_enum(WhatsappActionsEnum, _status)

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            _category = d.pop("category", UNSET)
            category: WhatsappTemplateInputCategoryEnum | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = parse_enum(WhatsappTemplateInputCategoryEnum, _category)

        except FieldMismatch as exc:
            raise exc.at("category") from None

        try:
            allow_category_change = d.pop("allowCategoryChange", UNSET)
            if (
                allow_category_change is not UNSET
                and not type(allow_category_change) is bool
            ):
                raise mismatch("boolean", allow_category_change)

        except FieldMismatch as exc:
            raise exc.at("allowCategoryChange") from None

        try:
            _details = d.pop("details", UNSET)
            details: WhatsappUpdateTemplateDetailsInputDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = WhatsappUpdateTemplateDetailsInputDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        whatsapp_update_template_input_dto = cls(
            status=status,
            category=category,
            allow_category_change=allow_category_change,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_update_template_input_dto.additional_properties = d
        return whatsapp_update_template_input_dto

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
from ..models.whatsapp_update_template_details_input_dto import (
    WhatsappUpdateTemplateDetailsInputDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappUpdateTemplateInputDto.__init__.__globals__.update(
    WhatsappUpdateTemplateInputDto=WhatsappUpdateTemplateInputDto,
    WhatsappUpdateTemplateDetailsInputDto=WhatsappUpdateTemplateDetailsInputDto,
)
