from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..models.whatsapp_template_statuses_enum import WhatsappTemplateStatusesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappPartialTemplateChangesDto")


@_attrs_define
class WhatsappPartialTemplateChangesDto:
    """
    Attributes:
        status (WhatsappTemplateStatusesEnum | Unset): optional; JSON key status; one of: DRAFT,
            IN_PROGRESS, REJECTED.
        allow_category_change (bool | Unset): optional; JSON key allowCategoryChange.
        details (Unset | WhatsappPartialTemplateDetailsDto | WhatsappTemplateChangesDetailsDto):
            optional; JSON key details.
    """

    status: WhatsappTemplateStatusesEnum | Unset = UNSET
    allow_category_change: bool | Unset = UNSET
    details: (
        Unset | WhatsappPartialTemplateDetailsDto | WhatsappTemplateChangesDetailsDto
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_partial_template_details_dto import (
            WhatsappPartialTemplateDetailsDto,
        )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        allow_category_change = self.allow_category_change

        details: dict[str, Any] | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, WhatsappPartialTemplateDetailsDto):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if allow_category_change is not UNSET:
            field_dict["allowCategoryChange"] = allow_category_change
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_partial_template_details_dto import (
            WhatsappPartialTemplateDetailsDto,
        )
        from ..models.whatsapp_template_changes_details_dto import (
            WhatsappTemplateChangesDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _status = d.pop("status", UNSET)
            status: WhatsappTemplateStatusesEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = parse_enum(WhatsappTemplateStatusesEnum, _status)

        except FieldMismatch as exc:
            raise exc.at("status") from None

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

            def _parse_details(
                data: object,
            ) -> (
                Unset
                | WhatsappPartialTemplateDetailsDto
                | WhatsappTemplateChangesDetailsDto
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    try:
                        details_type_0 = WhatsappPartialTemplateDetailsDto.from_dict(
                            data
                        )

                        return details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        details_type_1 = WhatsappTemplateChangesDetailsDto.from_dict(
                            data
                        )

                        return details_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            details = parse_union(_parse_details, d.pop("details", UNSET))

        except FieldMismatch as exc:
            raise exc.at("details") from None

        whatsapp_partial_template_changes_dto = cls(
            status=status,
            allow_category_change=allow_category_change,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_partial_template_changes_dto.additional_properties = d
        return whatsapp_partial_template_changes_dto

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
from ..models.whatsapp_partial_template_details_dto import (
    WhatsappPartialTemplateDetailsDto,
)
from ..models.whatsapp_template_changes_details_dto import (
    WhatsappTemplateChangesDetailsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappPartialTemplateChangesDto.__init__.__globals__.update(
    WhatsappPartialTemplateChangesDto=WhatsappPartialTemplateChangesDto,
    WhatsappPartialTemplateDetailsDto=WhatsappPartialTemplateDetailsDto,
    WhatsappTemplateChangesDetailsDto=WhatsappTemplateChangesDetailsDto,
)
