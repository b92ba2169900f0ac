from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSupplierDetailsGoogleDto")


@_attrs_define
class RcsSupplierDetailsGoogleDto:
    """
    Attributes:
        agent_id (str | Unset): optional; JSON key agentId.
        brand_id (str | Unset): optional; JSON key brandId.
    """

    agent_id: str | Unset = UNSET
    brand_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        brand_id = self.brand_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            agent_id = d.pop("agentId", UNSET)
            if agent_id is not UNSET and not isinstance(agent_id, str):
                raise mismatch("string", agent_id)

        except FieldMismatch as exc:
            raise exc.at("agentId") from None

        try:
            brand_id = d.pop("brandId", UNSET)
            if brand_id is not UNSET and not isinstance(brand_id, str):
                raise mismatch("string", brand_id)

        except FieldMismatch as exc:
            raise exc.at("brandId") from None

        rcs_supplier_details_google_dto = cls(
            agent_id=agent_id,
            brand_id=brand_id,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_supplier_details_google_dto.additional_properties = d
        return rcs_supplier_details_google_dto

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
RcsSupplierDetailsGoogleDto.__init__.__globals__.update(
    RcsSupplierDetailsGoogleDto=RcsSupplierDetailsGoogleDto,
)
