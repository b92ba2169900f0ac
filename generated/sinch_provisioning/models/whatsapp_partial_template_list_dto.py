from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="WhatsappPartialTemplateListDto")


@_attrs_define
class WhatsappPartialTemplateListDto:
    """
    Attributes:
        total_size (float): required; JSON key totalSize.
        page_size (float): required; JSON key pageSize.
        templates (list[WhatsappPartialTemplateDto]): required; JSON key templates.
        previous_page_token (str | Unset): optional; JSON key previousPageToken.
        next_page_token (str | Unset): optional; JSON key nextPageToken.
    """

    total_size: float
    page_size: float
    templates: list[WhatsappPartialTemplateDto]
    previous_page_token: str | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_size = self.total_size

        page_size = self.page_size

        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        previous_page_token = self.previous_page_token

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalSize": total_size,
                "pageSize": page_size,
                "templates": templates,
            }
        )
        if previous_page_token is not UNSET:
            field_dict["previousPageToken"] = previous_page_token
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_template_dto import WhatsappPartialTemplateDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            total_size = d.pop("totalSize", MISSING)
            if not (type(total_size) is float or type(total_size) is int):
                raise mismatch("number", total_size)

        except FieldMismatch as exc:
            raise exc.at("totalSize") from None

        try:
            page_size = d.pop("pageSize", MISSING)
            if not (type(page_size) is float or type(page_size) is int):
                raise mismatch("number", page_size)

        except FieldMismatch as exc:
            raise exc.at("pageSize") from None

        try:
            _templates = d.pop("templates", MISSING)
            if not isinstance(_templates, list):
                raise mismatch("array", _templates)
            templates = []
            try:
                for templates_item_data in _templates:
                    templates_item = WhatsappPartialTemplateDto.from_dict(
                        templates_item_data
                    )

                    templates.append(templates_item)
            except FieldMismatch as exc:
                raise exc.at(len(templates)) from None

        except FieldMismatch as exc:
            raise exc.at("templates") from None

        try:
            previous_page_token = d.pop("previousPageToken", UNSET)
            if previous_page_token is not UNSET and not isinstance(
                previous_page_token, str
            ):
                raise mismatch("string", previous_page_token)

        except FieldMismatch as exc:
            raise exc.at("previousPageToken") from None

        try:
            next_page_token = d.pop("nextPageToken", UNSET)
            if next_page_token is not UNSET and not isinstance(next_page_token, str):
                raise mismatch("string", next_page_token)

        except FieldMismatch as exc:
            raise exc.at("nextPageToken") from None

        whatsapp_partial_template_list_dto = cls(
            total_size=total_size,
            page_size=page_size,
            templates=templates,
            previous_page_token=previous_page_token,
            next_page_token=next_page_token,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_template_list_dto.additional_properties = d
        return whatsapp_partial_template_list_dto

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
from ..models.whatsapp_partial_template_dto import WhatsappPartialTemplateDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialTemplateListDto.__init__.__globals__.update(
    WhatsappPartialTemplateListDto=WhatsappPartialTemplateListDto,
    WhatsappPartialTemplateDto=WhatsappPartialTemplateDto,
)
