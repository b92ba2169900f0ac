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
from ..models.whatsapp_input_business_managers_enum import (
    WhatsappInputBusinessManagersEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappLongLivedAccessTokenInputDto")


@_attrs_define
class WhatsappLongLivedAccessTokenInputDto:
    """
    Attributes:
        facebook_token (str | Unset): optional; JSON key facebookToken; length >= 1.
        facebook_code (str | Unset): optional; JSON key facebookCode; length >= 1.
        business_manager (WhatsappInputBusinessManagersEnum | Unset): optional; JSON key
            businessManager; one of: SINCH_AMERICA, SINCH_BR, SINCH_MX, SINCH_SEP, SINCH_UK.
    """

    facebook_token: str | Unset = UNSET
    facebook_code: str | Unset = UNSET
    business_manager: WhatsappInputBusinessManagersEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facebook_token = self.facebook_token

        facebook_code = self.facebook_code

        business_manager: str | Unset = UNSET
        if not isinstance(self.business_manager, Unset):
            business_manager = self.business_manager.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facebook_token is not UNSET:
            field_dict["facebookToken"] = facebook_token
        if facebook_code is not UNSET:
            field_dict["facebookCode"] = facebook_code
        if business_manager is not UNSET:
            field_dict["businessManager"] = business_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            facebook_token = d.pop("facebookToken", UNSET)
            if facebook_token is not UNSET and not isinstance(facebook_token, str):
                raise mismatch("string", facebook_token)

        except FieldMismatch as exc:
            raise exc.at("facebookToken") from None

        try:
            facebook_code = d.pop("facebookCode", UNSET)
            if facebook_code is not UNSET and not isinstance(facebook_code, str):
                raise mismatch("string", facebook_code)

        except FieldMismatch as exc:
            raise exc.at("facebookCode") from None

        try:
            _business_manager = d.pop("businessManager", UNSET)
            business_manager: WhatsappInputBusinessManagersEnum | Unset
            if isinstance(_business_manager, Unset):
                business_manager = UNSET
            else:
                business_manager = parse_enum(
                    WhatsappInputBusinessManagersEnum, _business_manager
                )

        except FieldMismatch as exc:
            raise exc.at("businessManager") from None

        whatsapp_long_lived_access_token_input_dto = cls(
            facebook_token=facebook_token,
            facebook_code=facebook_code,
            business_manager=business_manager,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_long_lived_access_token_input_dto.additional_properties = d
        return whatsapp_long_lived_access_token_input_dto

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


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappLongLivedAccessTokenInputDto.__init__.__globals__.update(
    WhatsappLongLivedAccessTokenInputDto=WhatsappLongLivedAccessTokenInputDto,
)
