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
from ..models.whatsapp_account_change_state_enum import WhatsappAccountChangeStateEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappAccountChangesDto")


@_attrs_define
class WhatsappAccountChangesDto:
    """
    Attributes:
        status (WhatsappAccountChangeStateEnum): required; JSON key status; one of: DRAFT,
            IN_PROGRESS, PENDING_FACEBOOK_VERIFICATION, REJECTED.
        details (Unset | WhatsappAccountChangesDetailsDto | WhatsappAccountDetailsDto): optional;
            JSON key details.
    """

    status: WhatsappAccountChangeStateEnum
    details: Unset | WhatsappAccountChangesDetailsDto | WhatsappAccountDetailsDto = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_account_details_dto import WhatsappAccountDetailsDto

        status = self.status.value

        details: dict[str, Any] | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, WhatsappAccountDetailsDto):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_account_changes_details_dto import (
            WhatsappAccountChangesDetailsDto,
        )
        from ..models.whatsapp_account_details_dto import WhatsappAccountDetailsDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            status = parse_enum(
                WhatsappAccountChangeStateEnum, d.pop("status", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:

            def _parse_details(
                data: object,
            ) -> Unset | WhatsappAccountChangesDetailsDto | WhatsappAccountDetailsDto:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    try:
                        details_type_0 = WhatsappAccountDetailsDto.from_dict(data)

                        return details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        details_type_1 = WhatsappAccountChangesDetailsDto.from_dict(
                            data
                        )

                        return details_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                raise no_variant("object or object", data, None)

            details = parse_union(_parse_details, d.pop("details", UNSET))

        except FieldMismatch as exc:
            raise exc.at("details") from None

        whatsapp_account_changes_dto = cls(
            status=status,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_account_changes_dto.additional_properties = d
        return whatsapp_account_changes_dto

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
from ..models.whatsapp_account_changes_details_dto import (
    WhatsappAccountChangesDetailsDto,
)
from ..models.whatsapp_account_details_dto import WhatsappAccountDetailsDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappAccountChangesDto.__init__.__globals__.update(
    WhatsappAccountChangesDto=WhatsappAccountChangesDto,
    WhatsappAccountChangesDetailsDto=WhatsappAccountChangesDetailsDto,
    WhatsappAccountDetailsDto=WhatsappAccountDetailsDto,
)
