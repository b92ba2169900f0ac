from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient, parse_union
from ..models.kakaotalk_template_statuses_enum import KakaotalkTemplateStatusesEnum

T = TypeVar("T", bound="KakaotalkTemplateChangesDto")


@_attrs_define
class KakaotalkTemplateChangesDto:
    """
    Attributes:
        status (KakaotalkTemplateStatusesEnum): required; JSON key status; one of: DRAFT,
            IN_PROGRESS, REJECTED.
        details (KakaotalkTemplateChangesDetailsDto | KakaotalkTemplateDetailsDto): required; JSON
            key details.
    """

    status: KakaotalkTemplateStatusesEnum
    details: KakaotalkTemplateChangesDetailsDto | KakaotalkTemplateDetailsDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kakaotalk_template_details_dto import KakaotalkTemplateDetailsDto

        status = self.status.value

        details: dict[str, Any]
        if isinstance(self.details, KakaotalkTemplateDetailsDto):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.kakaotalk_template_changes_details_dto import (
            KakaotalkTemplateChangesDetailsDto,
        )
        from ..models.kakaotalk_template_details_dto import KakaotalkTemplateDetailsDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            status = parse_enum(KakaotalkTemplateStatusesEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:

            def _parse_details(
                data: object,
            ) -> KakaotalkTemplateChangesDetailsDto | KakaotalkTemplateDetailsDto:
                if isinstance(data, dict):
                    try:
                        details_type_0 = KakaotalkTemplateDetailsDto.from_dict(data)

                        return details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        details_type_1 = KakaotalkTemplateChangesDetailsDto.from_dict(
                            data
                        )

                        return details_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            details = parse_union(_parse_details, d.pop("details", MISSING))

        except FieldMismatch as exc:
            raise exc.at("details") from None

        kakaotalk_template_changes_dto = cls(
            status=status,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_template_changes_dto.additional_properties = d
        return kakaotalk_template_changes_dto

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
from ..models.kakaotalk_template_changes_details_dto import (
    KakaotalkTemplateChangesDetailsDto,
)
from ..models.kakaotalk_template_details_dto import KakaotalkTemplateDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkTemplateChangesDto.__init__.__globals__.update(
    KakaotalkTemplateChangesDto=KakaotalkTemplateChangesDto,
    KakaotalkTemplateChangesDetailsDto=KakaotalkTemplateChangesDetailsDto,
    KakaotalkTemplateDetailsDto=KakaotalkTemplateDetailsDto,
)
