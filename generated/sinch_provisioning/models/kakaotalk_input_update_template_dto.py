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
from ..models.kakaotalk_actions_enum import KakaotalkActionsEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="KakaotalkInputUpdateTemplateDto")


@_attrs_define
class KakaotalkInputUpdateTemplateDto:
    """
    Attributes:
        status (KakaotalkActionsEnum | Unset): optional; JSON key status; one of: DRAFT, SUBMIT;
            default "DRAFT".
        details (KakaotalkInputUpdateTemplateDetailsDto | Unset): optional; JSON key details.
    """

    status: KakaotalkActionsEnum | Unset = KakaotalkActionsEnum.DRAFT
    details: KakaotalkInputUpdateTemplateDetailsDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_input_update_template_details_dto import (
            KakaotalkInputUpdateTemplateDetailsDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _status = d.pop("status", UNSET)
            status: KakaotalkActionsEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = parse_enum(KakaotalkActionsEnum, _status)

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            _details = d.pop("details", UNSET)
            details: KakaotalkInputUpdateTemplateDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = KakaotalkInputUpdateTemplateDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        kakaotalk_input_update_template_dto = cls(
            status=status,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_input_update_template_dto.additional_properties = d
        return kakaotalk_input_update_template_dto

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
from ..models.kakaotalk_input_update_template_details_dto import (
    KakaotalkInputUpdateTemplateDetailsDto,
)

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkInputUpdateTemplateDto.__init__.__globals__.update(
    KakaotalkInputUpdateTemplateDto=KakaotalkInputUpdateTemplateDto,
    KakaotalkInputUpdateTemplateDetailsDto=KakaotalkInputUpdateTemplateDetailsDto,
)
