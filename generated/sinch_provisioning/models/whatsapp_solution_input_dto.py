from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.whatsapp_input_business_managers_public_documentation_enum import (
    WhatsappInputBusinessManagersPublicDocumentationEnum,
)

T = TypeVar("T", bound="WhatsappSolutionInputDto")


@_attrs_define
class WhatsappSolutionInputDto:
    """
    Attributes:
        details (WhatsappSolutionDetailsInputDto): required; JSON key details.
        access_token (str): required; JSON key accessToken.
        business_manager (WhatsappInputBusinessManagersPublicDocumentationEnum): required; JSON
            key businessManager; one of: SINCH_BR, SINCH_MX, SINCH_UK.
    """

    details: WhatsappSolutionDetailsInputDto
    access_token: str
    business_manager: WhatsappInputBusinessManagersPublicDocumentationEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        access_token = self.access_token

        business_manager = self.business_manager.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "accessToken": access_token,
                "businessManager": business_manager,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_solution_details_input_dto import (
            WhatsappSolutionDetailsInputDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            details = WhatsappSolutionDetailsInputDto.from_dict(
                d.pop("details", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            access_token = d.pop("accessToken", MISSING)
            if not isinstance(access_token, str):
                raise mismatch("string", access_token)

        except FieldMismatch as exc:
            raise exc.at("accessToken") from None

        try:
            business_manager = parse_enum(
                WhatsappInputBusinessManagersPublicDocumentationEnum,
                d.pop("businessManager", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("businessManager") from None

        whatsapp_solution_input_dto = cls(
            details=details,
            access_token=access_token,
            business_manager=business_manager,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_solution_input_dto.additional_properties = d
        return whatsapp_solution_input_dto

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
from ..models.whatsapp_solution_details_input_dto import WhatsappSolutionDetailsInputDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappSolutionInputDto.__init__.__globals__.update(
    WhatsappSolutionInputDto=WhatsappSolutionInputDto,
    WhatsappSolutionDetailsInputDto=WhatsappSolutionDetailsInputDto,
)
