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
from ..models.rcs_input_sender_billing_categories_enum import (
    RcsInputSenderBillingCategoriesEnum,
)
from ..models.rcs_input_sender_regions_enum import RcsInputSenderRegionsEnum
from ..models.rcs_input_sender_use_cases_enum import RcsInputSenderUseCasesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderInputDto")


@_attrs_define
class RcsSenderInputDto:
    """
    Attributes:
        region (RcsInputSenderRegionsEnum): required; JSON key region; one of: BR, EU, US.
        billing_category (RcsInputSenderBillingCategoriesEnum): required; JSON key
            billingCategory; one of: CONVERSATIONAL, NON_CONVERSATIONAL, BASIC_MESSAGE,
            CONVERSATIONAL_LEGACY, SINGLE_MESSAGE.
        use_case (RcsInputSenderUseCasesEnum): required; JSON key useCase; one of: MULTIUSE, OTP,
            PROMOTIONAL, TRANSACTIONAL.
        details (RcsSenderDetailsInputDto | Unset): optional; JSON key details.
    """

    region: RcsInputSenderRegionsEnum
    billing_category: RcsInputSenderBillingCategoriesEnum
    use_case: RcsInputSenderUseCasesEnum
    details: RcsSenderDetailsInputDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region.value

        billing_category = self.billing_category.value

        use_case = self.use_case.value

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "billingCategory": billing_category,
                "useCase": use_case,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_sender_details_input_dto import RcsSenderDetailsInputDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            region = parse_enum(RcsInputSenderRegionsEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            billing_category = parse_enum(
                RcsInputSenderBillingCategoriesEnum, d.pop("billingCategory", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("billingCategory") from None

        try:
            use_case = parse_enum(RcsInputSenderUseCasesEnum, d.pop("useCase", MISSING))

        except FieldMismatch as exc:
            raise exc.at("useCase") from None

        try:
            _details = d.pop("details", UNSET)
            details: RcsSenderDetailsInputDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = RcsSenderDetailsInputDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        rcs_sender_input_dto = cls(
            region=region,
            billing_category=billing_category,
            use_case=use_case,
            details=details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_input_dto.additional_properties = d
        return rcs_sender_input_dto

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
from ..models.rcs_sender_details_input_dto import RcsSenderDetailsInputDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderInputDto.__init__.__globals__.update(
    RcsSenderInputDto=RcsSenderInputDto,
    RcsSenderDetailsInputDto=RcsSenderDetailsInputDto,
)
